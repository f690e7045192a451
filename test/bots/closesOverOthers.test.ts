/**
 * Not closing over another party early (src/bots/acceptability.ts `closesOverOthers`): before the end game the
 * adaptive bot does not give up its aim to close a text its models say leaves another party under its BATNA.
 * On random median table 998 (test/support/negotiationGames.ts: three parties, majority, alpha required, 8 rounds)
 * alpha's support closed bravo's text in round 2 though it left charlie 21 under its BATNA (a deal at 42% of the
 * best carriable joint gain); with the rule alpha counters, and the deal in round 4 leaves every party above its
 * BATNA at the best carriable joint gain.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type GameState } from '../../src/engine/index.ts';
import { randomTable } from '../support/negotiationGames.ts';

describe('not closing over another party early', () => {
  it('on random median table 998 alpha does not close, in round 2, the text that leaves charlie under', () => {
    const scenario = randomTable(998, 'median');
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 998, 'normal');
    let state: GameState = initialState(scenario, {}, 998);
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      if (p === 'alpha-party' && state.round === 2 && state.table?.author === 'bravo-party')
        expect(move.action.type).not.toBe('support');
      state = move.state;
    }
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('random median table 998 ends on a deal');
    expect(outcome.round).toBeGreaterThan(2);
    const metrics = gameMetrics(state);
    expect(metrics.shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });
});
