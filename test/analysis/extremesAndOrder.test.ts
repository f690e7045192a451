/**
 * Each party's exact best and worst points (extremes.ts) against brute force, the points-only deal
 * assessment over a subset of parties, and legitimacy summed in the same order as
 * src/scenario/legitimacy.ts so a deal exactly at a fractional threshold falls on the same side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDeal, assessPoints, referencePoints } from '../../src/analysis/deal.ts';
import { allPackagePoints, legitimacyOf, packageOf, packagePoints, type Domain } from '../../src/analysis/domain.ts';
import { outcomeTable } from '../../src/analysis/enumerate.ts';
import { bestPoints, pointExtremes, worstPoints } from '../../src/analysis/extremes.ts';
import { randomDomain } from '../support/randomDomain.ts';
import { choiceOfIndex, compileSpace, pointsOfIndex } from '../../src/analysis/space.ts';
import { packageLegitimacy } from '../../src/scenario/legitimacy.ts';
import { allOutcomes, disagreement, dominates } from './bruteForce.ts';

const domainArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    parties: fc.integer({ min: 2, max: 4 }),
    options: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    rules: fc.integer({ min: 0, max: 3 }),
    legitimacyRules: fc.integer({ min: 0, max: 2 }),
    consequence: fc.boolean(),
    unavailable: fc.constantFrom(0, 0.3),
    opposition: fc.constantFrom(0, 0.5, 0.9),
  })
  .map((o) => randomDomain(o.seed, o));

describe('best and worst points of each party', () => {
  it('equal brute force, by search and by enumeration', () => {
    fc.assert(
      fc.property(domainArb, (domain) => {
        const space = compileSpace(domain);
        const brute = allOutcomes(domain);
        const ext = pointExtremes(space);
        domain.parties.forEach((_, p) => {
          const worst = Math.min(...brute.map((o) => o.points[p]!));
          const best = Math.max(...brute.map((o) => o.points[p]!));
          expect([worstPoints(space, p), bestPoints(space, p)]).toEqual([worst, best]);
          expect([ext.worst[p], ext.best[p]]).toEqual([worst, best]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('search beyond the enumeration limit agrees with the table', () => {
    const domain = randomDomain(11, {
      parties: 3,
      options: [6, 6, 6, 5, 5, 4],
      rules: 3,
      legitimacyRules: 2,
      consequence: true,
    });
    const space = compileSpace(domain);
    expect(space.size).toBeGreaterThan(20_000);
    const table = outcomeTable(space);
    const ext = pointExtremes(space);
    for (let p = 0; p < 3; p++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let r = 0; r < space.size; r++) {
        lo = Math.min(lo, table[r * 3 + p]!);
        hi = Math.max(hi, table[r * 3 + p]!);
      }
      expect([ext.worst[p], ext.best[p]]).toEqual([lo, hi]);
    }
  });
});

describe('assessing a deal by its points, for a subset of parties', () => {
  it('agrees with brute force and, for all parties, with assessDeal', () => {
    fc.assert(
      fc.property(domainArb, fc.nat(), fc.nat(), (domain, pick, mask) => {
        const space = compileSpace(domain);
        const brute = allOutcomes(domain);
        const deal = brute[pick % brute.length]!;
        const all = domain.parties.map((_, p) => p);
        const subset = all.filter((p) => (mask >> p) & 1);
        const parties = subset.length > 0 ? subset : all;
        const q = assessPoints(space, deal.points, parties, referencePoints(space, undefined, parties));
        expect(q.paretoEfficient).toBe(!brute.some((o) => dominates(o.points, deal.points, parties)));
        const d = disagreement(domain);
        const gain = (pts: number[]) => parties.reduce((s, p) => s + pts[p]! - d[p]!, 0);
        expect(q.jointGain).toBeCloseTo(gain(deal.points), 9);
        expect(q.maxJointGain).toBeCloseTo(Math.max(...brute.map((o) => gain(o.points))), 9);
        const { index: _i, dominators: _d, ...whole } = assessDeal(space, pick % space.size);
        const { parties: _p, ...viaPoints } = assessPoints(space, pointsOfIndex(space, pick % space.size));
        expect(viaPoints).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('legitimacy is summed in issue order everywhere', () => {
  // 0.1 + 70.7 + 30.3 in issue order is 101.09999999999999 (legitimacy 33.699999999999996); grouped
  // as (0.1 + 30.3) + 70.7, which is how the analysis used to add a rule's group first, it is
  // 101.1 (legitimacy 33.7). Legitimacy is rounded (roundLegitimacy) so that a package the instructor
  // computes at exactly the threshold (33.7) is at it, whatever the summation order.
  const domain: Domain = {
    issues: [0, 1, 2].map((i) => ({
      id: `i${i}`,
      title: `Issue ${i}`,
      options: [0, 1].map((k) => ({ id: `i${i}o${k}`, label: `o${k}`, available: true })),
    })),
    parties: [0, 1].map((p) => ({
      id: `p${p}`,
      name: `P${p}`,
      influence: 1,
      veto: false,
      batna: 0,
      sheet: [
        [10, 0],
        [10, 0],
        [10, 0],
      ],
    })),
    // Couples issues 0 and 2 into one group (space.ts), so their terms used to be added first.
    rules: [
      {
        id: 'r',
        description: 'r',
        parties: [1],
        points: 5,
        when: {
          all: [
            { issue: 'i0', is: 'i0o0' },
            { issue: 'i2', is: 'i2o0' },
          ],
        },
      },
    ],
    legitimacy: {
      table: [
        [0.1, 90],
        [70.7, 90],
        [30.3, 90],
      ],
      weights: [1, 1, 1],
      threshold: 33.7,
      consequence: { description: 'No licence', points: [-10, 0] },
    },
    agreement: { rule: 'unanimity', threshold: 0.5, required: [], noDeal: null, binds: 'all', counts: 'all' },
    context: { round: 1, evidencePresented: [], partyLeft: [] },
  };
  const pkg = { i0: 'i0o0', i1: 'i1o0', i2: 'i2o0' };

  it('the threshold case: the analysis agrees with packageLegitimacy, the space with packagePoints', () => {
    expect((0.1 + 30.3 + 70.7) / 3).toBe(33.7); // the grouped order lands on the threshold…
    const scenarioSide = packageLegitimacy(
      { i0: { i0o0: 0.1 }, i1: { i1o0: 70.7 }, i2: { i2o0: 30.3 } },
      { i0: 1, i1: 1, i2: 1 },
      pkg,
    );
    expect(scenarioSide).toBe(33.7); // …and issue order too, once rounded
    expect(legitimacyOf(domain, pkg)).toBe(scenarioSide);
    // Key order of the package does not matter.
    expect(legitimacyOf(domain, { i2: 'i2o0', i0: 'i0o0', i1: 'i1o0' })).toBe(scenarioSide);
    expect(packagePoints(domain, 0, pkg)).toBe(30); // at the threshold: the licence holds
    const space = compileSpace(domain);
    expect(space.groups.length).toBe(2);
    const table = outcomeTable(space);
    for (let index = 0; index < space.size; index++) {
      const expected = allPackagePoints(domain, packageOf(domain, choiceOfIndex(space, index)));
      expect([...pointsOfIndex(space, index)]).toEqual(expected);
      expect([...table.subarray(index * 2, index * 2 + 2)]).toEqual(expected);
    }
    expect(worstPoints(space, 0)).toBe(0); // every option 1: legitimacy 90, 0 points
    expect(bestPoints(space, 0)).toBe(30); // the all-0 package sits at the threshold and keeps its licence
  });
});
