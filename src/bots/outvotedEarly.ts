/**
 * The outvoted party a round before the end game (issue 15, Harborco-like tables). A party the deal does not
 * need leaves alone a text the others are rallying behind (counter.ts: momentum ≥ 30%, it objects). Where the
 * rule can leave out one party at most and the deal binds every party, that text then often passed in the
 * round before the end game over the one party it left under its BATNA: the end game's rule that lets the
 * outvoted party counter instead (aboveBatnas.ts `outvotedUnder`) came a round too late, and the deal bound
 * that party to less than no deal. So in the round before the end game the adaptive party the table leaves
 * under its BATNA, there, counters as a party the deal needs would (`countersOutvoted`): a text that passes
 * over it costs it more than no deal, and two laps of turns are left to carry its amendment.
 * Measured (generated Harborco-like games, all-adaptive, 100 each; deals the rule passes / a deal leaving every
 * party at or above its BATNA / joint gain of deals vs the best carriable):
 * - seeds 1–100: 83 / 46 / 86.1 → 82 / 50 / 86.1; held-out 101–200: 86 / 46 / 88.1 → 85 / 49 / 88.0; 201–300:
 *   76 / 40 / 85.3 → 75 / 43 / 84.9; 301–400: 84 / 46 / 86.1 → 85 / 47 / 86.5; 401–500: 75 / 43 / 84.9 → 74 / 43 / 84.5.
 *   The deals lost (seeds 3, 109) end in later churn, the round-7 counters, not on the countered text;
 * - from two rounds before the end game: 81 / 51 / 86.6, 85 / 49 / 88.1, 74 / 42 / 85.1; from every round
 *   before it: 81 / 52 / 86.2, 85 / 50 / 88.1, 74 / 41 / 85.4 (more deals lost);
 * - countering with the end game's text (endgame.ts `convergingText`, whatever the momentum): 79 / 43 / 83.0,
 *   78 / 46 / 87.7; with amendments only (no new text): 82 / 48 / 86.0, 85 / 47 / 88.3.
 * Library (all-adaptive, 50 games: 8 targets missed) unchanged.
 */
import { outvotedUnder } from './aboveBatnas.ts';
import type { Context } from './context.ts';
import { roundBeforeEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * True in the round before the end game for the adaptive party the deal does not need that the table leaves
 * under its BATNA (see above).
 */
export function countersOutvoted(ctx: Context): boolean {
  return roundBeforeEndgame(ctx) && !isNeeded(ctx.view) && outvotedUnder(ctx);
}
