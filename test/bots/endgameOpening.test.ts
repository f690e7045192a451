/**
 * endgameOpening.ts: in a two-party table whose first round is already the end game, the responder backs an
 * opening above its BATNA where the opener is needed, rather than hold out for its fair share. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('the responder of a two-round, two-party table', () => {
  it('backs an opening above its BATNA, so the game ends in a deal above both BATNAs', () => {
    // Seed 128: unanimity, one issue, two rounds. Without the rule bravo objected to alpha's opening (4 over its
    // BATNA) as short of its fair share, alpha's one answer left it 13 under, and the game ended with no deal.
    const seed = 128;
    const sc = randomTable(seed, 'median');
    expect(sc.parties).toHaveLength(2);
    expect(sc.protocol.rounds).toBe(2);
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const outcome = game.state.outcome;
    expect(outcome?.kind).toBe('agreement');
    for (const s of Object.values(game.report.parties)) expect(s.surplus).toBeGreaterThan(0);
  });
});
