/**
 * The last-chance text under unanimity (the adaptive bot's end game, src/bots/endgame.ts): when every
 * party at the table is needed and no candidate clears every estimated floor, a bot the table leaves
 * under its BATNA (or whose table is blocked) must still table something or the deal is lost for certain.
 * It used to table, by the others' backing and the joint pull, the best of the texts its model estimates
 * above the others' BATNAs, else the best long shot: often a text far under several parties' floors (on
 * the generated research-like domains, often its own best package again, which the others refuse).
 * It now tables, among both, the text nearest to being carried:
 * - one no party has just refused first (under unanimity a refusal sinks it for sure);
 * - then the least shortfall of the worst-off party: how far the text falls under that party's floor
 *   less its slack (`estimatedFloors`); under unanimity the party furthest from taking it decides;
 * - then the least total shortfall over the parties, then the old value (backing, joint pull).
 * Measured (bench/botsGenerated.ts, all-adaptive, 8 rounds, mean Nash share with the opener rotated):
 * - long shots only, by the total shortfall: domains 1–10 68.2% → 68.2%, 11–60 63.2% → 65.0%,
 *   61–160 69.8% → 69.8%;
 * - long shots only, the worst-off party's shortfall first: 70.2%, 65.4%, 70.3%;
 * - that, over the texts estimated above the BATNAs and the long shots alike (kept): 72.2%, 65.8%, 69.6%
 *   (161–260: 70.4%, against 69.4% for the step before); the fixed-opener figure on domains 1–10 stays
 *   79.9%, the 50-round one 89.2%.
 * Estimating the floors at the guessed BATNAs instead cost 0.6 points on 11–60. The library and teaching
 * benches are unchanged (their tables never reach this point with every party needed).
 */
import type { PartyId } from '../engine/index.ts';
import type { Choice } from './board.ts';
import type { OpponentEstimate } from './opponentModel.ts';

/** A party's estimated floor and its slack, as `estimatedFloors` (endgame.ts) gives them. */
export interface Floor {
  party: PartyId;
  model: OpponentEstimate;
  floor: number;
  slack: number;
}

/** How far a text falls under the estimated floors (less their slack): at worst over the parties, and in total. */
export interface Shortfall {
  worst: number;
  total: number;
}

export function shortfallOf(
  floors: readonly Floor[],
  est: (m: OpponentEstimate, c: Choice) => number,
  c: Choice,
): Shortfall {
  let worst = 0;
  let total = 0;
  for (const f of floors) {
    const d = Math.max(0, f.floor - f.slack - est(f.model, c));
    worst = Math.max(worst, d);
    total += d;
  }
  return { worst, total };
}

/** The candidates, nearest to being carried first: not refused, least worst shortfall, least total, highest value. */
export function nearestCarried<T extends { c: Choice; value: number; refused: number }>(
  candidates: readonly T[],
  shortfall: (c: Choice) => Shortfall,
): T[] {
  const rated = candidates.map((x) => ({ x, s: shortfall(x.c), refused: x.refused > 0 ? 1 : 0 }));
  rated.sort(
    (a, b) => a.refused - b.refused || a.s.worst - b.s.worst || a.s.total - b.s.total || b.x.value - a.x.value,
  );
  return rated.map((r) => r.x);
}
