/**
 * The joint-loss counter (src/bots/jointLossCounter.ts): in the round before the end game the adaptive bot backs
 * a text that beats its BATNA rather than counter it with a text its models say costs the others more than it
 * gains. On the Osaka data-free-flow table (seed 7) China, in the round before the end game, amended government
 * access on the best carriable text from shared principles to named challenge (8 points to it and 4 to the United
 * States; 12 off the privacy advocates, 10 off the European Union, 6 off the platforms, 2 off Japan and the small
 * firms); the end game carried that text (85% of the best carriable joint gain). With the rule China backs the
 * shared-principles text and the deal is the best carriable package.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const osaka = () => libraryScenarios().find((s) => s.file === 'data-free-flow-osaka.json')!.scenario;

describe('the joint-loss counter', () => {
  it('on the Osaka table (seed 7) China backs the shared-principles text rather than amend it to named challenge', () => {
    const scenario = osaka();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 7, 'normal');
    let state: GameState = initialState(scenario, {}, 7);
    let backed = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (p === 'china' && state.round === scenario.protocol.rounds - 2 && state.table) {
        expect(a.type === 'amend' && a.issue === 'government-access').toBe(false);
        if (a.type === 'support' && state.table.package['government-access'] === 'shared-principles') backed = true;
      }
      state = move.state;
    }
    expect(backed).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('Osaka seed 7 ends on a deal');
    expect(outcome.package['government-access']).toBe('shared-principles');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });
});
