/**
 * silentPull.ts: no joint pull in the end game while some other party at the table has backed no text (its
 * model is flat), unless the table holds the mover's own lowest option on an issue it cares most about.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/bots/context.ts';
import { decide } from '../../src/bots/decide.ts';
import { silentParties } from '../../src/bots/ownInJointPull.ts';
import { silentPull } from '../../src/bots/silentPull.ts';
import { holdsOwnLowestOnTopIssue } from '../../src/bots/topIssue.ts';
import { safeHarborTurn, safeHarborTurnAfterCommissionObjects } from './support.ts';

const turnOf = safeHarborTurn;
const afterCommissionObjects = safeHarborTurnAfterCommissionObjects;

describe('silentPull: the end game does not pull toward the parties that spoke', () => {
  it('turns the pull off for US Commerce in round 7 of Safe Harbor seed 1 (silent parties at the table)', () => {
    const { view, config } = turnOf(1, 'us-commerce', 7);
    const ctx = buildContext(view, config);
    expect(silentParties(ctx)).toBeGreaterThan(0);
    expect(silentPull(ctx, 10)).toBe(0);
  });

  it("keeps the pull where the table holds the mover's own lowest option on a top issue (Safe Harbor seed 3, the Commission in round 7)", () => {
    const { view, config } = turnOf(3, 'commission', 7);
    const ctx = buildContext(view, config);
    expect(silentParties(ctx)).toBeGreaterThan(0);
    expect(holdsOwnLowestOnTopIssue(ctx.board, view, ctx.texts, view.table!.package)).toBe(true);
    expect(silentPull(ctx, 10)).toBe(10);
  });

  it('makes Commerce table the suspension clause with the review court (every party but the activists above its BATNA)', () => {
    const { view, legal, config } = afterCommissionObjects(1, 'us-commerce', 7);
    const action = decide(view, legal, config);
    expect(action).toMatchObject({
      type: 'propose',
      package: { redress: 'review-court', review: 'suspension-clause' },
    });
  });
});
