/**
 * Property-based: on small random domains (with scoring rules coupling issues, rules on
 * legitimacy, legitimacy consequences and options off the table), every fast method agrees with
 * brute force over every package.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { egalitarian, idealPoint, kalaiSmorodinsky, maxJointGain, nashPoint } from '../../src/analysis/bargaining.ts';
import { findDominating, nearestDominating } from '../../src/analysis/deal.ts';
import { outcomeTable } from '../../src/analysis/enumerate.ts';
import { paretoFrontier } from '../../src/analysis/frontier.ts';
import { OPPOSITION, POINT_KINDS, SCALE } from '../support/benchShapes.ts';
import { randomDomain } from '../support/randomDomain.ts';
import { choiceOfIndex, compileSpace, indexOfChoice } from '../../src/analysis/space.ts';
import type { Domain } from '../../src/analysis/domain.ts';
import { allOutcomes, bruteFrontier, bruteMax, disagreement, dominates, key } from './bruteForce.ts';

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

/**
 * The frontier also on the point kinds the bench measures (test/support/benchShapes.ts): whole
 * points 0..1000 and continuous values, random and opposed preferences, up to 8 parties, with
 * exact ties (options that repeat another's points) so that equal packages must all be kept.
 */
const frontierDomainArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    parties: fc.integer({ min: 2, max: 8 }),
    options: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
    rules: fc.integer({ min: 0, max: 3 }),
    legitimacyRules: fc.integer({ min: 0, max: 2 }),
    consequence: fc.boolean(),
    unavailable: fc.constantFrom(0, 0.3),
    opposition: fc.constantFrom(0, 0.5, OPPOSITION, 0.9),
    points: fc.constantFrom(...POINT_KINDS),
    scale: fc.constantFrom(20, SCALE),
    ties: fc.constantFrom(0, 0.4),
  })
  .map((o) => randomDomain(o.seed, o));

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const allOf = (n: number) => Array.from({ length: n }, (_, p) => p);

