/**
 * The exact Pareto frontier, by divide and conquer over groups of issues.
 *
 * Points are additive over groups (space.ts), so a package on the frontier is made of items that
 * are each on their group's frontier: Pareto(A⊕B) ⊆ Pareto(A) ⊕ Pareto(B). We compute each
 * group's skyline, then repeatedly combine the two smallest skylines, never looking at the rest of
 * the outcome space.
 *
 * Why it is fast (issue 17; `npm run bench -- analysis`). A combination never stores its |A|·|B|
 * sums: A and B are kept in decreasing order of value sum, so each run {a + b : a ∈ A} for one b is
 * sorted too, and a heap merges the runs into one stream in decreasing order of sum (`combine`).
 * A dominator has a larger sum, so it is met before what it dominates: each sum is kept at once or
 * dropped for good (sort-filter), and the kept ones are indexed by a logarithmic forest of k-d trees
 * with per-node maxima (skyline.ts `SkylineStream`), so a dominance test walks O(log) small
 * subtrees instead of the whole frontier kept so far. Time: about n·log²(h) for n sums and a
 * frontier of h, where the plain window costs n·h (quadratic in the frontier: what made 10^7
 * packages on continuous points take 10.8 s); memory: the frontier only. Measured (one core, CPU
 * seconds, whole points 0..1000 or continuous, 10^7 packages): 6 parties 0.5 s for 30,000 frontier
 * packages and 0.8 s for 68,000; 8 parties 6–7 s for 228,000 and 13–16 s for 470,000, about 30 µs
 * per frontier package. Folding the group frontiers in one at a time, smallest first, keeps the
 * heap small (one run per item of a small group).
 *
 * Legitimacy: rules on legitimacy and the legitimacy consequence make points depend on the band of
 * the package's legitimacy sum S, which is not additive in points but is additive itself. We carry S
 * as an extra coordinate (`legitimacyMode`): when every party's points can only rise with S, an
 * item must also have at least the S of the item it beats; when they can only fall, at most; when
 * some rise and some fall, exactly the same S (exact, prunes less). Value coordinates come in one
 * block per band when legitimacy rules name issues, and a dominator must be better in every block.
 * The last step recomputes every party's true points and takes a plain skyline.
 *
 * Budget: when a combination would hold more than `maxFrontier` points, points are thinned on a
 * grid of cell ε (one kept per cell, the best by sum), so the result is an ε-approximation; the
 * sum of the ε used is reported as `maxShortfall`: every package on the true frontier has a listed
 * package within that many points for every listed party.
 */
import { checkpoint, type RunControl } from './control.ts';
import { keyMargin, skyline, SkylineStream, valueMass, withRoundingTolerance, type SkylineShape } from './skyline.ts';
import { compileSpace, itemCoords, legitimacyMode, pointsOfIndex, type Space } from './space.ts';
import type { Domain } from './domain.ts';

export interface FrontierOptions extends RunControl {
  /** Parties whose points count (default: all). */
  parties?: number[];
  /** Beyond this many points in an intermediate frontier, switch to the ε-approximation. */
  maxFrontier?: number;
}

export interface Frontier {
  parties: number[];
  /** Package indices (see space.ts), frontier order: highest sum of the listed parties' points first. */
  indices: Float64Array;
  /** size × P: every party's points (all parties, even for a subset frontier). */
  points: Float64Array;
  size: number;
  exact: boolean;
  /** 0 when exact; else every frontier package has a listed one within this many points for every listed party. */
  maxShortfall: number;
  /** True when the shortfall bound may not cover legitimacy band changes (approximation with legitimacy rules). */
  shortfallIgnoresLegitimacy: boolean;
}

/** A partial frontier: points in non-increasing order of `keys` (their value sums, see SkylineStream). */
interface PartialFront {
  coords: Float64Array;
  offsets: Float64Array;
  keys: Float64Array;
  n: number;
}

function valueSums(coords: Float64Array, n: number, shape: SkylineShape): Float64Array {
  const keys = new Float64Array(n);
  const valueDims = shape.segments * shape.segLen;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < valueDims; k++) s += coords[i * shape.dims + k]!;
    keys[i] = s;
  }
  return keys;
}

