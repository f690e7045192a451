/**
 * silentPull.ts: no joint pull in the end game while some other party at the table has backed no text (its
 * model is flat), unless the table holds the mover's own lowest option on an issue it cares most about.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { decide } from '../../src/bots/decide.ts';
import { silentParties } from '../../src/bots/ownInJointPull.ts';
import { silentPull } from '../../src/bots/silentPull.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { LegalAction, PartyView } from '../../src/engine/index.ts';
import type { BotConfig } from '../../src/bots/types.ts';
import { loadScenario } from './support.ts';

const SAFE_HARBOR = 'scenarios/safe-harbor-revocation.json';
const MAIN_MOVES = new Set(['propose', 'amend', 'support', 'object', 'pass', 'call-vote', 'walk-away']);

/** The first main move turn of `party` in `round` of an all-adaptive Safe Harbor game. */
function turnOf(
  seed: number,
  party: string,
  round: number,
): { view: PartyView; legal: LegalAction[]; config: BotConfig } {
  const scenario = loadScenario(SAFE_HARBOR);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state = initialState(scenario, {}, seed);
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const view = viewFor(state, p);
    const legal = legalActions(state, p);
    const config = configs[p]!;
    const action = decide(view, legal, config);
    if (p === party && state.round === round && MAIN_MOVES.has(action.type)) return { view, legal, config };
    const r = apply(state, action);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  throw new Error(`no turn of ${party} in round ${round}`);
}

describe('silentPull: the end game does not pull toward the parties that spoke', () => {
  it('turns the pull off for US Commerce in round 7 of Safe Harbor seed 1 (silent parties at the table)', () => {
    const { view, config } = turnOf(1, 'us-commerce', 7);
    const ctx = buildContext(view, config);
    expect(silentParties(ctx)).toBeGreaterThan(0);
    expect(silentPull(ctx, 10)).toBe(0);
  });

  it('makes Commerce table the suspension clause with the review court (every party but the activists above its BATNA)', () => {
    const { view, legal, config } = turnOf(1, 'us-commerce', 7);
    const action = decide(view, legal, config);
    expect(action).toMatchObject({
      type: 'propose',
      package: { redress: 'review-court', review: 'suspension-clause' },
    });
  });
});
