/**
 * The stated joint choice (issue 15): in the last round, among the earlier texts the parties said they could live
 * with and the rule would carry on their word (statedLastShot.ts), the adaptive bot tables the one its models say
 * gives the table the most (its own normalised utility plus the others' estimates, the 0..1 scale of
 * `othersValue`), not the one best for itself; and a table that would pass gives way to such a text that as many
 * seated parties said they could live with, where the models say it gives the table more. Once every party has
 * said which texts it can live with, both texts pass on the parties' word: what is left to choose is how much the
 * deal is worth, and a chair who picks the text best for itself leaves on the table what the others would have
 * gained (people who have reached the "which of these can we all sign" stage pick the package that is best for
 * the table, with their own interest already secured by their own word).
 *
 * Found on Harborco-like seeds nobody tuned on (201-500): the stated last shot closed 107 of 280 deals at 80.5% of
 * the best carriable joint gain, the lowest of the closing moves (the end game's converging texts closed theirs at
 * 84-91%); in 187 deals of seeds 201-400 a tabled text the rule could carry reached 97.3% of the best carriable
 * on average, the deals 85.5%. Choosing among the same candidates by their true joint gain (an oracle) lifts the
 * mean joint gain of deals by 2.2 points on seeds 1-500 and 501-1000.
 *
 * Measured (all-adaptive Harborco-like, deals / every party at or above its BATNA / joint gain of deals over the
 * best carriable): seeds 1-500 93.4 / 55.4 / 86.7 -> 94.4 / 55.0 / 88.1; held out 501-1000 91.8 / 47.8 / 86.3 ->
 * 92.4 / 47.6 / 88.2 (by hundreds, 1-100 93 / 57 / 92.1 -> 95 / 57 / 91.6, 101-200 94 / 52 / 87.9 -> 94 / 51 / 89.1,
 * 201-300 91 / 51 / 86.7 -> 93 / 51 / 89.2, 301-400 96 / 60 / 84.3 -> 96 / 59 / 85.3, 401-500 93 / 57 / 82.6 ->
 * 94 / 57 / 85.1). The choice alone (no replacement): 93.4 / 55.4 / 87.7 and 91.8 / 47.8 / 87.2 (the own utility
 * weighted 0.5 or 2 against the others' sum: within 0.1 of that); the replacement alone: 94.4 / 55.0 / 87.1 and
 * 92.4 / 47.6 / 87.2; the replacement only where the models say the text gives the table 0.3 more: 93.8 / 55.2 /
 * 88.2 and 92.0 / 47.6 / 87.4; only where it gives the bot itself no less: 94.2 / 55.2 / 88.2 and 92.2 / 47.4 /
 * 87.9. Dropping the preference for a text every seated party can live with cost the every-party line 7 points
 * (48.4 and 42.8). Library, seeds 1-200: Osaka's joint gain 91.6 -> 92.6, every other row unchanged. Random
 * median tables (`npm run bench -- bots`): seeds 1-1000 92.5 / 55.0 / 87.4 -> 92.5 / 55.5 / 87.7; held out
 * 1001-2000 92.5 / 53.0 / 86.9 -> 92.1 / 52.9 / 86.0, the choice's doing, where the deals clipped to the best
 * carriable stay at 84.9: one deal fewer above the best carriable (17 -> 16, up to 1567%).
 * Against the best carriable as it counts since (a party at exactly its BATNA willing, src/analysis/zopa.ts
 * `bestFeasibleJoint`), Harborco-like joint gain 84.6 -> 85.9 on seeds 1-500, 83.0 -> 84.6 on 501-1000.
 */
import { own, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { othersValue } from './othersAcceptance.ts';

/** What the text gives the table by the bot's models: its own normalised utility plus the others' estimates. */
export function tableValue(ctx: Context, c: Choice): number {
  return own(ctx.board, c) + othersValue(ctx, c);
}

/** True when the models say `c` gives the table more than the table `passing` does. */
export function givesTheTableMore(ctx: Context, c: Choice, passing: Choice): boolean {
  return tableValue(ctx, c) > tableValue(ctx, passing);
}
