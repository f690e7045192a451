/**
 * The non-dominated points of a set (a "skyline"), by sort-filter: points taken in decreasing order
 * of the sum of their value coordinates are compared with the points kept so far only (a dominator
 * has a strictly larger sum, so it comes first), and those are indexed by k-d trees (see
 * `SkylineStream`). Cost: about n·log²(h) tree steps for n points and h kept, instead of n·h for a
 * plain window; `frontier.ts` feeds it the sums of two skylines in order without storing them.
 *
 * Layout of a point (D coordinates): `segments` blocks of `segLen` value coordinates, then
 * `D - segments*segLen` constraint coordinates. p dominates q when p ≥ q on every coordinate and, in
 * every value block, p > q somewhere. (One block of party points and no constraints is the usual
 * Pareto dominance; `space.ts` explains the blocks for legitimacy bands.)
 */
import { checkpoint, type RunControl } from './control.ts';

export interface SkylineShape {
  dims: number;
  segments: number;
  segLen: number;
  /**
   * Coordinates closer than this are equal (0 or absent: exact). A SkylineStream whose keys are not exact
   * sums of whole numbers sets it (see the stream): points summed in another order differ by rounding alone.
   */
  tolerance?: number;
}

/** True when point a (at offset ia of A) dominates point b (at offset ib of B), coordinates within `shape.tolerance` equal. */
export function dominatesAt(A: Float64Array, ia: number, B: Float64Array, ib: number, shape: SkylineShape): boolean {
  const { dims, segments, segLen } = shape;
  const tol = shape.tolerance ?? 0;
  let k = 0;
  for (let s = 0; s < segments; s++) {
    let strict = false;
    for (let e = k + segLen; k < e; k++) {
      const a = A[ia + k]!;
      const b = B[ib + k]!;
      if (a < b - tol) return false;
      if (a > b + tol) strict = true;
    }
    if (!strict) return false;
  }
  for (; k < dims; k++) if (A[ia + k]! < B[ib + k]! - tol) return false;
  return true;
}

/** Points per k-d tree leaf, and points gathered before they are indexed. */
const LEAF = 8;
const BUFFER = 32;

