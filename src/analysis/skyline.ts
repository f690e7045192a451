/**
 * The non-dominated points of a set (a "skyline"), by sort-filter: points sorted by the sum of their
 * value coordinates, highest first, are compared with the points kept so far only (a dominator has
 * a strictly larger sum, so it is always met first). Cost: n × (size of the skyline), with early
 * exits; the divide and conquer in `frontier.ts` keeps n small by combining skylines of groups.
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
}

/** True when point a (at offset ia of A) dominates point b (at offset ib of B). */
export function dominatesAt(A: Float64Array, ia: number, B: Float64Array, ib: number, shape: SkylineShape): boolean {
  const { dims, segments, segLen } = shape;
  let k = 0;
  for (let s = 0; s < segments; s++) {
    let strict = false;
    for (let e = k + segLen; k < e; k++) {
      const a = A[ia + k]!;
      const b = B[ib + k]!;
      if (a < b) return false;
      if (a > b) strict = true;
    }
    if (!strict) return false;
  }
  for (; k < dims; k++) if (A[ia + k]! < B[ib + k]!) return false;
  return true;
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

  // Prefilter: each coordinate (of the first few) is cut into levels at sample quantiles and coded
  // in unary ("thermometer") bits, so "w ≥ c on every coded level" is (sig[c] & ~sig[w]) === 0,
  // a necessary condition for w to dominate c, tested in one operation before the full check.
  const sigDims = Math.min(dims, 8);
  const levels = Math.max(1, Math.floor(31 / sigDims));
  const cuts: Float64Array[] = [];
  const step = Math.max(1, Math.floor(n / 2048));
  for (let k = 0; k < sigDims; k++) {
    const sample: number[] = [];
    for (let i = 0; i < n; i += step) sample.push(coords[i * dims + k]!);
    sample.sort((a, b) => a - b);
    cuts.push(
      Float64Array.from(
        { length: levels },
        (_, l) => sample[Math.floor(((l + 1) * sample.length) / (levels + 1))] ?? Infinity,
      ),
    );
  }
  const sig = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let code = 0;
    for (let k = 0; k < sigDims; k++) {
      const v = coords[i * dims + k]!;
      const cut = cuts[k]!;
      for (let l = 0; l < levels; l++) if (v >= cut[l]!) code |= 1 << (k * levels + l);
    }
    sig[i] = code;
  }

  let cap = 1024;
  let win = new Float64Array(cap * dims);
  let winSig = new Int32Array(cap);
  const kept: number[] = [];
  let lastDominator = -1;
  for (let r = 0; r < n; r++) {
    if ((r & 0x3fff) === 0) checkpoint(control, r, n, 'skyline');
    const i = order[r]!;
    const o = i * dims;
    const si = sig[i]!;
    let dominated = false;
    // The point that dominated the previous candidate often dominates this one too.
    if (lastDominator >= 0 && dominatesAt(win, lastDominator * dims, coords, o, shape)) dominated = true;
    else {
      for (let w = 0; w < kept.length; w++) {
        if ((si & ~winSig[w]!) !== 0) continue;
        if (dominatesAt(win, w * dims, coords, o, shape)) {
          dominated = true;
          lastDominator = w;
          break;
        }
      }
    }
    if (dominated) continue;
    if (kept.length === cap) {
      cap *= 2;
      const grown = new Float64Array(cap * dims);
      grown.set(win);
      win = grown;
      const grownSig = new Int32Array(cap);
      grownSig.set(winSig);
      winSig = grownSig;
    }
    win.set(coords.subarray(o, o + dims), kept.length * dims);
    winSig[kept.length] = si;
    kept.push(i);
  }
  return Int32Array.from(kept);
}