function select(front: PartialFront, keep: ArrayLike<number>, dims: number): PartialFront {
  const n = keep.length;
  const coords = new Float64Array(n * dims);
  const offsets = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = keep[r]!;
    coords.set(front.coords.subarray(i * dims, (i + 1) * dims), r * dims);
    offsets[r] = front.offsets[i]!;
    keys[r] = front.keys[i]!;
  }
  return { coords, offsets, keys, n };
}

function skylineOf(coords: Float64Array, offsets: Float64Array, n: number, shape: SkylineShape, control?: RunControl) {
  const keys = valueSums(coords, n, shape);
  return select({ coords, offsets, keys, n }, skyline(coords, n, shape, control), shape.dims);
}

/** ε-thinning on the value coordinates: one point per grid cell, the one with the highest sum. */
function thin(front: PartialFront, shape: SkylineShape, eps: number): PartialFront {
  const valueDims = shape.segments * shape.segLen;
  const best = new Map<string, number>();
  for (let i = 0; i < front.n; i++) {
    let key = '';
    for (let k = 0; k < valueDims; k++) key += Math.floor(front.coords[i * shape.dims + k]! / eps) + ',';
    const prev = best.get(key);
    if (prev === undefined || front.keys[prev]! < front.keys[i]!) best.set(key, i);
  }
  return select(
    front,
    [...best.values()].sort((a, b) => a - b),
    shape.dims,
  );
}

/**
 * The skyline of A ⊕ B (every a + b) without storing the |A|·|B| sums: A and B come in
 * non-increasing order of value sum, so the sums a + b for one b do too, and a heap over the
 * smaller side merges those sorted runs into one stream in non-increasing order of
 * key(a) + key(b), which a SkylineStream filters as it goes. Memory: the frontier only.
 */
function combine(A: PartialFront, B: PartialFront, shape: SkylineShape, control?: RunControl): PartialFront {
  if (A.n < B.n) [A, B] = [B, A];
  const dims = shape.dims;
  const ma = valueMass(A.coords, A.n, shape);
  const mb = valueMass(B.coords, B.n, shape);
  const whole = ma.whole && mb.whole;
  const stream = new SkylineStream(
    withRoundingTolerance(shape, ma.mass + mb.mass, whole),
    keyMargin(ma.mass + mb.mass, whole),
    Math.max(1024, A.n),
  );
  // Max-heap of runs (one per point of B), keyed by key(A[next[b]]) + key(B[b]).
  const m = B.n;
  const heap = new Int32Array(m);
  const heapKey = new Float64Array(m);
  const next = new Int32Array(m);
  let size = 0;
  const sift = (at: number) => {
    const b = heap[at]!;
    const k = heapKey[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKey[child + 1]! > heapKey[child]!) child++;
      if (heapKey[child]! <= k) break;
      heap[at] = heap[child]!;
      heapKey[at] = heapKey[child]!;
      at = child;
    }
    heap[at] = b;
    heapKey[at] = k;
  };
  for (let b = 0; b < m; b++) {
    heap[size] = b;
    heapKey[size++] = A.keys[0]! + B.keys[b]!;
  }
  for (let at = (size >> 1) - 1; at >= 0; at--) sift(at);
  const point = new Float64Array(dims);
  const candidates = A.n * B.n;
  let done = 0;
  while (size > 0) {
    if ((done++ & 0x3fff) === 0) checkpoint(control, done, candidates, 'skyline');
    const b = heap[0]!;
    const key = heapKey[0]!;
    const a = next[b]!;
    const ao = a * dims;
    const bo = b * dims;
    for (let k = 0; k < dims; k++) point[k] = A.coords[ao + k]! + B.coords[bo + k]!;
    stream.offer(point, 0, key, A.offsets[a]! + B.offsets[b]!);
    if (a + 1 < A.n) {
      next[b] = a + 1;
      heapKey[0] = A.keys[a + 1]! + B.keys[b]!;
    } else {
      heap[0] = heap[--size]!;
      heapKey[0] = heapKey[size]!;
    }
    sift(0);
  }
  const rows = stream.keptRows();
  const n = rows.length;
  const coords = new Float64Array(n * dims);
  const offsets = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = rows[r]!;
    coords.set(stream.coords.subarray(i * dims, (i + 1) * dims), r * dims);
    offsets[r] = stream.payload[i]!;
    keys[r] = stream.keys[i]!;
  }
  return { coords, offsets, keys, n };
}

