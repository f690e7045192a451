/**
 * soleTabler.ts: the only party that may table text counters its own text once an objection blocks
 * it, rather than wait for a counter the Track II parties cannot table. Random tables
 * (test/support/randomScenario.ts), red lines and events stripped, each BATNA at the median of the
 * party's packages, where a single party is on Track I.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { randomScenario, seededRandom } from '../support/randomScenario.ts';

/** Seed `seed`'s fuzz table with every BATNA at the median of the party's own package points. */
function medianTable(seed: number): Scenario {
  const r = seededRandom(seed * 7919);
  const parties = 2 + Math.floor(r() * 7);
  const sc = structuredClone(randomScenario(seed, { parties: [parties, parties], issues: [1, 4], options: [2, 5] }));
  let packages: Record<string, string>[] = [{}];
  for (const issue of sc.issues) {
    const options = issue.options.filter((o) => o.available !== false).map((o) => o.id);
    packages = packages.flatMap((p) => options.map((o) => ({ ...p, [issue.id]: o })));
  }
  for (const p of sc.parties) {
    const points = packages
      .map((k) => Object.entries(k).reduce((s, [i, o]) => s + (p.sheet[i]?.[o] ?? 0), 0))
      .sort((a, b) => a - b);
    p.redLines = [];
    p.batna.points = points[Math.floor((points.length - 1) / 2)] ?? 0;
  }
  return { ...sc, events: [], scoringRules: [] };
}

describe('the sole Track I party', () => {
  it('counters its own objected text, so tables with packages above every BATNA reach a deal', () => {
    // Measured: without the rule the Track I party waits on its opening text to the deadline in each.
    for (const seed of [530, 603, 966]) {
      const sc = medianTable(seed);
      expect(sc.parties.filter((p) => p.track !== 'II')).toHaveLength(1);
      const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
