/**
 * stalledTable.ts: a bot backing a text the objections already block, having waited a lap on it, redrafts it
 * before the last round instead of waiting again. Random tables (randomTable 'median': red lines and events
 * stripped, each BATNA at the median of the party's packages) where a package beats every BATNA.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { decide } from '../../src/bots/decide.ts';
import { stalledTableCounter } from '../../src/bots/stalledTable.ts';
import { randomTable } from '../support/negotiationGames.ts';
import { turnOf } from './support.ts';

describe('a stalled table', () => {
  it('is redrafted by a party backing the blocked text, not waited on to the deadline', () => {
    // Seed 79: bravo, required and Track II, objects to alpha's text of round 4; alpha and echo waited
    // "it already supports the text" for three laps and no deal came. Now, bravo the only objector left (it
    // may not table text), alpha redrafts in round 7 of 8 and the deal passes in that round.
    const sc = randomTable(79, 'median');
    const { view, legal, config } = turnOf(sc, 79, 'alpha-party', 7);
    expect(view.table?.author).toBe('alpha-party');
    const objectors = Object.entries(view.table?.stances ?? {}).filter(([, s]) => s === 'object');
    expect(objectors.map(([p]) => p)).toEqual(['bravo-party']);
    expect(view.parties.find((p) => p.id === 'bravo-party')?.track).toBe('II');
    const ctx = buildContext(view, config);
    expect(ctx.tablePoints).toBeGreaterThan(ctx.board.batna);
    expect(decide(view, legal, config).type).toBe('propose');
  });

  it("is the adaptive strategy's rule: the classic strategies keep waiting, as published", () => {
    const sc = randomTable(79, 'median');
    const { view, legal, config } = turnOf(sc, 79, 'alpha-party', 7);
    const stances = view.table?.stances ?? {};
    expect(stalledTableCounter(buildContext(view, config), legal, stances)).not.toBeNull();
    for (const strategy of ['boulware', 'linear', 'conceder', 'tit-for-tat', 'principled'] as const)
      expect(stalledTableCounter(buildContext(view, { ...config, strategy }), legal, stances)).toBeNull();
  });

  it('so tables that stalled on a blocked text reach a deal', () => {
    // Measured: without the rule each of these ends with no deal after two idle laps or more, or a redraft late.
    // (Seed 572, once among them, ends without a deal since draftlessBacking.ts lets its Track II delta back
    // texts early: bravo, required, then objects alone to texts nobody moves off its worst option-2-1.)
    for (const seed of [79, 179, 277, 431, 672, 701]) {
      const game = playGame(randomTable(seed, 'median'), { seed, strategies: ['adaptive'], difficulty: 'normal' });
      expect(game.state.outcome?.kind).toBe('agreement');
    }
  });
});
