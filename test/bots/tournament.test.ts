/** A small tournament runs in the suite: agreements happen and the figures are in range. */
import { describe, expect, it } from 'vitest';
import { runTournament, strategyMixes } from '../../src/bots/tournament.ts';
import { STRATEGIES } from '../../src/bots/types.ts';
import { loadScenario, FLAGSHIPS } from './support.ts';

describe('tournament', () => {
  it('lists homogeneous tables and every rotation of the mixed table', () => {
    const mixes = strategyMixes();
    expect(mixes.filter((m) => !m.mixed).map((m) => m.name)).toEqual([...STRATEGIES]);
    expect(mixes.filter((m) => m.mixed)).toHaveLength(STRATEGIES.length);
  });

  it.each(FLAGSHIPS)('20 games on %s', (file) => {
    const scenario = loadScenario(file);
    let progress = 0;
    const r = runTournament(scenario, { games: 20, seed: 3, onProgress: (done) => (progress = done) });
    expect(progress).toBe(20);
    expect(r.results).toHaveLength(20);
    expect(r.results.some((g) => g.agreement)).toBe(true);
    // All-bot tables reach a deal where one is possible (bench: ≥ 80% over 200+ games; 20 games here).
    expect(r.agreementRateWithZopa ?? 0).toBeGreaterThanOrEqual(0.65);
    for (const g of r.results) {
      if (g.shareOfMaxJointGain !== null) expect(g.shareOfMaxJointGain).toBeLessThanOrEqual(1 + 1e-9);
      // A deal the rule carried can never beat the best carriable joint gain.
      if (g.agreement && g.shareOfFeasibleJointGain !== null) expect(g.shareOfFeasibleJointGain).toBeLessThanOrEqual(1 + 1e-9);
      if (g.agreement && g.shareOfFeasibleJointGain !== null && g.shareOfMaxJointGain !== null) expect(g.shareOfFeasibleJointGain).toBeGreaterThanOrEqual(g.shareOfMaxJointGain - 1e-9);
      if (g.distanceToFrontier !== null) expect(g.distanceToFrontier).toBeGreaterThanOrEqual(0);
    }
    for (const s of r.strategies) {
      expect(s.seats).toBeGreaterThan(0);
      expect(s.meanScore >= 0 && s.meanScore <= 100).toBe(true);
    }
    // Reproducible from its seed.
    const again = runTournament(scenario, { games: 20, seed: 3 });
    expect(again.results.map((g) => g.seats)).toEqual(r.results.map((g) => g.seats));
  });
});
