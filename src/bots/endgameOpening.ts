/**
 * The responder of a two-party table whose first turn is already in the end game (a game of two rounds or
 * fewer) does not hold out for its fair share on the other's opening (responderCounters.ts `backsOpening`): it
 * backs an opening above its BATNA, as any bot backs such a text in the end game (acceptability.ts). The
 * fair-share hold-out pays where the opener has laps left to concede in; with one lap left, the opener's
 * one answer is a single amendment read off a model that has seen nothing but the objection, so it often
 * moves the wrong way and the deal is lost. Only where the opener is needed (the responder cannot carry a
 * text of its own alone: in seed 403, a weighted majority the responder carries alone, its own amendment
 * took the deal) and only above the BATNA (a responder left exactly at its BATNA holds out: seeds 1434 and
 * 1575 lost their joint gain when it closed at once).
 *
 * Traced on random median table 128 (unanimity, one issue of five options, two rounds): bravo objected to
 * alpha's opening (16 and 4 over the BATNAs: one of the two packages above both) as short of its fair
 * share; alpha, with one turn left, conceded to the option its model of bravo favoured, 13 under bravo's
 * BATNA, and the game ended with no deal.
 * Measured (random 'median' tables with a zone, all adaptive; deals / every party at or above its BATNA / joint
 * gain vs the best carriable): seeds 1–1000 (705 tables) 89.6 / 52.6 / 87.3 → 89.8 / 52.8 / 87.3 (seed 128
 * becomes a deal, 271 and 653 close on the better text); held-out 1001–2000 88.8 / 48.9 / 87.1 → 89.1 / 49.1 /
 * 87.0 (1095 and 1535 become deals at 63% and 90% of the best joint gain, so the mean falls; 1531 closes at
 * once on the opening, 72% → 74%). Variants: for any responder in the end game, 403 went from 100% to 27% of
 * the joint gain; at its BATNA too, 1434 and 1575 from 100% to 57–58% (held-out joint 86.9).
 */
import type { Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * True for the adaptive bot in the end game, the text on the table above its BATNA, every other party at the
 * table needed: then the fair-share hold-out on an opening does not apply.
 */
export function takesEndgameOpening(ctx: Context): boolean {
  if (!ctx.strategy.acceptance.readsTheOthers || !inEndgame(ctx)) return false;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  return ctx.board.others.every((p) => isNeeded(ctx.view, p));
}
