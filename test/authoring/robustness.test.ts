/** The authoring report never throws on a scenario that loads, however odd (random scenarios). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authoringReport } from '../../src/authoring/index.ts';
import { scenarioArbitrary } from '../support/randomScenario.ts';

describe('authoring report on random scenarios', () => {
  it('returns warnings with a code, ids and a message, and never throws', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        for (const w of authoringReport(scenario)) {
          expect(w.code).toMatch(/^[a-z-]+$/);
          expect(Array.isArray(w.ids)).toBe(true);
          expect(w.message.length).toBeGreaterThan(20);
          expect(w.message).not.toMatch(/undefined|NaN|\{when\}/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
