/**
 * No courting a party one is about to table against (src/bots/courtingAgainst.ts): in the end game the adaptive
 * bot does not offer a coalition to a party its own main move of the same turn puts under its estimated BATNA.
 * Autonomous-vehicle data, seed 3: in the end game's first round the federal regulator's talk drew an offer to the
 * insurers, which made coalitionReopening.ts owe them, so it backed the privacy advocates' 62% text. Now it makes
 * no offer, amends the border access to the investigator agreement, and the deal holds 93% of the best carriable
 * joint gain (the insurers, whom the rule can leave out, 4 under their BATNA). Seed 84: an offer to a party the
 * move does not table against (the state regulator) is still made.
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { ENDGAME_ROUNDS } from '../../src/bots/endgame.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';
import { playKeeping } from '../support/botGame.ts';

const av = () => libraryScenarios().find((s) => s.file === 'autonomous-vehicle-data.json')!.scenario;

/** An all-adaptive game of autonomous-vehicle data: its end and the federal regulator's moves in the end game's first round. */
function play(seed: number): { state: GameState; federal: Action[] } {
  const scenario = av();
  const round = scenario.protocol.rounds - ENDGAME_ROUNDS;
  const { state, kept } = playKeeping(
    scenario,
    { seed, strategies: ['adaptive'] },
    { party: 'federal-regulator', round },
  );
  return { state, federal: kept.map((m) => m.action).filter((a) => a.type !== 'live-with') };
}

describe('no courting a party one is about to table against', () => {
  it('the federal regulator does not offer the insurers a coalition in the turn it amends the text against them, and the deal holds 93% of the best carriable joint gain (autonomous-vehicle data, seed 3)', () => {
    const { state, federal } = play(3);
    expect(federal.filter((a) => a.type === 'offer-coalition')).toEqual([]);
    expect(federal.find((a) => a.type !== 'present-evidence')).toEqual({
      type: 'amend',
      party: 'federal-regulator',
      issue: 'cross-border-access',
      option: 'investigator-agreement',
    });
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('autonomous-vehicle data seed 3 ends on a deal');
    expect(outcome.package['cross-border-access']).toBe('investigator-agreement');
    expect(outcome.supporters).not.toContain('insurers');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.9);
  });

  it('still courts a party its move does not table against (seed 84: the state regulator, then backs the text)', () => {
    const { federal } = play(84);
    expect(federal.find((a) => a.type === 'offer-coalition')).toMatchObject({ to: 'state-regulator' });
    expect(federal.find((a) => a.type === 'support' || a.type === 'amend')?.type).toBe('support');
  });
});
