/**
 * twoRoundAtBatnaBacking.ts: in a two-round table the rule can carry without every party, the adaptive party the
 * table leaves exactly at its BATNA backs it in the first round once two others back it. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('the party at its BATNA in a two-round table', () => {
  it('backs an opening others back in the first round, so the rule carries it', () => {
    // Seed 407: weighted majority, eight parties, two rounds. Without the rule Echo, at 22 of 22, objected to
    // Golf's opening that five parties backed; the second round's amendment lost three of them: no deal.
    const seed = 407;
    const sc = randomTable(seed, 'median');
    expect(sc.protocol.rounds).toBe(2);
    expect(sc.agreement.rule).toBe('weighted-majority');
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    expect(game.state.outcome?.kind).toBe('agreement');
    expect(game.state.round).toBe(1);
  });
});
