/**
 * Two-party tables (issue 15): the responder counters an opening that gives it less than its fair
 * share (src/bots/responderCounters.ts), where the closing share made it back the opener's first text
 * at once; it still backs an opening that gives it its fair share.
 */
import { describe, expect, it } from 'vitest';
import { botConfigs, assignStrategies } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, type GameState } from '../../src/engine/index.ts';
import { researchLike } from '../support/negotiationGames.ts';

/** The responder's first main move, after the opener's. */
function responderAnswer(seed: number): string {
  const scenario = researchLike(seed, 8);
  expect(scenario.parties.length).toBe(2);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  const responder = scenario.protocol.turnOrder[1];
  let state: GameState = initialState(scenario, {}, seed);
  const main = ['propose', 'amend', 'support', 'object', 'pass', 'call-vote'];
  while (state.status === 'running' && state.active) {
    const move = computerMove(state, configs);
    if (!move) break;
    state = move.state;
    const answer = state.log.find((e) => e.party === responder && main.includes(e.kind));
    if (answer) return answer.kind;
  }
  throw new Error('the responder never moved');
}

describe('the two-party responder', () => {
  it('counters an opening under its fair share (domain 118: it backed it, for a Nash share of 52%)', () => {
    expect(['propose', 'amend']).toContain(responderAnswer(118));
  });

  it('backs an opening that gives it its fair share (domain 7)', () => {
    expect(responderAnswer(7)).toBe('support');
  });
});
