/**
 * The analysis bench's domains (issue 17) cover each shape it claims: whole points 0..1000 and
 * continuous values, random and opposed preferences, 6 and 8 parties, 10^6 and 10^7 packages.
 */
import { describe, expect, it } from 'vitest';
import {
  BENCH_SHAPES,
  OPPOSITION,
  PACKAGE_COUNTS,
  PARTY_COUNTS,
  POINT_KINDS,
  PREFERENCES,
  SCALE,
  shapeDomain,
} from '../support/benchShapes.ts';

function correlation(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('bench domain shapes', () => {
  it('names every combination of point kind, preferences, party count and package count once', () => {
    expect(POINT_KINDS).toEqual(['whole', 'continuous']);
    expect(PREFERENCES).toEqual(['random', 'opposed']);
    expect(PARTY_COUNTS).toEqual([6, 8]);
    expect(PACKAGE_COUNTS).toEqual([1e6, 1e7]);
    const keys = BENCH_SHAPES.map((s) => `${s.points}/${s.preferences}/${s.parties}/${s.packages}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(POINT_KINDS.length * PREFERENCES.length * PARTY_COUNTS.length * PACKAGE_COUNTS.length);
    expect(new Set(BENCH_SHAPES.map((s) => s.name)).size).toBe(BENCH_SHAPES.length);
  });

  it.each(BENCH_SHAPES)('generates $name', (shape) => {
    const domain = shapeDomain(shape);
    expect(domain.parties).toHaveLength(shape.parties);
    const packages = domain.issues.reduce((n, issue) => n * issue.options.filter((o) => o.available).length, 1);
    expect(packages).toBe(shape.packages);
    expect(domain.rules).toEqual([]);
    const values = domain.parties.flatMap((p) => p.sheet.flat());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(SCALE);
    const whole = values.filter((v) => Number.isInteger(v)).length;
    if (shape.points === 'whole') {
      expect(whole).toBe(values.length);
      // Spread over the scale, not bunched at 0..20.
      expect(new Set(values).size).toBeGreaterThan(values.length / 4);
    } else expect(whole).toBe(0);
    // Pair partners (parties 0 and 1, 2 and 3, …): independent, or opposed.
    for (let p = 0; p + 1 < shape.parties; p += 2) {
      const r = correlation(domain.parties[p]!.sheet.flat(), domain.parties[p + 1]!.sheet.flat());
      if (shape.preferences === 'opposed') expect(r).toBeLessThan(-OPPOSITION / 2);
      else expect(Math.abs(r)).toBeLessThan(0.4);
    }
  });
});