/** Reorders order[lo, hi) so that the point with the k-th smallest key is at k, smaller ones before it. */
function selectKth(order: Int32Array, keys: Float64Array, lo: number, hi: number, k: number): void {
  let l = lo;
  let r = hi - 1;
  while (r > l) {
    const a = keys[order[l]!]!;
    const b = keys[order[(l + r) >> 1]!]!;
    const c = keys[order[r]!]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = l;
    let j = r;
    while (i <= j) {
      while (keys[order[i]!]! < pivot) i++;
      while (keys[order[j]!]! > pivot) j--;
      if (i <= j) {
        const t = order[i]!;
        order[i++] = order[j]!;
        order[j--] = t;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

/**
 * A static k-d tree over points, for "does any of them dominate q?": a node keeps the largest value
 * of each coordinate below it, and a subtree whose maximum falls short of q on some coordinate
 * cannot hold a dominator. Splits on the coordinate of widest spread, at the median.
 */
class DominanceTree {
  /** The points, in tree order. */
  readonly coords: Float64Array;
  readonly n: number;
  private readonly dims: number;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly max: Float64Array;
  private nodes = 0;

  constructor(points: Float64Array, n: number, dims: number) {
    this.dims = dims;
    this.n = n;
    const cap = 4 * Math.ceil(n / LEAF) + 2;
    this.lo = new Int32Array(cap);
    this.hi = new Int32Array(cap);
    this.left = new Int32Array(cap);
    this.right = new Int32Array(cap);
    this.max = new Float64Array(cap * dims);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    this.build(points, order, new Float64Array(n), 0, n);
    this.coords = new Float64Array(n * dims);
    for (let r = 0; r < n; r++) this.coords.set(points.subarray(order[r]! * dims, (order[r]! + 1) * dims), r * dims);
  }

  private build(points: Float64Array, order: Int32Array, keys: Float64Array, lo: number, hi: number): number {
    const dims = this.dims;
    const node = this.nodes++;
    this.lo[node] = lo;
    this.hi[node] = hi;
    this.left[node] = -1;
    const m = node * dims;
    let split = 0;
    let widest = -1;
    for (let k = 0; k < dims; k++) {
      let top = -Infinity;
      let bottom = Infinity;
      for (let r = lo; r < hi; r++) {
        const v = points[order[r]! * dims + k]!;
        if (v > top) top = v;
        if (v < bottom) bottom = v;
      }
      this.max[m + k] = top;
      if (top - bottom > widest) {
        widest = top - bottom;
        split = k;
      }
    }
    if (hi - lo <= LEAF || widest <= 0) return node;
    for (let r = lo; r < hi; r++) keys[order[r]!] = points[order[r]! * dims + split]!;
    const mid = (lo + hi) >> 1;
    selectKth(order, keys, lo, hi, mid);
    this.left[node] = this.build(points, order, keys, lo, mid);
    this.right[node] = this.build(points, order, keys, mid, hi);
    return node;
  }

  /** True when some point of the tree dominates the point at offset o of `q` (stack: scratch space). */
  dominates(q: Float64Array, o: number, shape: SkylineShape, stack: Int32Array): boolean {
    const dims = this.dims;
    const max = this.max;
    const tol = shape.tolerance ?? 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top]!;
      const m = node * dims;
      let k = 0;
      while (k < dims && max[m + k]! >= q[o + k]! - tol) k++;
      if (k < dims) continue;
      const l = this.left[node]!;
      if (l >= 0) {
        stack[top++] = this.right[node]!;
        stack[top++] = l;
        continue;
      }
      for (let r = this.lo[node]!, e = this.hi[node]!; r < e; r++)
        if (dominatesAt(this.coords, r * dims, q, o, shape)) return true;
    }
    return false;
  }
}

/**
 * Sort-filter one point at a time: offer points in non-increasing order of `key`, an approximation
 * of the sum of their value coordinates within `margin` (a dominator's true sum is strictly larger,
 * so its key is at least the dominated point's minus 2·margin). A point no kept point dominates is
 * kept; kept points are never dropped, except the few with a key within 2·margin of a newcomer that
 * dominates them (floating-point near-ties; `margin` 0 when keys are exact sums of integers).
 *
 * Kept points are indexed as a "logarithmic forest" of k-d trees (Bentley–Saxe): the last few in a
 * buffer scanned in full, the rest in trees of doubling sizes, merged and rebuilt like a binary
 * counter; a query walks each tree.
 */
export class SkylineStream {
  /** Kept points: coordinates (size × dims), a payload each (e.g. a package index), their keys. */
  coords: Float64Array;
  payload: Float64Array;
  keys: Float64Array;
  size = 0;
  private removed: Uint8Array | null = null;
  private readonly shape: SkylineShape;
  private readonly margin: number;
  private readonly buffer: Float64Array;
  private inBuffer = 0;
  private readonly trees: (DominanceTree | null)[] = [];
  private readonly stack = new Int32Array(512);
  private lastTree = -2;

  constructor(shape: SkylineShape, margin = 0, capacity = 1024) {
    this.shape = shape;
    this.margin = margin;
    this.coords = new Float64Array(capacity * shape.dims);
    this.payload = new Float64Array(capacity);
    this.keys = new Float64Array(capacity);
    this.buffer = new Float64Array(BUFFER * shape.dims);
  }

  /** True when a kept point dominates the point at offset o of `q`. */
  dominated(q: Float64Array, o: number): boolean {
    const { dims } = this.shape;
    const { trees, stack, shape } = this;
    const last = this.lastTree;
    if (last >= 0 && trees[last]?.dominates(q, o, shape, stack)) return true;
    for (let b = 0; b < this.inBuffer; b++)
      if (dominatesAt(this.buffer, b * dims, q, o, shape)) {
        this.lastTree = -1;
        return true;
      }
    // Oldest (largest) trees first: points of much higher sum dominate more often.
    for (let t = trees.length - 1; t >= 0; t--)
      if (t !== last && trees[t]?.dominates(q, o, shape, stack)) {
        this.lastTree = t;
        return true;
      }
    return false;
  }

  /** Keeps the point at offset o of `q` unless a kept point dominates it; true when kept. */
  offer(q: Float64Array, o: number, key: number, payload: number): boolean {
    if (this.dominated(q, o)) return false;
    const { dims } = this.shape;
    if (this.margin > 0) {
      // Near-ties: an earlier point with (nearly) the same key may be dominated by this one.
      for (let r = this.size - 1; r >= 0 && this.keys[r]! <= key + 2 * this.margin; r--) {
        if (this.removed?.[r]) continue;
        if (dominatesAt(q, o, this.coords, r * dims, this.shape)) {
          this.removed ??= new Uint8Array(this.keys.length);
          this.removed[r] = 1;
        }
      }
    }
    if (this.size === this.keys.length) this.grow();
    this.coords.set(q.subarray(o, o + dims), this.size * dims);
    this.payload[this.size] = payload;
    this.keys[this.size] = key;
    this.size++;
    this.buffer.set(q.subarray(o, o + dims), this.inBuffer * dims);
    if (++this.inBuffer === BUFFER) this.index();
    return true;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const dims = this.shape.dims;
    const coords = new Float64Array(cap * dims);
    coords.set(this.coords);
    this.coords = coords;
    const payload = new Float64Array(cap);
    payload.set(this.payload);
    this.payload = payload;
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    this.keys = keys;
    if (this.removed) {
      const removed = new Uint8Array(cap);
      removed.set(this.removed);
      this.removed = removed;
    }
  }

  /** Carries the buffer into the forest like a binary counter. */
  private index(): void {
    const dims = this.shape.dims;
    const trees = this.trees;
    let size = this.inBuffer;
    let t = 0;
    while (t < trees.length && trees[t]) size += trees[t++]!.n;
    const merged = new Float64Array(size * dims);
    merged.set(this.buffer);
    let at = this.inBuffer * dims;
    for (let u = 0; u < t; u++) {
      merged.set(trees[u]!.coords, at);
      at += trees[u]!.n * dims;
      trees[u] = null;
    }
    trees[t] = new DominanceTree(merged, size, dims);
    this.inBuffer = 0;
    this.lastTree = -2;
  }

  /** Positions (in offer order among the kept) of the points still kept. */
  keptRows(): Int32Array {
    const out = new Int32Array(this.size);
    let n = 0;
    for (let r = 0; r < this.size; r++) if (!this.removed?.[r]) out[n++] = r;
    return out.subarray(0, n);
  }
}

/** Largest sum of absolute value coordinates over n points, and whether every value coordinate is whole. */
export function valueMass(coords: Float64Array, n: number, shape: SkylineShape): { mass: number; whole: boolean } {
  const { dims } = shape;
  const valueDims = shape.segments * shape.segLen;
  let mass = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = 0; k < valueDims; k++) {
      const v = coords[i * dims + k]!;
      m += Math.abs(v);
      if (whole && !Number.isInteger(v)) whole = false;
    }
    if (m > mass) mass = m;
  }
  return { mass, whole };
}

