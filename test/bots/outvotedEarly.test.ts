/**
 * The outvoted party a round before the end game (src/bots/outvotedEarly.ts): where the rule can leave out one
 * party at most and the deal binds every party, the adaptive party the table leaves under its BATNA counters in
 * the round before the end game even when the others rally to the text. On the generated Harborco-like game 67
 * the text passed in round 6 over Party 3 (under its BATNA); Party 3 now amends it, and the deal leaves every
 * party at or above its BATNA.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs, playGame } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { countersOutvoted } from '../../src/bots/outvotedEarly.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import { harborcoLike, researchLike } from '../support/negotiationGames.ts';

describe('the outvoted party a round before the end game', () => {
  it('counters the text that would pass over it, and the deal leaves every party at or above its BATNA (Harborco-like 67)', () => {
    const scenario = harborcoLike(67);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 67, 'normal');
    let state: GameState = initialState(scenario, {}, 67);
    const countered: string[] = [];
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const outvoted = countersOutvoted(buildContext(viewFor(state, p), configs[p]!));
      const move = computerMove(state, configs)!;
      const action = move.state.log.at(-1)?.action;
      if (outvoted && state.round === 6 && action) countered.push(action.type);
      state = move.state;
    }
    expect(countered).toContain('amend');
    expect(countered).not.toContain('object');
    expect(state.outcome?.kind).toBe('agreement');
    const game = playGame(scenario, { seed: 67, strategies: ['adaptive'] });
    for (const s of Object.values(game.report.parties)) expect(s.surplus).toBeGreaterThanOrEqual(0);
  });

  it('applies only where the rule can leave out one party at most', () => {
    // Research-like tables decide by unanimity: every party is needed, so none is outvoted.
    const scenario = researchLike(2);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 2, 'normal');
    let state: GameState = initialState(scenario, {}, 2);
    while (state.status === 'running' && state.active) {
      const p = state.active;
      expect(countersOutvoted(buildContext(viewFor(state, p), configs[p]!))).toBe(false);
      state = computerMove(state, configs)!.state;
    }
  });
});
