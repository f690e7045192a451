/**
 * In the end game a party the deal needs backs a text above its BATNA, where the rule needs every party or can
 * leave out two or more (acceptability.ts). The adaptive bot settled there only on a text its model of the
 * others called carriable (`closable`); otherwise it objected and tabled the text its model ranked first
 * (endgame.ts `convergingText`). A needed party's objection sinks the text whatever the others do, and with at
 * most one lap left its counter wipes every stance; its backing keeps the text alive for the parties still to
 * move, who may carry it (a majority over parties it leaves under, where the rule allows) or answer it.
 *
 * Traced on random median table 964 (weighted majority of two thirds, bravo required, five rounds): in round 4
 * bravo objected to delta's text, 2 over its BATNA, as short of its aim (its model put echo under); the text
 * died, the last round's texts did not pass, and the game ended with no deal. With the rule bravo backs it, echo
 * (3 over) follows and the text passes over alpha and charlie.
 * Not where the rule can leave out one party at most (n−1 of n): there the end game's rules for the outvoted
 * party (aboveBatnas.ts, carriedChance.ts) already decide, and needed parties settling cost the humanitarian
 * lab's joint gain (100 games: 92.1% -> 91.9%, five games ending on a text worth 93% of the best instead of 98%).
 * Measured (random 'median' tables with a zone, all adaptive; deals / every party at or above its BATNA / joint
 * gain vs the best carriable), over endgameOpening.ts: seeds 1–1000 (705 tables) 89.8 / 52.8 / 87.3 -> 89.9 /
 * 52.8 / 87.5; held-out 1001–2000 89.1 / 49.1 / 87.0 -> 89.4 / 49.1 / 87.1; 2001–3000 89.8 / 46.4 / 84.8 -> 89.7 /
 * 46.3 / 84.8 (seed 2164: with echo behind the text, bravo, needed, claimed an issue instead and wrecked it).
 * Library (100 games), Harborco-like 1–200 unchanged. Variants: for every party in the end game (the adaptive
 * strategy settling there), 89.9 / 52.9 / 87.5 and 89.6 / 49.4 / 86.8, a deal at −12% of the best joint gain, the
 * humanitarian lab 92.1% -> 91.9%; for needed parties under any rule, the same lab loss; where every party can
 * block only, 89.8 (no change) and 89.4; settling at once too (no claim before backing: mainMove.ts `settle`),
 * 89.9 / 52.8 / 87.4, 89.4 / 49.1 / 87.1 and 90.0 / 46.4 / 84.7, its settlements lower (seed 175: 89% -> 44%).
 */
import { oneOutAtMost } from './aboveBatnas.ts';
import { everyoneCanBlock, type Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * True for the adaptive bot in the end game, needed, the text on the table above its BATNA, under a rule that
 * needs every party or can leave out two or more.
 */
export function neededBacksInEndgame(ctx: Context): boolean {
  if (!ctx.strategy.acceptance.readsTheOthers || !inEndgame(ctx)) return false;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  if (!isNeeded(ctx.view)) return false;
  return everyoneCanBlock(ctx.view) || !oneOutAtMost(ctx.view);
}
