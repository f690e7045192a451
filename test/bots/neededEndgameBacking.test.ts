/**
 * neededEndgameBacking.ts: in the end game a party the deal needs backs a text above its BATNA (where the rule
 * needs every party or can leave out two or more) rather than object to it as short of its aim. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('a needed party in the end game', () => {
  it('backs a text above its BATNA, so the text the others carry passes', () => {
    // Seed 964: weighted majority of two thirds, bravo required, five rounds. Without the rule bravo objected in
    // round 4 to delta's text (2 over its BATNA) as short of its aim, and the game ended with no deal.
    const seed = 964;
    const sc = randomTable(seed, 'median');
    expect(sc.agreement.required).toEqual(['bravo-party']);
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const outcome = game.state.outcome;
    expect(outcome?.kind).toBe('agreement');
    if (outcome?.kind !== 'agreement') return;
    expect(outcome.supporters).toContain('bravo-party');
    expect(game.report.parties['bravo-party']?.surplus).toBeGreaterThan(0);
  });
});
