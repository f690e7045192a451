/**
 * The likeliest counter (src/bots/likeliestCounter.ts): in the last round the first mover the table leaves under
 * its BATNA tables, where its first candidate is unlikely carried by the parties after it, a far likelier one.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type Action, type GameState } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

function play(seed: number): { state: GameState; lastRoundFirst: Action | null } {
  const scenario = harborcoLike(seed);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  let lastRoundFirst: Action | null = null;
  while (state.status === 'running') {
    const m = computerMove(state, configs)!;
    if (state.round === scenario.protocol.rounds && m.party === 'alpha-party' && !lastRoundFirst)
      lastRoundFirst = m.action;
    state = m.state;
  }
  return { state, lastRoundFirst };
}

describe('the likeliest counter', () => {
  it('tables a text the parties after it likely carry (Harborco-like 72: no deal before)', () => {
    // Round 8: Delta's round-7 table leaves Alpha under its BATNA. Its first candidate, one issue from the table
    // (Issue 4), it rated carried by the parties after it at under 0.15, and Delta and Echo sank it; it now tables
    // a text three issues away rated 0.42, which every party but Delta takes.
    const { state, lastRoundFirst } = play(72);
    expect(lastRoundFirst?.type).toBe('propose');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
