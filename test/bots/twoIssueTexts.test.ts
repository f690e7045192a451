/**
 * The needed party's wider end-game search (src/bots/twoIssueTexts.ts): where the rule can leave out one party
 * at most, before the last round, the adaptive needed party also weighs two-issue changes of the table and of
 * the other needed parties' backed texts. On the generated Harborco-like game 106 the end game then ends in a
 * deal (before: none).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs, playGame } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { partyStands } from '../../src/bots/endgame.ts';
import { isNeeded } from '../../src/bots/tableOutlook.ts';
import { twoIssueTexts } from '../../src/bots/twoIssueTexts.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

describe('the needed party’s wider end-game search', () => {
  it('weighs two-issue changes of the table before the last round, for needed parties only', () => {
    const scenario = harborcoLike(106);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 106, 'normal');
    let state: GameState = initialState(scenario, {}, 106);
    let widened = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const view = viewFor(state, p);
      const ctx = buildContext(view, configs[p]!);
      const texts = twoIssueTexts(ctx, partyStands(ctx));
      if (view.round === view.rounds || !isNeeded(view)) expect(texts).toEqual([]);
      else if (ctx.table) {
        const table = ctx.table;
        expect(texts.length).toBeGreaterThan(0);
        const changed = (c: readonly number[]) => c.filter((k, i) => k !== table[i]).length;
        expect(texts.some((c) => changed(c) === 2)).toBe(true);
        widened++;
      }
      state = computerMove(state, configs)!.state;
    }
    expect(widened).toBeGreaterThan(0);
  });

  it('finds the deal of Harborco-like game 106', () => {
    const g = playGame(harborcoLike(106), { seed: 106, strategies: ['adaptive'] });
    expect(g.state.outcome?.kind).toBe('agreement');
  });
});
