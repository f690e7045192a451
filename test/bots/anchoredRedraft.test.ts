/**
 * The anchored redraft (src/bots/anchoredRedraft.ts): where the rule counts every party and the deal binds only
 * the stayers, the adaptive bot's redrafts are drawn twice as hard toward the text on the table. On the Osaka
 * data-free-flow table (seed 12) the European Union's round-2 counter to the United States' text kept two of its
 * six issues, and the deal settled on frameworks-respected localisation and data for development (65% of the best
 * carriable joint gain); with the rule the counter keeps four and the deal is the best carriable package.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { ANCHOR, redraftAnchor } from '../../src/bots/anchoredRedraft.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const scenarioOf = (file: string) => libraryScenarios().find((s) => s.file === file)!.scenario;

describe('the anchored redraft', () => {
  it('on the Osaka table (seed 12) the European Union’s round-2 counter keeps four issues of the table and the deal is the best carriable package', () => {
    const scenario = scenarioOf('data-free-flow-osaka.json');
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 12, 'normal');
    let state: GameState = initialState(scenario, {}, 12);
    let kept: number | null = null;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (p === 'european-union' && state.round === 2 && a.type === 'propose' && state.table) {
        const table = state.table.package;
        kept = Object.entries(a.package).filter(([issue, option]) => table[issue] === option).length;
      }
      state = move.state;
    }
    expect(kept).toBe(4);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('Osaka seed 12 ends on a deal');
    expect(outcome.package.localisation).toBe('necessity-test');
    expect(outcome.package.development).toBe('capacity-building');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.99);
  });

  it('holds only where the rule counts every party and binds the stayers, and can leave out two parties or more', () => {
    const anchorOn = (file: string) => {
      const scenario = scenarioOf(file);
      const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
      const state = initialState(scenario, {}, 1);
      const p = state.active!;
      return redraftAnchor(buildContext(viewFor(state, p), configs[p]!));
    };
    expect(anchorOn('data-free-flow-osaka.json')).toBeGreaterThan(ANCHOR);
    // Counts only the parties present: a walk-out lowers the bar.
    expect(anchorOn('data-passport.json')).toBe(ANCHOR);
    // Binds every party.
    expect(anchorOn('safe-harbor-revocation.json')).toBe(ANCHOR);
    // Can leave out one party at most (6 of 7).
    expect(anchorOn('humanitarian-data-lab.json')).toBe(ANCHOR);
  });
});
