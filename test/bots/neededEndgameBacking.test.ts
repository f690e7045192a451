/**
 * neededEndgameBacking.ts: in the end game a party the deal needs backs a text above its BATNA (where the rule
 * needs every party or can leave out two or more) rather than object to it as short of its aim. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages; and the rule's
 * predicate on a hand-made table (test/support/engineFixture.ts) at South's first turn.
 */
import { describe, expect, it } from 'vitest';
import { oneOutAtMost } from '../../src/bots/aboveBatnas.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { everyoneCanBlock } from '../../src/bots/context.ts';
import { neededBacksInEndgame } from '../../src/bots/neededEndgameBacking.ts';
import { isNeeded } from '../../src/bots/tableOutlook.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fixture } from '../support/engineFixture.ts';
import { randomTable } from '../support/negotiationGames.ts';
import { contextAfter, endgameBackingGuards, fixtureOpening as opening, setInfluence } from './support.ts';

describe('a needed party in the end game', () => {
  it('backs a text above its BATNA, so the text the others carry passes', () => {
    // Seed 964: weighted majority of two thirds, bravo required, five rounds. Without the rule bravo objected in
    // round 4 to delta's text (2 over its BATNA) as short of its aim, and the game ended with no deal.
    const seed = 964;
    const sc = randomTable(seed, 'median');
    expect(sc.agreement.required).toEqual(['bravo-party']);
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const outcome = game.state.outcome;
    expect(outcome?.kind).toBe('agreement');
    if (outcome?.kind !== 'agreement') return;
    expect(outcome.supporters).toContain('bravo-party');
    expect(game.report.parties['bravo-party']?.surplus).toBeGreaterThan(0);
  });
});

/**
 * The fixture's three parties, two rounds, a weighted majority of half the influence with South holding 3 of 5:
 * South is needed, and carries a text with North and East both left out. North opens with mid tax and shared data,
 * worth 50 to South (BATNA 30). `change` varies one condition of the rule.
 */
function southNeeded(change: (s: Scenario) => void = () => {}): Scenario {
  return fixture((s) => {
    s.protocol.rounds = 2;
    s.agreement.rule = 'weighted-majority';
    s.agreement.threshold = 0.5;
    setInfluence(s, 'north', 1);
    setInfluence(s, 'south', 3);
    setInfluence(s, 'east', 1);
    change(s);
  });
}

describe('neededBacksInEndgame, at South’s first turn', () => {
  it('holds for needed South on a text above its BATNA in round 1 of 2, where the rule can leave out two', () => {
    const { ctx } = contextAfter(southNeeded(), [opening]);
    expect(ctx.view.party).toBe('south');
    expect([ctx.tablePoints, ctx.board.batna]).toEqual([50, 30]);
    expect(isNeeded(ctx.view)).toBe(true);
    expect(oneOutAtMost(ctx.view)).toBe(false);
    expect(neededBacksInEndgame(ctx)).toBe(true);
  });

  it('holds where every party can block a text (unanimity)', () => {
    const { ctx } = contextAfter(
      southNeeded((s) => (s.agreement.rule = 'unanimity')),
      [opening],
    );
    expect(everyoneCanBlock(ctx.view)).toBe(true);
    expect(neededBacksInEndgame(ctx)).toBe(true);
  });

  it('does not hold where the rule can leave out one party at most (two of three, South required)', () => {
    const { ctx } = contextAfter(
      southNeeded((s) => {
        s.agreement.rule = 'majority';
        s.agreement.required = ['south'];
      }),
      [opening],
    );
    expect(isNeeded(ctx.view)).toBe(true);
    expect([everyoneCanBlock(ctx.view), oneOutAtMost(ctx.view)]).toEqual([false, true]);
    expect(neededBacksInEndgame(ctx)).toBe(false);
  });

  it('does not hold for South when the deal does not need it (East holds 3 of 5)', () => {
    const { ctx } = contextAfter(
      southNeeded((s) => {
        setInfluence(s, 'south', 1);
        setInfluence(s, 'east', 3);
      }),
      [opening],
    );
    expect(isNeeded(ctx.view)).toBe(false);
    expect(oneOutAtMost(ctx.view)).toBe(false);
    expect(neededBacksInEndgame(ctx)).toBe(false);
  });

  endgameBackingGuards(neededBacksInEndgame, southNeeded);
});
