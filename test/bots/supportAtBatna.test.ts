/**
 * A text worth exactly a party's BATNA leaves it as well off as no deal: a bot backs it only when its
 * support closes the deal at once (src/bots/acceptability.ts), and says so.
 */
import { describe, expect, it } from 'vitest';
import { acceptable } from '../../src/bots/acceptability.ts';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

describe('a text worth exactly the BATNA', () => {
  it('is backed when the support closes the deal (Harborco-like 1, round 7: Foxtrot at 81 of 81)', () => {
    // (Harborco-like 15's Charlie showed it until the narrow-zone end game, narrowZone.ts, changed that game.)
    const scenario = harborcoLike(1);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let reason = '';
    while (state.status === 'running') {
      const m = computerMove(state, configs)!;
      if (m.party === 'foxtrot-party' && state.round === 7) reason = m.explain?.() ?? '';
      state = m.state;
    }
    expect(state.outcome?.kind).toBe('agreement');
    expect(reason).toContain('its BATNA exactly');
  });

  it('is not backed when the support would not close it', () => {
    const scenario = harborcoLike(1);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let checked = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const view = viewFor(state, p);
      const ctx = buildContext(view, configs[p]!);
      if (state.table && ctx.tablePoints === ctx.board.batna) {
        const stances = { ...state.table.stances };
        // Its move after its word in the tour de table, if it says one first.
        let next = computerMove(state, configs)!;
        if (next.action.type === 'live-with') next = computerMove(next.state, configs)!;
        const closes = next.state.outcome?.kind === 'agreement';
        // Without anybody's support but the author's, one more supporter never closes an n−1-of-n text.
        const bare = { [state.table.author]: 'support' as const };
        expect(acceptable(ctx, bare)).toBe(false);
        if (!closes) expect(acceptable(ctx, stances)).toBe(false);
        checked++;
      }
      state = computerMove(state, configs)!.state;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
