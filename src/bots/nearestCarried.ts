/**
 * The last-chance text under unanimity (the adaptive bot's end game, src/bots/endgame.ts): when every
 * party at the table is needed and no candidate clears every estimated floor, the bot (needed, and left
 * under its BATNA by the table) must still table something or the deal is lost for certain. It used to
 * table the long shot the others' backing rated highest, often a text far under several parties' floors
 * (on the generated research-like domains, often its own best package again, which the others refuse).
 * It now tables the text nearest to being carried:
 * - one no party has just refused first (under unanimity a refusal sinks it for sure);
 * - then the least shortfall of the worst-off party: how far the text falls under that party's floor
 *   less its slack (`estimatedFloors`); under unanimity the party furthest from taking it decides;
 * - then the least total shortfall over the parties, then the old value (backing, joint pull).
 * Measured (bench/botsGenerated.ts, all-adaptive, 8 rounds, Nash share with the opener rotated / fixed):
 * domains 1–10 68.2% / 79.9% before, 68.2% ordering by the total shortfall alone, 70.2% by the worst
 * party's first; domains 11–60 63.2% / 64.6% before, 65.0% / 66.6% by the total, 65.4% / 66.6% by the worst;
 * domains 61–160 69.8% before and by the total, 70.3% by the worst. The library and teaching benches are
 * unchanged (their unanimity tables never reach this point with the adaptive bot).
 */
import type { PartyId } from '../engine/index.ts';
import type { Choice } from './board.ts';
import type { OpponentEstimate } from './opponentModel.ts';

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
