/**
 * The likeliest counter in the last round (issue 15, Harborco-like tables). Where the rule leaves out one party
 * at most, the last round is the first mover's one shot (likelierLastShot.ts): once it has moved, every later
 * text lacks its support. When the table leaves that mover under its BATNA it must counter, and it tabled the
 * end game's first candidate (endgame.ts `rankConverging`: the text nearest the table that clears the carriers'
 * estimated floors, narrowZone.ts and clearFloors.ts), however unlikely the parties after it were to carry it.
 * Now, when the adaptive bot's first candidate is unlikely carried by the parties after it (a chance under
 * UNLIKELY, read as likelierLastShot.ts reads it: every combination of takers, the rule judging each) and another
 * among its first WEIGHED candidates is likelier by MARGIN or more, it tables that one instead. Each text's chance
 * counts 0.05 less per issue it changes on the table (nearLastShot.ts `nearChance`): the chances of texts far from the table are the least
 * reliable (seeds 1–300, the first mover's last-round candidates: of those rated 0.4–0.6, 53% were carried one or
 * two issues away, 40% three or more; rated 0.6–0.8: 68% one issue away, 50% three).
 * Measured at that turn where the table left the first mover under its BATNA (seeds 1–300, 36 turns): the
 * first candidate was carried (at most one party, not a required one, under its BATNA) in 12, the likeliest by
 * the chance in 19.
 *
 * Measured (generated Harborco-like, all-adaptive, 100 games each; deals / every party at or above its BATNA /
 * joint gain of deals vs the best carriable):
 * - seeds 1–100: 83 / 50 / 86.65 → 84 / 50 / 86.59 (seed 72 gained); held-out 101–200: 88 / 48 / 88.34 unchanged;
 *   201–300: 75 / 44 / 84.77 unchanged; 301–400: 85 / 48 / 86.53 → 86 / 48 / 86.69 (305 gained); 401–500:
 *   72 / 45 / 84.80 → 73 / 45 / 85.01 (478 gained); no deal lost on seeds 1–500. UNLIKELY 0.4 or MARGIN 0.2: the same;
 * - always the likeliest candidate (no UNLIKELY, MARGIN or DISTANCE): 85 / 49 / 86.38, 88 / 49 / 88.14, 76 / 44 / 84.48
 *   (seed 96's deal leaving every party above gave way to one passed over Delta; on 75 the joint gain fell from
 *   61% to 28% of the best carriable);
 * - without DISTANCE (UNLIKELY 0.3, MARGIN 0.15): 85 / 50 / 86.75, 88 / 48 / 88.34, 76 / 44 / 84.49, but 301–400
 *   85 / 47 (383 lost: a text four issues from the table rated 0.51 against the first candidate's 0.25); MARGIN 0.1
 *   with DISTANCE: 85 / 50 on 1–100, 85 / 47 on 301–400 (383 lost); no UNLIKELY: 84 / 49 on 1–100 (one deal leaving
 *   every party above lost).
 */
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { carriedChance } from './carriedChance.ts';
import { lastRoundChance } from './likelierLastShot.ts';
import { lastShot, movingAfter } from './narrowZone.ts';
import { nearChance } from './nearLastShot.ts';

/** The first candidate's chance (nearChance: less 0.05 per issue changed) under which a likelier one is looked for. */
const UNLIKELY = 0.3;
/** How much likelier (each by nearChance) another candidate must be to be tabled instead. */
const MARGIN = 0.15;
/** Candidates weighed, best first by the end game's ranking (the chance enumerates every combination of takers). */
const WEIGHED = 30;

/**
 * The end game's candidates (best first) with, in the last round, for the adaptive bot the table leaves at or
 * under its BATNA where the rule leaves out one party at most, a far likelier one first (see the header).
 */
export function likeliestCounter<T extends { c: Choice }>(ctx: Context, ranked: T[]): T[] {
  const view = ctx.view;
  const me = view.party;
  const table = ctx.table;
  if (!ctx.strategy.acceptance.readsTheOthers || !lastShot(ctx) || !table || ranked.length < 2) return ranked;
  if (ctx.tablePoints === null || ctx.tablePoints > ctx.board.batna || !oneOutAtMost(view)) return ranked;
  const present = view.parties.filter((p) => p.atTable && p.id !== me).map((p) => p.id);
  const after = movingAfter(ctx).filter((p) => present.includes(p));
  const chance = lastRoundChance(ctx, present);
  const likelihood = (c: Choice) =>
    nearChance(carriedChance(view, me, new Map(after.map((p) => [p, chance(p, c)] as const)), true), c, table);
  const weighed = ranked.slice(0, WEIGHED).map((r) => ({ r, p: likelihood(r.c) }));
  const first = weighed[0];
  if (!first || first.p >= UNLIKELY) return ranked;
  let best = first;
  for (const w of weighed) if (w.p > best.p + 1e-12) best = w;
  if (best === first || best.p < first.p + MARGIN) return ranked;
  return [best.r, ...ranked.filter((r) => r !== best.r)];
}