/**
 * The `margin` of a SkylineStream for keys summed from coordinates of this mass: 0 when they are
 * whole numbers small enough to add exactly, else far above any rounding error of such sums.
 */
export function keyMargin(mass: number, whole: boolean): number {
  return whole && mass < 2 ** 40 ? 0 : mass * 1e-9;
}

/**
 * `shape` with the tolerance under which coordinates of this mass count as equal (`SkylineShape.tolerance`):
 * none for whole numbers, which add exactly; else a millionth of a millionth of the mass, a thousand times any
 * rounding of a sum of a few dozen terms and far below any difference a sheet writes. Without it, two packages
 * that tie for a party but are summed in another order (a GENIUS profile's 81.8333…, stored …33 for one and
 * …34 for the other) differ in the last bit, and the exact test kept on the frontier the one the tie makes
 * dominated (partydomain with three profiles: 3 such packages of 102; 7issues: 8 of 304).
 */
export function withRoundingTolerance(shape: SkylineShape, mass: number, whole: boolean): SkylineShape {
  return whole ? shape : { ...shape, tolerance: mass * 1e-12 };
}

/**
 * Indices (into `coords`) of the non-dominated points, in decreasing order of value sum.
 * Points with identical coordinates are all kept.
 */
export function skyline(coords: Float64Array, n: number, shape: SkylineShape, control?: RunControl): Int32Array {
  const { dims, segments, segLen } = shape;
  const valueDims = segments * segLen;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const o = i * dims;
    for (let k = 0; k < valueDims; k++) s += coords[o + k]!;
    keys[i] = s;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => keys[b]! - keys[a]!);
  const { mass, whole } = valueMass(coords, n, shape);
  const stream = new SkylineStream(
    withRoundingTolerance(shape, mass, whole),
    keyMargin(mass, whole),
    Math.min(Math.max(n, 1), 1024),
  );
  for (let r = 0; r < n; r++) {
    if ((r & 0x3fff) === 0) checkpoint(control, r, n, 'skyline');
    const i = order[r]!;
    stream.offer(coords, i * dims, keys[i]!, i);
  }
  return Int32Array.from(stream.keptRows(), (r) => stream.payload[r]!);
}
