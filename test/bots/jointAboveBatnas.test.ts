/**
 * The better text every party can live with (src/bots/jointAboveBatnas.ts): where keepAboveBatnas.ts has the
 * adaptive bot back the table in the round before the end game, a party the deal does not need tables instead
 * the package its models say leaves every other party clearly above its BATNA with more joint value. On
 * autonomous-vehicle data (seed 1) the privacy advocates table regulators-and-investigators access, three-year
 * retention, coarse position and investigators-and-insurers across the border, and the end game carries it:
 * every party at or above its BATNA, 62% of the best carriable joint gain (before: the insurers' text, 53%).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { ENDGAME_ROUNDS } from '../../src/bots/endgame.ts';
import { initialState, score, type GameState, type Package } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const av = () => libraryScenarios().find((s) => s.file === 'autonomous-vehicle-data.json')!.scenario;

describe('the better text every party can live with', () => {
  it('the privacy advocates table it in the round before the end game, and the deal leaves every party at or above its BATNA with more joint gain (autonomous-vehicle data, seed 1)', () => {
    const scenario = av();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    const tabled: Package[] = [];
    while (state.status === 'running' && state.active) {
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (
        a.type === 'propose' &&
        a.party === 'privacy-advocates' &&
        state.round === scenario.protocol.rounds - ENDGAME_ROUNDS - 1
      )
        tabled.push(a.package);
      state = move.state;
    }
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('autonomous-vehicle data seed 1 ends on a deal');
    expect(outcome.package).toEqual({
      'crash-data-access': 'regulators-and-investigators',
      retention: 'three-years',
      'location-data': 'coarse-position',
      'cross-border-access': 'investigators-and-insurers',
      'data-format': 'unece-aligned',
      authority: 'federal-floor',
    });
    expect(tabled).toContainEqual(outcome.package);
    for (const s of Object.values(score(state).parties)) expect(s.surplus).toBeGreaterThanOrEqual(0);
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.6);
  });
});
