/**
 * The last shot at a dead table (the adaptive bot's end game, endgame.ts). In the last round a text tabled
 * is carried only by the parties after its author (narrowZone.ts `lastShot`); a party the deal does not need
 * that faces a text the others' objections already block converges (mainMove.ts, narrowZone.ts `blockedText`),
 * but only to a text its estimates say those parties carry. Where none is, it backed the dead text (or objected
 * to it), and the deal was lost for certain. A party the deal needs, the table hopeless, already tables then
 * the best of the texts the rule carries with the parties its models estimate at or above their BATNAs (the
 * second tier, under some parties' floors); now so does any adaptive party in the last round when the text on
 * the table is dead: the table has nothing left to lose.
 *
 * Traced on the humanitarian lab (all adaptive, seed 13): in the last round the data diplomacy lab, first to
 * move, found the refugee agency's text blocked by the NGOs and the refugees' representatives, and no
 * amendment its estimates said the parties after it carry (the NGOs a hair under their estimated floor on
 * sub-district data); it backed the dead text and the refugee agency, next, tabled a text that needed every
 * party after it. With the rule the lab amends open data to sub-district data and the deal passes.
 * Measured (all-adaptive, 50 seeded games each): humanitarian lab deals 82% -> 84% (games 51-150: 73% -> 74%),
 * joint gain 92% -> 92%, walk-outs 2%; every other library row, generated Harborco-like (1-100 83 / 46 / 86.1,
 * 101-200 86 / 46 / 88.1), the teaching bench (0 missed) and the believable bench unchanged. The long shots as
 * well as the second tier: the same figures (left out).
 */
import type { Context } from './context.ts';
import { lastShot } from './narrowZone.ts';
import { textDead } from './tableOutlook.ts';

/** True in the last round for the adaptive bot when the others' objections and its own already block the text on the table. */
export function deadInLastRound(ctx: Context): boolean {
  const table = ctx.view.table;
  return ctx.strategy.acceptance.readsTheOthers && lastShot(ctx) && table !== null && textDead(ctx.view, table.stances);
}
