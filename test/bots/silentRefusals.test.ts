/**
 * silentRefusals.ts: a party the deal needs that has tabled and backed nothing, only objected, is read by what
 * the texts it refused have in common. Random 'median' tables (test/support/negotiationGames.ts randomTable):
 * BATNAs at the median of each party's packages.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { readSilentRefusals } from '../../src/bots/silentRefusals.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('a silent party read by the texts it refused', () => {
  it('values low the options every refused text held, and weighs most the issue they agreed on', () => {
    const values = [
      [0.5, 0.5, 0.5],
      [0.5, 0.5],
    ];
    const weights = [0.5, 0.5];
    readSilentRefusals(values, weights, [
      { text: [0, 1], round: 1, objection: true },
      { text: [1, 1], round: 2, objection: true },
      { text: [2, 1], round: 3, objection: true },
    ]);
    // Issue 1 varied across the refused texts (no option to blame), issue 2 never did (option 2 held in all).
    expect(values[0]).toEqual([0.5, 0.5, 0.5]);
    expect(values[1]).toEqual([1, 0]);
    expect(weights[1]).toBeGreaterThan(weights[0] ?? 1);
  });

  it('tables whose needed party only objected end in a deal', () => {
    // Measured: without the rule none ends in a deal. 82: delta (Track II, unanimity) objects to every text,
    // nearly all holding option-3-3, its worst; read so, a text moving issue 3 to option-3-1 passes.
    for (const seed of [35, 82, 86, 93]) {
      const game = playGame(randomTable(seed, 'median'), { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
