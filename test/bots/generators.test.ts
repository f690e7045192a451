/** The bench's generated negotiations (issue 15): the shapes they promise, valid, with a zone of agreement. */
import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../src/engine/gameDomain.ts';
import { initialState } from '../../src/engine/index.ts';
import { harborcoLike, researchLike } from '../support/negotiationGames.ts';

const zoneExists = (scenario: ReturnType<typeof harborcoLike>): boolean => {
  const a = analysisOf(initialState(scenario, {}, 1), 1);
  return a.space !== null && a.space !== undefined && a.zone(a.space).exists;
};

describe('generated negotiations for the bots bench', () => {
  it('Harborco-like games: 6–7 parties, 5–6 issues, n−1 of n with two required parties, a narrow zone', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const s = harborcoLike(seed);
      expect(s.parties.length).toBeGreaterThanOrEqual(6);
      expect(s.parties.length).toBeLessThanOrEqual(7);
      expect(s.issues.length).toBeGreaterThanOrEqual(5);
      expect(s.issues.length).toBeLessThanOrEqual(6);
      expect(s.agreement.required).toHaveLength(2);
      const n = s.parties.length;
      // n − 1 supporters carry it, n − 2 do not.
      expect(n - 1).toBeGreaterThan(s.agreement.threshold * n);
      expect(n - 2).toBeLessThanOrEqual(s.agreement.threshold * n);
      expect(zoneExists(s)).toBe(true);
      expect(harborcoLike(seed)).toEqual(s);
    }
  });

  it('research-like domains: 2–8 parties under unanimity, some with a single narrow zone', () => {
    const all = Array.from({ length: 9 }, (_, k) => researchLike(k + 1));
    for (const s of all) {
      expect(s.parties.length).toBeGreaterThanOrEqual(2);
      expect(s.parties.length).toBeLessThanOrEqual(8);
      expect(s.agreement.rule).toBe('unanimity');
      expect(zoneExists(s)).toBe(true);
    }
    expect(all.filter((s) => s.id.startsWith('research-narrow'))).toHaveLength(3);
    expect(researchLike(4, 50).protocol.rounds).toBe(50);
  });
});
