/**
 * In a table of two rounds or fewer where the rule can leave some parties out (not every party can block a
 * text: context.ts `everyoneCanBlock`), the adaptive party the table leaves exactly at its BATNA backs it in the
 * first round too, once at least two other parties (its author among them) back it; elsewhere it does so only in
 * the last round (carriedChance.ts `supportAtBatna`, backedAtBatnaByAll.ts).
 *
 * In a two-round table every turn is already in the end game (endgame.ts), and the last round is no second
 * chance: only the parties after its author can carry a text tabled then, so a text that misses its support in
 * the first lap seldom passes. A party at exactly its BATNA that objects in the first round holds out for nothing
 * it can still get, and its objection is the one the rule misses. Traced on random median table 407 (weighted
 * majority, eight parties, two rounds): Echo, at 22 of 22, objected to Golf's opening that five parties backed;
 * its support alone would have carried the text (107% of the best carriable joint gain), and the second round's
 * amendment lost three of them.
 * Gated, both measured: where every party can block the text (unanimity), the early backing cost three deals
 * their joint gain (seeds 339, 632, 81: 100% → 31%, 48%, 86%), the at-BATNA party no longer countering a text
 * that a later party countered anyway; and right after the opening, backed by its author alone, it let a bare
 * majority carry a text leaving two parties far under their BATNAs (seed 2212, 18 times the best joint gain
 * lost) and cost seed 2549 its deal.
 * Measured (random 'median' tables with a zone, all adaptive; deals / every party at or above its BATNA / joint
 * gain of deals vs the best carriable): seeds 1–1000 (705 tables) 89.9 / 52.8 / 87.5 → 90.2 / 52.8 / 87.5 (407
 * and 681 become deals); held-out 1001–2000 89.4 / 49.1 / 87.1 → 89.5 / 49.2 / 87.1 (1343 a deal, 1486 leaves
 * every party at or above its BATNA); 2001–3000 89.7 / 46.3 / 84.8 → 89.8 / 46.3 / 84.8 (2296); no deal lost and
 * no seed worse on 1–3000. In the round before the last of every game (not only two-round tables): 90.1 /
 * 52.9 / 88.1, 89.6 / 49.4 / 87.0, 89.8 / 46.1 / 85.3 (left out: everyone at or above its BATNA fell on
 * 2001–3000 and the joint gain on 1001–2000).
 */
import type { Context } from './context.ts';

/** Longest game in which the first round's at-BATNA backing applies. */
const TWO_ROUNDS = 2;
/** Other parties that must already back the text (its author among them). */
const BACKERS = 2;

/** True when the adaptive bot at its BATNA backs the table before the last round (see above). */
export function backsAtBatnaEarly(ctx: Context): boolean {
  if (ctx.view.rounds > TWO_ROUNDS || ctx.everyoneCanBlock || !ctx.view.table) return false;
  const me = ctx.view.party;
  const stances = Object.entries(ctx.view.table.stances);
  return stances.filter(([p, s]) => p !== me && s === 'support').length >= BACKERS;
}
