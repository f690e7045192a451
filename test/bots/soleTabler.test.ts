/**
 * soleTabler.ts: the only party that may table text counters its own text once an objection blocks
 * it, rather than wait for a counter the Track II parties cannot table. Random tables
 * (test/support/randomScenario.ts), red lines and events stripped, each BATNA at the median of the
 * party's packages, where a single party is on Track I.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('the sole Track I party', () => {
  it('counters its own objected text, so tables with packages above every BATNA reach a deal', () => {
    // Measured: without the rule the Track I party waits on its opening text to the deadline in each.
    for (const seed of [530, 603, 966]) {
      const sc = randomTable(seed, 'median');
      expect(sc.parties.filter((p) => p.track !== 'II')).toHaveLength(1);
      const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
