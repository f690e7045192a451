/**
 * A wider end-game search for the needed party (issue 15, Harborco-like tables). The end game's candidates
 * (endgame.ts `rankConverging`) are the texts seen and their one-issue amendments. Where the rule can leave out
 * one party at most, the needed party's text before the last round (the first mover's in round 7: a full lap
 * of turns follows it) seldom had among them a package leaving every party at or above its BATNA (seeds 1–100
 * before outvotedEarly.ts, the first mover's 37 round-7 rankings: 12 held one; 36 with two-issue changes of
 * every backed text). So
 * there, before the last round, the adaptive needed party also weighs every two-issue change of the table and
 * of the texts the other needed parties backed last (`twoIssueTexts`); the ranking (floors, pulls) is unchanged,
 * and most such texts fall under some party's estimated floor (in 27 of those 36 rankings, every one that leaves
 * every party at or above its BATNA did). In the last round the texts nearest the table come first anyway
 * (narrowZone.ts `nearestFirst`), so the wider search would change nothing.
 * Measured on top of outvotedEarly.ts (generated Harborco-like, all-adaptive, 100 games each; deals / a deal
 * leaving every party at or above its BATNA / joint gain of deals vs the best carriable):
 * - seeds 1–100: 82 / 50 / 86.1 → 82 / 50 / 86.5; held-out 101–200: 85 / 49 / 88.0 → 86 / 49 / 88.6; 201–300:
 *   75 / 43 / 84.9 → 76 / 44 / 85.1; 301–400: 85 / 47 / 86.5 → 84 / 47 / 86.4; 401–500: 74 / 43 / 84.5 → 73 / 44 / 84.5;
 * - two-issue changes of every backed text (any party's): 83 / 51 / 85.7, 86 / 49 / 88.6, 76 / 44 / 85.1, 84 / 47 /
 *   86.4, 72 / 43 / 84.8; of the table only: as without the rule (82 / 50 / 86.1, 85 / 49 / 88.0); before
 *   outvotedEarly.ts, searched by every party (the outvoted too) rather than the needed ones: 85 / 47 / 85.1,
 *   86 / 46 / 88.6 against 84 / 48 / 86.0, 87 / 46 / 88.7.
 * Library (all-adaptive, 50 games: 8 targets missed) unchanged (with every text any party backed: humanitarian
 * lab deals 74% → 76%). Teaching bench unchanged (0 missed).
 */
import { oneOutAtMost } from './aboveBatnas.ts';
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import type { Stands } from './endgame.ts';
import { lastShot } from './narrowZone.ts';
import type { PartyId } from '../engine/index.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * The texts of each other needed party that are changed: the last it backed (its latest stances). Every text it
 * backed gave the same figures at up to 58 ms a move, the last three up to 40–48 ms (30–35 ms without the rule;
 * the worst move of Harborco-like seeds 1–100, on a shared machine); the last two only, or only those backed in
 * the end game, lost the rule's gains.
 */
const LATEST_BACKED = 3;

/** The two-issue changes of the table and of the other needed parties' latest backed texts, or none (see above). */
export function twoIssueTexts(ctx: Context, backing: readonly [PartyId, Stands][]): Choice[] {
  if (!ctx.strategy.acceptance.readsTheOthers || lastShot(ctx) || !isNeeded(ctx.view) || !oneOutAtMost(ctx.view))
    return [];
  return twoIssueChanges(ctx, backing);
}

/** Every two-issue change of the table and of the other needed parties' latest backed texts (no conditions). */
export function twoIssueChanges(ctx: Context, backing: readonly [PartyId, Stands][]): Choice[] {
  const bases: Choice[] = ctx.table ? [ctx.table] : [];
  for (const [party, stands] of backing)
    if (isNeeded(ctx.view, party)) bases.push(...stands.backed.slice(-LATEST_BACKED));
  const out: Choice[] = [];
  for (const base of bases)
    for (let i = 0; i < base.length; i++)
      for (let j = i + 1; j < base.length; j++)
        for (let o = 0; o < (ctx.board.options[i] ?? []).length; o++)
          for (let q = 0; q < (ctx.board.options[j] ?? []).length; q++) {
            if (o === base[i] || q === base[j]) continue;
            const c = base.slice();
            c[i] = o;
            c[j] = q;
            out.push(c);
          }
  return out;
}