describe('analysis against brute force', () => {
  it('enumerates every package with the points packagePoints gives', () => {
    fc.assert(
      fc.property(domainArb, (domain) => {
        const space = compileSpace(domain);
        const table = outcomeTable(space);
        const brute = allOutcomes(domain);
        expect(space.size).toBe(brute.length);
        const P = domain.parties.length;
        for (const o of brute) {
          const idx = indexOfChoice(space, o.choice)!;
          expect(choiceOfIndex(space, idx)).toEqual(o.choice);
          expect(Array.from(table.subarray(idx * P, idx * P + P))).toEqual(o.points);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds exactly the Pareto frontier, over all parties and over subsets', () => {
    fc.assert(
      fc.property(frontierDomainArb, fc.integer({ min: 0, max: 255 }), (domain, mask) => {
        const P = domain.parties.length;
        const space = compileSpace(domain);
        const brute = allOutcomes(domain);
        const subset = allOf(P).filter((p) => mask & (1 << p));
        for (const parties of [allOf(P), subset.length > 0 ? subset : [0]]) {
          const f = paretoFrontier(space, { parties });
          expect(f.exact).toBe(true);
          const got = new Set(Array.from(f.indices, (i) => key(choiceOfIndex(space, i))));
          const want = new Set(bruteFrontier(brute, parties).map((o) => key(o.choice)));
          expect([...got].sort()).toEqual([...want].sort());
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the Nash, Kalai–Smorodinsky, max joint gain and egalitarian values', () => {
    fc.assert(
      fc.property(domainArb, (domain) => {
        const space = compileSpace(domain);
        const brute = allOutcomes(domain);
        const d = disagreement(domain);
        const P = domain.parties.length;
        const feasible = brute.filter((o) => o.points.every((x, p) => x > d[p]!));

        expect(maxJointGain(space).value).toBe(bruteMax(brute, (pts) => pts.reduce((a, b) => a + b, 0)));
        expect(egalitarian(space).value).toBe(bruteMax(brute, (pts) => Math.min(...pts.map((x, p) => x - d[p]!))));

        const nash = nashPoint(space);
        if (feasible.length === 0) expect(nash.index).toBeNull();
        else {
          const want = bruteMax(feasible, (pts) => pts.reduce((s, x, p) => s + Math.log(x - d[p]!), 0));
          expect(close(nash.value, want)).toBe(true);
        }

        const ks = kalaiSmorodinsky(space);
        if (feasible.length === 0) expect(ks.index).toBeNull();
        else {
          const ideal = allOf(P).map((p) => bruteMax(feasible, (pts) => pts[p]!));
          expect(idealPoint(space).points).toEqual(ideal);
          const want = bruteMax(feasible, (pts) => Math.min(...pts.map((x, p) => (x - d[p]!) / (ideal[p]! - d[p]!))));
          expect(close(ks.value, want)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts a party that walked away from a deal binding only those who stay at the better of its points and its BATNA in the max joint gain', () => {
    fc.assert(
      fc.property(domainArb, fc.integer({ min: 1, max: 255 }), fc.boolean(), (base, mask, stayers) => {
        const left = base.parties.filter((_, p) => mask & (1 << p)).map((p) => p.id);
        const domain: Domain = {
          ...base,
          agreement: { ...base.agreement, binds: stayers ? 'stayers' : 'all' },
          context: { ...base.context, partyLeft: left },
        };
        const free = (p: number) => stayers && left.includes(domain.parties[p]!.id);
        const want = bruteMax(allOutcomes(domain), (pts) =>
          pts.reduce((s, x, p) => s + (free(p) ? Math.max(x, domain.parties[p]!.batna) : x), 0),
        );
        expect(maxJointGain(compileSpace(domain)).value).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the Nash point on a space too large for its first, quick pass', () => {
    // 4^8 packages, 8 opposed parties: the first pass stops at 5,000 nodes, so the answer comes from the
    // second (tangent) pass.
    for (const seed of [1, 2, 3]) {
      const options = [4, 4, 4, 4, 4, 4, 4, 4];
      const domain = randomDomain(seed, { parties: 8, options, opposition: 0.9, points: 'continuous', scale: 1000 });
      const space = compileSpace(domain);
      const d = disagreement(domain);
      const feasible = allOutcomes(domain).filter((o) => o.points.every((x, p) => x > d[p]!));
      const want = bruteMax(feasible, (pts) => pts.reduce((s, x, p) => s + Math.log(x - d[p]!), 0));
      const nash = nashPoint(space);
      expect(nash.nodes).toBeGreaterThan(5000);
      expect(close(nash.value, want)).toBe(true);
    }
  });

  it('answers "does any package dominate this deal?" like brute force, and finds the nearest one', () => {
    fc.assert(
      fc.property(domainArb, fc.nat(), (domain, pick) => {
        const space = compileSpace(domain);
        const brute = allOutcomes(domain);
        const P = domain.parties.length;
        const deal = brute[pick % brute.length]!;
        const dominators = brute.filter((o) => dominates(o.points, deal.points, allOf(P)));
        const found = findDominating(space, deal.points);
        if (dominators.length === 0) expect(found).toBeNull();
        else {
          expect(found).not.toBeNull();
          const gain = (pts: number[]) => pts.reduce((s, x, p) => s + x - deal.points[p]!, 0);
          expect(gain(found!.points)).toBe(bruteMax(dominators, gain));
        }
        const nearest = nearestDominating(space, indexOfChoice(space, deal.choice)!);
        if (dominators.length === 0) expect(nearest).toBeNull();
        else {
          const changes = (c: number[]) => c.filter((x, i) => x !== deal.choice[i]).length;
          const fewest = Math.min(...dominators.map((o) => changes(o.choice)));
          expect(nearest!.issuesChanged).toBe(fewest);
          expect(changes(choiceOfIndex(space, nearest!.index))).toBe(fewest);
        }
      }),
      { numRuns: 200 },
    );
  });
});