/**
 * `control` reporting its work as the slice `at` (of `of`) of the whole frontier's: each merge reports its own
 * candidates, and those read in the instructor view as the frontier's step going backwards (0.4 → 0.2 every 25 s
 * on 8 parties, 12 issues, 8 options).
 */
function inSlice(control: RunControl | undefined, at: number, of: number): RunControl | undefined {
  const report = control?.onProgress;
  if (!control || !report) return control;
  return {
    ...control,
    onProgress: (done, total) => report(at + (total > 0 ? Math.min(1, done / total) : 0), of, 'frontier'),
  };
}

export function paretoFrontier(spaceOrDomain: Space | Domain, options: FrontierOptions = {}): Frontier {
  const space = 'groups' in spaceOrDomain ? spaceOrDomain : compileSpace(spaceOrDomain);
  const P = space.nParties;
  const parties = options.parties ?? Array.from({ length: P }, (_, p) => p);
  const maxFrontier = options.maxFrontier ?? 2_000_000;
  const mode = legitimacyMode(space, parties);
  let shape: SkylineShape | null = null;
  // The work in slices, each group's skyline then each merge, reported as one share that only grows.
  const slices = 2 * space.groups.length - 1;
  let fronts: PartialFront[] = space.groups.map((group, g) => {
    const c = itemCoords(space, group, parties, mode);
    shape = c.shape;
    return skylineOf(c.coords, group.offset, c.n, c.shape, inSlice(options, g, slices));
  });
  let shortfall = 0;
  const total = fronts.length;
  if (shape === null) {
    // No issue at all: one package.
    fronts = [{ coords: new Float64Array(0), offsets: new Float64Array([0]), keys: new Float64Array(1), n: 1 }];
  }
  // Fold the group frontiers in one at a time, smallest first: combining the running frontier with
  // a small group multiplies the candidates by that group's size only, which costs far less than
  // combining two big halves (measured: 10^7 packages, 7 groups of 10: 0.25M vs 3M candidates).
  fronts.sort((a, b) => b.n - a.n);
  while (fronts.length > 1) {
    const at = total + (total - fronts.length);
    checkpoint(options, at, slices, 'frontier');
    const B = fronts.pop()!;
    const A = fronts.pop()!;
    let merged = combine(A, B, shape!, inSlice(options, at, slices));
    if (merged.n > maxFrontier) {
      // Anytime fallback: the smallest grid that brings the frontier under budget.
      const valueDims = shape!.segments * shape!.segLen;
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < merged.n * shape!.dims; i++) {
        if (i % shape!.dims >= valueDims) continue;
        lo = Math.min(lo, merged.coords[i]!);
        hi = Math.max(hi, merged.coords[i]!);
      }
      let eps = Math.max((hi - lo) / 1024, 1e-9);
      let thinned = thin(merged, shape!, eps);
      while (thinned.n > maxFrontier) {
        eps *= 2;
        thinned = thin(merged, shape!, eps);
      }
      merged = thinned;
      shortfall += eps;
    }
    fronts.push(merged);
  }
  const front = fronts[0]!;
  // True points of every candidate, then a plain skyline over the listed parties.
  const n = front.n;
  const points = new Float64Array(n * P);
  const buf = new Float64Array(P);
  for (let r = 0; r < n; r++) points.set(pointsOfIndex(space, front.offsets[r]!, buf), r * P);
  let keep: ArrayLike<number>;
  if (space.nBands === 1) keep = Int32Array.from({ length: n }, (_, i) => i);
  else {
    const sub = new Float64Array(n * parties.length);
    for (let r = 0; r < n; r++) parties.forEach((p, k) => (sub[r * parties.length + k] = points[r * P + p]!));
    keep = skyline(sub, n, { dims: parties.length, segments: 1, segLen: parties.length }, options);
  }
  const size = keep.length;
  const indices = new Float64Array(size);
  const outPoints = new Float64Array(size * P);
  for (let r = 0; r < size; r++) {
    const i = keep[r]!;
    indices[r] = front.offsets[i]!;
    outPoints.set(points.subarray(i * P, (i + 1) * P), r * P);
  }
  checkpoint(options, total, total, 'frontier');
  return {
    parties,
    indices,
    points: outPoints,
    size,
    exact: shortfall === 0,
    maxShortfall: shortfall,
    shortfallIgnoresLegitimacy: shortfall > 0 && mode !== 'none',
  };
}
