/**
 * A plain divide-and-conquer Pareto frontier, the yardstick of the analysis bench (issue 17), kept
 * out of src on purpose: split the issues in two halves, take each half's frontier recursively,
 * form every sum of one package of each, and keep the non-dominated sums by sort-filter with a
 * plain window (Chomicki et al.'s SFS: in decreasing order of sum, compare with every point kept).
 * Only for domains whose points are additive over issues (no scoring rules, nothing depending on
 * legitimacy), as the bench's domains are.
 */
import type { Space } from '../src/analysis/space.ts';

interface Front {
  points: Float64Array;
  index: Float64Array;
  n: number;
}

function sfs(points: Float64Array, index: Float64Array, n: number, P: number): Front {
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let p = 0; p < P; p++) sums[i]! += points[i * P + p]!;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => sums[b]! - sums[a]!);
  const kept: number[] = [];
  for (const i of order) {
    let dominated = false;
    for (let w = 0; w < kept.length && !dominated; w++) {
      const j = kept[w]!;
      let ge = true;
      let gt = false;
      for (let p = 0; p < P; p++) {
        const a = points[j * P + p]!;
        const b = points[i * P + p]!;
        if (a < b) {
          ge = false;
          break;
        }
        if (a > b) gt = true;
      }
      dominated = ge && gt;
    }
    if (!dominated) kept.push(i);
  }
  const out: Front = {
    points: new Float64Array(kept.length * P),
    index: new Float64Array(kept.length),
    n: kept.length,
  };
  kept.forEach((i, r) => {
    out.points.set(points.subarray(i * P, (i + 1) * P), r * P);
    out.index[r] = index[i]!;
  });
  return out;
}

function frontierOf(space: Space, lo: number, hi: number): Front {
  const P = space.nParties;
  if (hi - lo === 1) {
    const g = space.groups[lo]!;
    return sfs(g.values, g.offset, g.size, P);
  }
  const mid = (lo + hi) >> 1;
  const A = frontierOf(space, lo, mid);
  const B = frontierOf(space, mid, hi);
  const n = A.n * B.n;
  const points = new Float64Array(n * P);
  const index = new Float64Array(n);
  for (let a = 0, r = 0; a < A.n; a++)
    for (let b = 0; b < B.n; b++, r++) {
      for (let p = 0; p < P; p++) points[r * P + p] = A.points[a * P + p]! + B.points[b * P + p]!;
      index[r] = A.index[a]! + B.index[b]!;
    }
  return sfs(points, index, n, P);
}

/** Package indices of the frontier over all parties. */
export function referenceFrontier(space: Space): Float64Array {
  if (space.nBands !== 1 || space.itemBands !== 1 || space.groups.some((g) => g.issues.length !== 1))
    throw new RangeError('The reference frontier takes domains whose points are additive over issues only.');
  return space.groups.length === 0 ? new Float64Array([0]) : frontierOf(space, 0, space.groups.length).index;
}
