/**
 * Keeping the text every party can live with (src/bots/keepAboveBatnas.ts): in the round before the end
 * game the adaptive bot backs, rather than counters, a text its models say leaves every party at or above
 * its estimated BATNA when the counter would leave the text's author under. On autonomous-vehicle data the
 * privacy advocates then back the insurers' amendment instead of amending it back, and the end game carries
 * the one-issue-away package that leaves every party at or above its BATNA (before: the insurers under theirs).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { chooseCounter } from '../../src/bots/counter.ts';
import { keepAboveBatnas } from '../../src/bots/keepAboveBatnas.ts';
import { initialState, legalActions, score, viewFor, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const av = () => libraryScenarios().find((s) => s.file === 'autonomous-vehicle-data.json')!.scenario;

describe('keeping a text every party can live with', () => {
  it('the privacy advocates back the insurers’ text in the round before the end game, and the deal leaves every party at or above its BATNA (autonomous-vehicle data, seed 1)', () => {
    const scenario = av();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let kept = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const view = viewFor(state, p);
      const ctx = buildContext(view, configs[p]!);
      const legal = legalActions(state, p);
      if (keepAboveBatnas(ctx, legal, chooseCounter(ctx, legal))) kept++;
      state = computerMove(state, configs)!.state;
    }
    expect(kept).toBeGreaterThan(0);
    expect(state.outcome?.kind).toBe('agreement');
    const report = score(state);
    for (const s of Object.values(report.parties)) expect(s.surplus).toBeGreaterThanOrEqual(0);
  });

  it('applies only where the deal binds every party', () => {
    const ocap = libraryScenarios().find((s) => s.file === 'ocap-research-agreement.json')!.scenario;
    const configs = botConfigs(ocap, assignStrategies(ocap, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(ocap, {}, 1);
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const ctx = buildContext(viewFor(state, p), configs[p]!);
      const legal = legalActions(state, p);
      expect(keepAboveBatnas(ctx, legal, chooseCounter(ctx, legal))).toBeNull();
      state = computerMove(state, configs)!.state;
    }
  });
});
