/**
 * The near last shot (src/bots/nearLastShot.ts): in the last round the first mover tables a candidate near the
 * table and far likelier carried than it even where the candidate leaves one party out likelier than the table.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type GameState } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

function play(seed: number): { state: GameState; lastRoundFirst: string } {
  const scenario = harborcoLike(seed);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  let lastRoundFirst = '';
  while (state.status === 'running') {
    const m = computerMove(state, configs)!;
    if (state.round === scenario.protocol.rounds && m.party === 'alpha-party' && !lastRoundFirst)
      lastRoundFirst = m.action.type;
    state = m.state;
  }
  return { state, lastRoundFirst };
}

describe('the near last shot', () => {
  it('replaces a table rated unlikely carried with a text one issue away that leaves one party out (Harborco-like 271)', () => {
    // Round 8: Alpha rates the table carried at 0.28, a text one issue away at 0.77; the text moves Delta, behind
    // the table, under its floor. Before, Alpha backed the table, which the parties yet to state on it sank.
    const { state, lastRoundFirst } = play(271);
    expect(['amend', 'propose']).toContain(lastRoundFirst);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('does the same where the table is its author’s alone (Harborco-like 498)', () => {
    const { state, lastRoundFirst } = play(498);
    expect(['amend', 'propose']).toContain(lastRoundFirst);
    expect(state.outcome?.kind).toBe('agreement');
  });
});
