/**
 * The last lap's shot (the adaptive bot's end game, endgame.ts). In the round before the last a text tabled still
 * has a full lap of turns to gather backing. Where the rule can leave out two parties or more, a needed party the
 * table leaves under its BATNA weighed only the texts seen and their one-issue changes; when none cleared the
 * others' estimated floors (the least each party backed: parties that backed only texts near their best sit far
 * above their BATNAs there) and none was left in the second tier either, it tabled nothing and objected, and the
 * last round's one shot then settled on what the others had backed. So there it also weighs the two-issue changes
 * of the table and of the other needed parties' latest backed texts (twoIssueTexts.ts `twoIssueChanges`); where
 * still none clears the floors it tables, among the texts its models say the rule carries with the parties at or
 * above their estimated BATNAs (the second tier), the one worth most to itself: the floors no longer tell those
 * texts apart, the backing evidence pulls back to the texts the bot is under, and the lap of turns after it lets
 * the others answer. (Where the bot already had a second-tier text, widening moved the data passport's home
 * accreditor to a far text in round 7: deals 96% -> 90%; so the rule waits for an empty hand.)
 *
 * Traced on Safe Harbor (all adaptive, seed 1): in round 7 the Commission, first to move, faced US Commerce's
 * text with no commitment on surveillance (14 points, BATNA 38); its only candidates above its BATNA were a
 * presidential order on that table (Commerce had just amended it away) and statutory reform (the US parties'
 * red line), so it objected, and Commerce's text with no commitment passed in round 8 (37% of the best
 * carriable joint gain). With the rule it tables a presidential order with the review court and the original
 * principles, every party but US intelligence backs it, and the deal passes (80%).
 * Measured (all-adaptive, 50 seeded games; deals / every party >= its BATNA / joint gain vs best carriable):
 * Safe Harbor 100 / 0 / 50% -> 100 / 0 / 73% (held-out games 51-100: 100 / 0 / 47% -> 100 / 0 / 71%); believable
 * bench, Safe Harbor all-adaptive: tabling or backing the mover's lowest top-issue option 14 -> 0. Every other
 * library row, generated Harborco-like (83 / 50 / 86.6; held-out 101-200 88 / 48 / 88.3), research-like and the
 * teaching bench (0 missed) unchanged.
 */
import type { PartyId } from '../engine/index.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { ownPoints, type Choice } from './board.ts';
import type { Context } from './context.ts';
import type { Stands } from './endgame.ts';
import { lastShot } from './narrowZone.ts';
import { isNeeded } from './tableOutlook.ts';
import { twoIssueChanges } from './twoIssueTexts.ts';

/**
 * The wider candidates for a needed adaptive party before the last round, where the rule can leave out two
 * parties or more, the table leaves it under its BATNA and it found no text to table (`found`: it found one,
 * clearing the floors or in the second tier); otherwise none.
 */
export function lastLapTexts(ctx: Context, found: boolean, backing: readonly [PartyId, Stands][]): Choice[] {
  const underOwnBatna = ctx.tablePoints !== null && ctx.tablePoints <= ctx.board.batna;
  if (found || !underOwnBatna || !ctx.strategy.acceptance.readsTheOthers || lastShot(ctx)) return [];
  if (!isNeeded(ctx.view) || oneOutAtMost(ctx.view)) return [];
  return twoIssueChanges(ctx, backing);
}

/** The second tier, the texts worth most to the bot first. */
export function ownFirst<T extends { c: Choice }>(ctx: Context, tier: T[]): T[] {
  return tier.sort((a, b) => ownPoints(ctx.board, b.c) - ownPoints(ctx.board, a.c));
}
