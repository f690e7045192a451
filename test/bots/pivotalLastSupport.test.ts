/**
 * pivotalLastSupport.ts: in the last round, a party whose support, alone or with the silent parties',
 * would carry a text that beats its BATNA backs it even where the text holds its lowest option on an
 * issue it cares most about. Random tables (test/support/randomScenario.ts), red lines and events stripped, every BATNA below
 * every package.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { randomScenario, seededRandom } from '../support/randomScenario.ts';

/** Seed `seed`'s fuzz table: 2-8 parties, 1-4 issues of 2-5 options, every package above every BATNA. */
function aboveTable(seed: number): Scenario {
  const r = seededRandom(seed * 7919);
  const parties = 2 + Math.floor(r() * 7);
  const sc = structuredClone(randomScenario(seed, { parties: [parties, parties], issues: [1, 4], options: [2, 5] }));
  for (const p of sc.parties) {
    p.redLines = [];
    p.batna.points = -50;
  }
  return { ...sc, events: [], scoringRules: [] };
}

describe('the deciding vote in the last round', () => {
  it('tables whose last text needs the barred, silent parties end in a deal', () => {
    // Measured: without the rule none ends in a deal (the barred parties stay silent to the deadline);
    // 293 needs the silent parties counted (five barred, none deciding alone).
    for (const seed of [139, 293, 413]) {
      const game = playGame(aboveTable(seed), { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
