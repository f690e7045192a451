/**
 * Keeping a concession (src/bots/keptConcession.ts): in the round before the end game a party the deal needs
 * does not amend back an issue on which the text holds what its own latest text offered. On pathogen access and
 * benefit sharing (seed 12) the producer states conceded registered sequence access in round 3; in round 4 the
 * provider countries claimed target-20 on that text, and the producers amended sequence access back to open
 * (the providers' red line), so the end game carried the PIP menu (86% of the best carriable joint gain). With
 * the rule they back the text and the deal holds registered access and target-20 (97%).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type Action, type GameState, type Package } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const pathogen = () => libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;

/**
 * Plays an all-adaptive pathogen game, handing each move of the producer states in the round before the end game
 * (with the text on the table) to `watch`; returns the finished game.
 */
function playWatchingProducers(seed: number, watch: (a: Action, table: Package) => void): GameState {
  const scenario = pathogen();
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const move = computerMove(state, configs)!;
    if (p === 'producer-states' && state.round === scenario.protocol.rounds - 2 && state.table)
      watch(move.action, state.table.package);
    state = move.state;
  }
  return state;
}

describe('keeping a concession', () => {
  it('on pathogen access (seed 12) the producer states back the target-20 text rather than take open access back', () => {
    let backed = false;
    const state = playWatchingProducers(12, (a, table) => {
      expect(a.type === 'amend' && a.option === 'open').toBe(false);
      if (a.type === 'support' && table['supply-share'] === 'target-20') backed = true;
    });
    expect(backed).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 12 ends on a deal');
    expect(outcome.package['sequence-access']).toBe('registered');
    expect(outcome.package['supply-share']).toBe('target-20');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });

  it('on pathogen access (seed 25) the producer states back the registered-access text rather than claim any database back before backing it', () => {
    let backed = false;
    const state = playWatchingProducers(25, (a, table) => {
      expect(a.type === 'amend' && a.issue === 'data-holder').toBe(false);
      if (a.type === 'support' && table['data-holder'] === 'authorised-network') backed = true;
    });
    expect(backed).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 25 ends on a deal');
    expect(outcome.package['data-holder']).toBe('authorised-network');
    expect(outcome.package.licensing).toBe('agreed-terms');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });
});
