/**
 * The near last shot (issue 15, Harborco-like tables). In the last round the first mover tables the candidate far
 * likelier carried than the table (likelierLastShot.ts) only where its chance of leaving every party taking it is
 * no lower than the table's. So a first mover backed a table it rated unlikely carried whenever its likeliest
 * candidate left one party out (a party that, on its models, will refuse it): on seeds 271 and 498 it rated the
 * table 0.28 and 0.25, a text one issue away 0.77 and 0.84 (each leaving out one party the rule can do without, a
 * supporter of the table the text moves under its floor); it backed the table, which the parties yet to state on it
 * sank, and the game ended without a deal. Their texts would have passed.
 *
 * Now that check is waived for a candidate near the table: its chance, less DISTANCE per issue it changes (as
 * likeliestCounter.ts), still beats the table's by the margin. A text far from the table is rated on the models
 * alone, far from anything the parties have stated on, and the models overrate it (carried 50% of the time three
 * issues away against 68% one issue away, for candidates rated 0.6–0.8).
 *
 * Measured (generated Harborco-like, all-adaptive, 100 games each; deals / every party at or above its BATNA /
 * joint gain of deals vs the best carriable):
 * - seeds 1–100: 85 / 51 / 86.61 unchanged; held-out 101–200: 88 / 48 / 88.34 → 88 / 48 / 88.67 (147's joint gain
 *   63% → 92%); 201–300: 78 / 44 / 85.55 → 79 / 44 / 85.66 (271 gained); 301–400: 88 / 48 / 86.13 unchanged;
 *   401–500: 76 / 45 / 84.76 → 77 / 45 / 84.04 (498 gained, at 29% of the best carriable); no deal lost on 1–500;
 * - no distance (the check dropped for every candidate): 197 and 495 lost, 151's deal leaving every party above
 *   lost (101–200: 87 / 47); 0.1 per issue: 271 not gained.
 */
import type { Choice } from './board.ts';
import { changedIssues } from './narrowZone.ts';

/** Chance taken off a candidate per issue it changes on the table (also likeliestCounter.ts). */
const DISTANCE = 0.05;

/** A text's chance of being carried less DISTANCE per issue it changes on the table. */
export function nearChance(p: number, c: Choice, table: Choice): number {
  return p - DISTANCE * changedIssues(c, [table]);
}

/**
 * True where the candidate, its chance less DISTANCE per issue it changes on the table, still beats the table's
 * chance by the margin: then it is tabled even if it leaves a party out likelier than the table does.
 */
export function nearLastShot(table: Choice, best: Choice, pBest: number, pTable: number, margin: number): boolean {
  return nearChance(pBest, best, table) >= pTable + margin;
}
