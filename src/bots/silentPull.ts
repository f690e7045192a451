/**
 * No joint pull in the end game while some other party at the table has backed no text (endgame.ts
 * ENDGAME_JOINT_PULL). The pull favours the texts the bot's models say leave the others most; but a party
 * that has backed nothing has a flat model (the same estimate for every text), so the summed estimates read
 * only the parties that have spoken, and the pull steers the end game toward what those parties already hold,
 * against the silent parties, however much a text gives them.
 *
 * Traced on Safe Harbor (all adaptive, seed 1): in round 7 US Commerce amended redress to review-court
 * (the Commission and the Parliament 4 points, the data protection authorities 7, under their BATNAs) rather
 * than table the same text with the suspension clause (every party but the activists above its BATNA), by a
 * factor of 22 from the pull alone: its models of US Platforms, US intelligence and European business fall a
 * little on the suspension clause; the Parliament, the authorities and the activists, silent, read 0.50 on both.
 *
 * Kept where the text on the table holds the mover's own lowest option on an issue it cares most about
 * (topIssue.ts): there the pull is what draws it off that option; without it, the nearness to the texts
 * backed so far drew the Commission to table no-commitment on surveillance again (mixed Safe Harbor tables,
 * believable moves: lowest-option moves 30 → 60 in 30 games).
 *
 * Measured (libraryBench(50), all adaptive): Safe Harbor joint gain 41.3% → 49.7% (seeds 51–100: 38.2% →
 * 47.0%), deals 100%; every other row unchanged. Only in the end game: before it, the author's own value in
 * the pull (ownInJointPull.ts) stands in for the silent parties.
 */
import type { Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { silentParties } from './ownInJointPull.ts';
import { holdsOwnLowestOnTopIssue } from './topIssue.ts';

/** The end game's joint pull, or 0 where some other party at the table has backed no text. */
export function silentPull(ctx: Context, pull: number): number {
  if (pull <= 0 || !inEndgame(ctx) || silentParties(ctx) === 0) return pull;
  const text = ctx.view.table?.package;
  // Kept where the table holds the bot's own lowest option on a top issue (see above).
  return text && holdsOwnLowestOnTopIssue(ctx.board, ctx.view, ctx.texts, text) ? pull : 0;
}
