/**
 * pivotalLastSupport.ts: in the last round, a party whose support, alone or with the silent parties',
 * would carry a text that beats its BATNA backs it even where the text holds its lowest option on an
 * issue it cares most about. Random tables (test/support/randomScenario.ts), red lines and events stripped, every BATNA below
 * every package.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('the deciding vote in the last round', () => {
  it('tables whose last text needs the barred, silent parties end in a deal', () => {
    // Measured: without the rule none ends in a deal (the barred parties stay silent to the deadline);
    // 293 needs the silent parties counted (five barred, none deciding alone).
    for (const seed of [139, 293, 413]) {
      const game = playGame(randomTable(seed, 'below'), { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
