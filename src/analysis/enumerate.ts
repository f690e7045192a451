/**
 * The whole outcome space in typed arrays: every party's points for every package index.
 * Streams in chunks (a callback per chunk) so that counting or scanning 10^7 packages needs no
 * 10^7 × P table; `outcomeTable` materialises it for spaces that fit.
 */
import { AnalysisTooLarge, checkpoint, type RunControl } from './control.ts';
import { bandOfS, type Space } from './space.ts';

export const CHUNK_PACKAGES = 1 << 16;
/** Refuse to materialise more cells than this (P × packages, 8 bytes each: 1 GiB). */
export const MAX_TABLE_CELLS = 1 << 27;

/**
 * Calls `onChunk(first, count, points)` for consecutive package indices; points is count × P
 * (reused between calls: copy what you keep).
 */
export function enumerateOutcomes(
  space: Space,
  onChunk: (first: number, count: number, points: Float64Array) => void,
  control?: RunControl,
): void {
  const P = space.nParties;
  const G = space.groups.length;
  const B = space.itemBands;
  const buf = new Float64Array(Math.min(CHUNK_PACKAGES, space.size) * P);
  // Odometer over issues (last fastest); each digit step moves its group's item by a fixed stride.
  const nI = space.available.length;
  const digits = new Int32Array(nI);
  const items = new Int32Array(G);
  const itemStride = new Int32Array(nI);
  for (const group of space.groups) {
    let stride = 1;
    for (let k = group.issues.length - 1; k >= 0; k--) {
      itemStride[group.issues[k]!] = stride;
      stride *= group.radix[k]!;
    }
  }
  let index = 0;
  while (index < space.size) {
    const count = Math.min(CHUNK_PACKAGES, space.size - index);
    for (let r = 0; r < count; r++) {
      // S in issue order, as packageLegitimacy adds it (space.ts, "Summation order").
      let band = 0;
      if (space.nBands > 1) {
        let S = 0;
        for (const i of space.weightedIssues) S += space.legitimacyTerm[i]![digits[i]!]!;
        band = bandOfS(space, S);
      }
      const ib = B > 1 ? band : 0;
      const o = r * P;
      for (let p = 0; p < P; p++) buf[o + p] = space.constant[band * P + p]!;
      for (let g = 0; g < G; g++) {
        const v = space.groups[g]!.values;
        const vo = (items[g]! * B + ib) * P;
        for (let p = 0; p < P; p++) buf[o + p]! += v[vo + p]!;
      }
      // advance the odometer
      for (let i = nI - 1; i >= 0; i--) {
        const g = space.groupOf[i]!;
        if (++digits[i]! < space.available[i]!.length) {
          items[g]! += itemStride[i]!;
          break;
        }
        digits[i] = 0;
        items[g]! -= (space.available[i]!.length - 1) * itemStride[i]!;
      }
    }
    onChunk(index, count, buf);
    index += count;
    checkpoint(control, index, space.size, 'enumerate');
  }
}

/** size × P points (package-major). Throws when the space is too large to hold. */
export function outcomeTable(space: Space, control?: RunControl): Float64Array {
  const cells = space.size * space.nParties;
  if (cells > MAX_TABLE_CELLS) {
    throw new AnalysisTooLarge(
      { kind: 'spaceTooLarge', packages: space.size },
      `The outcome space has ${space.size} packages: too many to hold in memory; use the frontier or the searches instead.`,
    );
  }
  const table = new Float64Array(cells);
  enumerateOutcomes(
    space,
    (first, count, points) => table.set(points.subarray(0, count * space.nParties), first * space.nParties),
    control,
  );
  return table;
}
