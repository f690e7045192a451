/**
 * The middle counter (src/bots/middleCounter.ts): in the round before the end game a party the deal needs claims
 * the middle option instead of objecting or countering on the same issue. On pathogen access and benefit sharing
 * (seed 2) all-adaptive tables settled on standard contracts with any database (55% of the best carriable joint
 * gain): in round 4 the producer states countered the providers' national consent with open access, their ideal;
 * with the rule they claim registered access, the middle option, and the deal holds it (95%).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { effectiveBatna, initialState, previewPackage, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const pathogen = () => libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;

describe('the middle counter', () => {
  it('on pathogen access (seed 2) the producer states claim registered access before the end game, and the deal holds it', () => {
    const scenario = pathogen();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 2, 'normal');
    let state: GameState = initialState(scenario, {}, 2);
    let claimed = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (p === 'producer-states' && a.type === 'amend' && a.issue === 'sequence-access' && state.table) {
        expect(a.option).toBe('registered');
        expect(state.round).toBe(scenario.protocol.rounds - 2);
        // It gains the producer states and keeps them above their BATNA, by the engine's exact points.
        const before = previewPackage(state, p, state.table.package).points;
        const after = previewPackage(state, p, { ...state.table.package, [a.issue]: a.option }).points;
        expect(after).toBeGreaterThan(before);
        expect(after).toBeGreaterThan(effectiveBatna(state, p));
        claimed = true;
      }
      state = move.state;
    }
    expect(claimed).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 2 ends on a deal');
    expect(outcome.package['sequence-access']).toBe('registered');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.9);
  });
});
