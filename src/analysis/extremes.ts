/**
 * Each party's best and worst points over every package on the table: the exact range that a
 * score is normalised on (engine/scoring.ts), so 0 and 100 mean "the worst / best deal possible".
 *
 * Small spaces are enumerated (one pass gives every party's range); bigger ones use branch and
 * bound: the best by `search` over group frontiers (every party's maximum is reached on them), the
 * worst by `search` over every item (a minimum is not, as dominated items are what it looks for).
 */
import { checkpoint, type RunControl } from './control.ts';
import { enumerateOutcomes } from './enumerate.ts';
import { search } from './search.ts';
import type { Space } from './space.ts';

/** Up to this many packages, one enumeration beats 2 × P searches. */
export const ENUMERATE_EXTREMES_UP_TO = 20_000;

export interface PointExtremes {
  /** Per party index: the fewest points any package gives it. */
  worst: number[];
  /** Per party index: the most points any package gives it. */
  best: number[];
}

/** The most points any package gives `party` (exact). */
export function bestPoints(space: Space, party: number, control?: RunControl): number {
  const w = new Float64Array(space.nParties);
  w[party] = 1;
  return search(space, { linear: [w], leaf: (pts) => pts[party]!, bound: (_ub, lin) => lin[0]! }, control).value;
}

/** The fewest points any package gives `party` (exact). */
export function worstPoints(space: Space, party: number, control?: RunControl): number {
  const w = new Float64Array(space.nParties);
  w[party] = -1;
  // Maximise −points; lin[0] bounds −points from above (per group, the least points of any item).
  return -search(
    space,
    { allItems: true, linear: [w], leaf: (pts) => -pts[party]!, bound: (_ub, lin) => lin[0]! },
    control,
  ).value;
}

export function pointExtremes(space: Space, control?: RunControl): PointExtremes {
  const P = space.nParties;
  if (space.size > ENUMERATE_EXTREMES_UP_TO) {
    const worst: number[] = [];
    const best: number[] = [];
    for (let p = 0; p < P; p++) {
      worst.push(worstPoints(space, p, control));
      best.push(bestPoints(space, p, control));
      checkpoint(control, p + 1, P, 'extremes');
    }
    return { worst, best };
  }
  const worst = new Array<number>(P).fill(Infinity);
  const best = new Array<number>(P).fill(-Infinity);
  enumerateOutcomes(
    space,
    (_first, count, points) => {
      for (let r = 0; r < count; r++)
        for (let p = 0; p < P; p++) {
          const v = points[r * P + p]!;
          if (v < worst[p]!) worst[p] = v;
          if (v > best[p]!) best[p] = v;
        }
    },
    control,
  );
  return { worst, best };
}
