/**
 * The outvoted party's amendment (src/bots/outvotedAmendment.ts): a party the deal does not need, left under its
 * BATNA by a text the others are about to carry into a deal binding everyone, amends it in the end game's first
 * round for the least that lifts it above its BATNA, where its models say the table still carries the amended text
 * and no party behind the text falls under the aim guessed for it. Safe
 * Harbor's fourth mixed table of the default tournament (conceder, tit-for-tat, adaptive, boulware, linear in turn
 * order), seed 9: in round 7 the Department of Commerce tables written assurances and an independent review court;
 * the adaptive intelligence community (62 BATNA) gets 52 from it, and the others carry it in round 8 (before: the
 * intelligence community objected and ended 10 under its BATNA, final score 57.6, where a conceder in its seat
 * scores 65.7). It amends the limits on intelligence access to no new commitments (67 to it), the table carries
 * that text in round 8, and it ends 5 above its BATNA (final score 69.9).
 */
import { describe, expect, it } from 'vitest';
import { ENDGAME_ROUNDS } from '../../src/bots/endgame.ts';
import { score, type Action, type GameState } from '../../src/engine/index.ts';
import { playKeeping } from '../support/botGame.ts';
import { loadScenario } from './support.ts';

const safeHarbor = () => loadScenario('scenarios/safe-harbor-revocation.json');
const MIX_4 = ['conceder', 'tit-for-tat', 'adaptive', 'boulware', 'linear'] as const;

function play(seed: number): { state: GameState; moves: Action[] } {
  const scenario = safeHarbor();
  const round = scenario.protocol.rounds - ENDGAME_ROUNDS;
  const { state, kept } = playKeeping(scenario, { seed, strategies: MIX_4 }, { party: 'us-intelligence', round });
  const moves = kept.map((m) => m.action).filter((a) => ['amend', 'object', 'support', 'propose'].includes(a.type));
  return { state, moves };
}

describe('the outvoted party amends for its terms', () => {
  it('the adaptive intelligence community, about to be carried 10 under its BATNA, amends the limits on intelligence access and ends above its BATNA (Safe Harbor, mixed table 4, seed 9)', () => {
    const { state, moves } = play(9);
    expect(moves[0]).toEqual({
      type: 'amend',
      party: 'us-intelligence',
      issue: 'surveillance-limits',
      option: 'no-commitment',
    });
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('Safe Harbor mixed table 4, seed 9, ends on a deal');
    expect(outcome.package['surveillance-limits']).toBe('no-commitment');
    const intelligence = score(state).parties['us-intelligence']!;
    expect(intelligence.surplus).toBe(5);
    expect(intelligence.final).toBeGreaterThan(69);
  });
});
