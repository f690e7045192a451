/**
 * The last-chance text under unanimity (the adaptive bot's end game, src/bots/endgame.ts): when every
 * party at the table is needed and no candidate clears every estimated floor, the bot (needed, and left
 * under its BATNA by the table) must still table something or the deal is lost for certain. It used to
 * table the long shot the others' backing rated highest, often a text far under several parties' floors
 * (the generated research-like domains: the opener's own best package again, which the others refuse).
 * It now tables the nearest text to being carried:
 * - one no party has just refused first (under unanimity a refusal sinks it for sure);
 * - then the least total estimated shortfall: over the parties, how far the text falls under each one's
 *   floor less its slack (`estimatedFloors`), summed; the text every party is closest to taking;
 * - then the old value (backing, joint pull) as the tie-break.
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

/** Summed over the parties, how far the text falls under each one's estimated floor (less its slack). */
export function totalShortfall(
  floors: readonly Floor[],
  est: (m: OpponentEstimate, c: Choice) => number,
  c: Choice,
): number {
  let s = 0;
  for (const f of floors) s += Math.max(0, f.floor - f.slack - est(f.model, c));
  return s;
}

/** The candidates, nearest to being carried first (not refused, least shortfall, then highest value). */
export function nearestCarried<T extends { c: Choice; value: number; refused: number }>(
  candidates: readonly T[],
  shortfall: (c: Choice) => number,
): T[] {
  const rated = candidates.map((x) => ({ x, short: shortfall(x.c) }));
  rated.sort((a, b) => {
    const r = (a.x.refused > 0 ? 1 : 0) - (b.x.refused > 0 ? 1 : 0);
    if (r !== 0) return r;
    return a.short - b.short || b.x.value - a.x.value;
  });
  return rated.map((r) => r.x);
}
