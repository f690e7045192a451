/**
 * neededFirstMover.ts: in the round before the last, a needed adaptive party that tables after another needed
 * party breaks the end game's near-ties toward the text that party can take (it judges it first in the last round,
 * with no lap left). Safe Harbor's default-mix tournament, mixed 5 (adaptive US Commerce and European business,
 * tit-for-tat Commission, both Commission and Commerce required), seed 40: before the rule, Commerce tabled in round 7
 * written assurances on US intelligence access (69 to it, 32 to the Commission against a BATNA of 38), the
 * Commission objected first in round 8 and the game ended with no deal, as 22 of the mix's 100 games did.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { choiceOf, ownPoints } from '../../src/bots/board.ts';
import { buildContext } from '../../src/bots/context.ts';
import { forNeededFirstMovers } from '../../src/bots/neededFirstMover.ts';
import { viewFor } from '../../src/engine/index.ts';
import { loadScenario, mixGame } from './support.ts';

const scenario = loadScenario('scenarios/safe-harbor-revocation.json');
const SEED = 40;
const { strategies, configs, mainMoveOf } = mixGame(scenario, 'mixed 5', SEED);

describe('the needed first mover', () => {
  it('gets, in the round before the last, a text it can take rather than one a few points better for the author', () => {
    expect(configs['us-commerce']?.strategy).toBe('adaptive');
    expect(configs.commission?.strategy).toBe('tit-for-tat');
    const { state, move } = mainMoveOf('us-commerce', 7);
    expect(viewFor(state, 'us-commerce').rounds).toBe(8);
    expect(move.type).toBe('propose');
    if (move.type !== 'propose') return;
    // The judge's figures (never the bot's): the Commission's own sheet.
    const commission = buildContext(viewFor(state, 'commission'), configs.commission!).board;
    const commerce = buildContext(viewFor(state, 'us-commerce'), configs['us-commerce']!).board;
    const forCommission = ownPoints(commission, choiceOf(commission, move.package)!);
    expect(forCommission).toBeGreaterThanOrEqual(commission.batna);
    expect(ownPoints(commerce, choiceOf(commerce, move.package)!)).toBeGreaterThan(commerce.batna);
  });

  it('so the mix reaches the deal it lost', () => {
    const game = playGame(scenario, { seed: SEED, strategies: strategies, difficulty: 'normal' });
    expect(game.state.outcome?.kind).toBe('agreement');
    expect(game.report.parties['us-commerce']!.points).toBeGreaterThan(game.report.parties['us-commerce']!.batna);
  });

  it("is the adaptive strategy's rule: the classic strategies' rankings are left as they are", () => {
    const { state } = mainMoveOf('us-commerce', 7);
    const view = viewFor(state, 'us-commerce');
    const ranked = [
      { c: [0, 0, 0, 0, 0, 0], value: 1 },
      { c: [0, 1, 0, 0, 0, 0], value: 0.999 },
    ];
    for (const strategy of ['boulware', 'linear', 'conceder', 'tit-for-tat', 'principled'] as const) {
      const ctx = buildContext(view, { ...configs['us-commerce']!, strategy });
      expect(forNeededFirstMovers(ctx, ranked, ctx.models(), () => 0)).toBe(ranked);
    }
  });
});
