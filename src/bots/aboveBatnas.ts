/**
 * Everyone at or above its BATNA (issue 15). Where the rule passes a deal without one party (n−1 of n
 * with two required, as in Harborco), the end game's candidates that the coalition carries often leave
 * the party left out under its BATNA: the deal passes, but binds that party to less than no deal. Two
 * rules, the adaptive bot's only (it is the one with models of the others):
 * - the pull (`pullAboveBatnas`): before the last round, each candidate text the bot would table
 *   (endgame.ts `rankConverging`) counts exp(−ABOVE_BATNA_PULL × the others' summed estimated shortfall
 *   under their estimated BATNAs, othersAcceptance.ts `estimatedBatna`), so among texts the coalition
 *   may carry it tables one its models say every party can live with;
 * - the outvoted party (`outvotedUnder`): a party the deal does not need, which the text on the table
 *   leaves under its BATNA, counters it in the end game (mainMove.ts) with the text the coalition is most
 *   likely to carry among those beating its BATNA, the texts its models say the rule carries with the
 *   parties at or above their estimated BATNAs included (losing this deal costs it nothing: no deal
 *   leaves it at its BATNA). Before, it only objected, and the others carried the text over it.
 * Measured (generated Harborco-like games, all-adaptive; deals the rule passes / every party at or above
 * its BATNA / joint gain of deals vs the best carriable; seeds 1–100, then 101–200):
 * - before: 86 / 32 / 83.3, 83 / 35 / 87.0;
 * - the outvoted party countering (only the texts clearing the estimated floors): 83 / 39 / 84.0, 81 / 39 / 86.3;
 * - and the texts carried above the estimated BATNAs too: 81 / 45 / 86.3, 83 / 46 / 86.6;
 * - and the pull (kept): 81 / 45 / 86.3 → see ABOVE_BATNA_PULL.
 * Per party, the models' reading is informative but loose (seeds 1–40, every candidate the end game
 * weighed: a party estimated at or above its estimated BATNA truly was in 71% of cases, one estimated
 * under in 22%), so the pull is a preference, not a filter: putting every text estimated to leave all
 * parties above first moved nothing (86 / 32, and 85 / 32 in the second-to-last round alone) and lost deals
 * whose texts the models misjudged.
 */
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { estimatedBatna } from './othersAcceptance.ts';

/**
 * Strength of the pull toward texts the models estimate leave every party at or above its BATNA. Measured
 * (Harborco-like, all-adaptive, with the outvoted party countering; seeds 1–100 / 101–200, passes / everyone
 * at or above its BATNA): 0 → 80 / 39, 84 / 47; 20 → 82 / 46, 84 / 47 (kept); 40 → 82 / 47, 82 / 45; without the
 * outvoted party's counter, 20 → 87 / 34, 82 / 35 and 80 → 81 / 44 (a shortfall counted only from 0.1 above the
 * estimated BATNA, or from 0.1 under, did no better).
 */
export const ABOVE_BATNA_PULL = 20;

/** The others' summed shortfall under their estimated BATNAs (0 when the models say every one is at or above). */
export function batnaShortfall(
  models: readonly OpponentEstimate[],
  est: (m: OpponentEstimate, c: Choice) => number,
  c: Choice,
): number {
  let short = 0;
  for (const m of models) short += Math.max(0, estimatedBatna(m) - est(m, c));
  return short;
}

/** Each candidate's value times exp(−ABOVE_BATNA_PULL × its shortfall), in place. */
export function pullAboveBatnas(ranked: { c: Choice; value: number }[], shortfall: (c: Choice) => number): void {
  for (const r of ranked) r.value *= Math.exp(-ABOVE_BATNA_PULL * shortfall(r.c));
}

/** True when the adaptive bot is under its BATNA by the text on the table: no deal beats that text for it. */
export function outvotedUnder(ctx: Context): boolean {
  return (
    ctx.strategy.acceptance.readsTheOthers &&
    ctx.view.table !== null &&
    ctx.tablePoints !== null &&
    ctx.tablePoints < ctx.board.batna
  );
}
