/** The skyline against a plain pairwise filter, including points whose sums tie in floating point. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominatesAt, skyline, type SkylineShape } from '../../src/analysis/skyline.ts';

function bruteSkyline(coords: Float64Array, n: number, shape: SkylineShape): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let dominated = false;
    for (let j = 0; j < n && !dominated; j++)
      dominated = j !== i && dominatesAt(coords, j * shape.dims, coords, i * shape.dims, shape);
    if (!dominated) out.push(i);
  }
  return out;
}

describe('skyline', () => {
  it('keeps a dominator whose sum rounds to the sum of the point it dominates, and drops that point', () => {
    // 1e16 + 1 rounds to 1e16: both sums are equal, yet the second point dominates the first.
    const shape = { dims: 2, segments: 1, segLen: 2 };
    expect(Array.from(skyline(Float64Array.from([1e16, 0, 1e16, 1]), 2, shape))).toEqual([1]);
    expect(Array.from(skyline(Float64Array.from([1e16, 1, 1e16, 0]), 2, shape))).toEqual([0]);
  });

  it('counts coordinates equal within rounding: a point tied for a party, but summed in another order, is dominated', () => {
    // (0.1 + 0.2) + 0.3 is 0.6000000000000001 and (0.3 + 0.2) + 0.1 is 0.6: one party's points for two packages
    // that tie (a GENIUS profile's 81.8333… came out …33 and …34). The second is better for the other party:
    // it dominates the first, which the exact test kept (partydomain, three profiles: 3 such of 102).
    const shape = { dims: 2, segments: 1, segLen: 2 };
    const [a, b] = [0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1];
    expect(a).toBeGreaterThan(b);
    expect(Array.from(skyline(Float64Array.from([a, 0.5, b, 0.7]), 2, shape))).toEqual([1]);
    // A real difference, however small against the points, still counts.
    expect(Array.from(skyline(Float64Array.from([0.6 + 1e-9, 0.5, 0.6, 0.7]), 2, shape)).sort()).toEqual([0, 1]);
  });

  it('equals a pairwise filter on thousands of points (several k-d trees), with ties and duplicates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(4, 1000, 0),
        (dims, n, seed, levels) => {
          let x = seed;
          const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
          // Anti-correlated points (near a simplex) so that many survive; levels 0: continuous.
          const coords = new Float64Array(n * dims);
          for (let i = 0; i < n; i++) {
            let total = 0;
            for (let k = 0; k < dims; k++) total += coords[i * dims + k] = rnd();
            for (let k = 0; k < dims; k++) {
              const v = (coords[i * dims + k]! / total) * (0.9 + 0.2 * rnd());
              coords[i * dims + k] = levels === 0 ? v : Math.round(v * levels);
            }
          }
          const shape = { dims, segments: 1, segLen: dims };
          const got = Array.from(skyline(coords, n, shape)).sort((a, b) => a - b);
          expect(got).toEqual(bruteSkyline(coords, n, shape));
        },
      ),
      { numRuns: 30 },
    );
  });
});
