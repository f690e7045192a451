/**
 * lastLapShot.ts: before the last round, where the rule can leave out two parties or more, a needed party the
 * table leaves under its BATNA that finds no text to table widens its search to two-issue changes and tables the
 * second-tier text worth most to it, rather than object. Traced on all-adaptive Safe Harbor, seed 1: the
 * Commission, first to move in round 7, objected to Commerce's text with no commitment on surveillance.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { ownPoints, choiceOf } from '../../src/bots/board.ts';
import { buildContext } from '../../src/bots/context.ts';
import { decide } from '../../src/bots/decide.ts';
import { partyStands } from '../../src/bots/endgame.ts';
import { lastLapTexts } from '../../src/bots/lastLapShot.ts';
import { loadScenario, turnOf } from './support.ts';

const SAFE_HARBOR = 'scenarios/safe-harbor-revocation.json';

describe('lastLapShot: the last lap gets a text, not an objection', () => {
  it('makes the Commission table a presidential order with the review court in round 7 (Safe Harbor seed 1)', () => {
    const { view, legal, config } = turnOf(loadScenario(SAFE_HARBOR), 1, 'commission', 7);
    const ctx = buildContext(view, config);
    // The table leaves the Commission under its BATNA, and the rule widens its search.
    expect(ctx.tablePoints!).toBeLessThan(ctx.board.batna);
    expect(lastLapTexts(ctx, false, partyStands(ctx)).length).toBeGreaterThan(0);
    const action = decide(view, legal, config);
    expect(action).toMatchObject({
      type: 'propose',
      package: { 'surveillance-limits': 'presidential-order', redress: 'review-court' },
    });
    if (action.type !== 'propose') return;
    const chosen = choiceOf(ctx.board, action.package);
    expect(chosen).not.toBeNull();
    expect(ownPoints(ctx.board, chosen!)).toBeGreaterThan(ctx.board.batna);
  });

  it('does not apply where a text was found', () => {
    const { view, config } = turnOf(loadScenario(SAFE_HARBOR), 1, 'commission', 7);
    const ctx = buildContext(view, config);
    expect(lastLapTexts(ctx, true, partyStands(ctx))).toEqual([]);
  });

  it('carries the Commission’s text: seed 1 ends on a presidential order with the review court', () => {
    const game = playGame(loadScenario(SAFE_HARBOR), { seed: 1, strategies: ['adaptive'] });
    expect(game.state.outcome).toMatchObject({
      kind: 'agreement',
      package: { 'surveillance-limits': 'presidential-order', redress: 'review-court' },
    });
  });
});
