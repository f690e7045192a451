/**
 * endgameOpening.ts: in a two-party table whose first round is already the end game, the responder backs an
 * opening above its BATNA where the opener is needed, rather than hold out for its fair share. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages; and the
 * rule's predicate on a hand-made table (test/support/engineFixture.ts) at the responder's first turn.
 */
import { describe, expect, it } from 'vitest';
import { acceptable } from '../../src/bots/acceptability.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { takesEndgameOpening } from '../../src/bots/endgameOpening.ts';
import type { Action } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fixture } from '../support/engineFixture.ts';
import { randomTable } from '../support/negotiationGames.ts';
import { contextAfter, endgameBackingGuards, fixtureOpening as opening, setInfluence, southBatna } from './support.ts';

describe('the responder of a two-round, two-party table', () => {
  it('backs an opening above its BATNA, so the game ends in a deal above both BATNAs', () => {
    // Seed 128: unanimity, one issue, two rounds. Without the rule bravo objected to alpha's opening (4 over its
    // BATNA) as short of its fair share, alpha's one answer left it 13 under, and the game ended with no deal.
    const seed = 128;
    const sc = randomTable(seed, 'median');
    expect(sc.parties).toHaveLength(2);
    expect(sc.protocol.rounds).toBe(2);
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const outcome = game.state.outcome;
    expect(outcome?.kind).toBe('agreement');
    for (const s of Object.values(game.report.parties)) expect(s.surplus).toBeGreaterThan(0);
  });
});

/**
 * North and South alone (the fixture's East gone), unanimity, two rounds: North opens with mid tax and shared data,
 * worth 50 to South (BATNA 30). `change` varies one condition of the rule.
 */
function twoParty(change: (s: Scenario) => void = () => {}): Scenario {
  return fixture((s) => {
    s.parties = s.parties.filter((p) => p.id !== 'east');
    s.protocol.turnOrder = ['north', 'south'];
    s.protocol.rounds = 2;
    s.legitimacy.consequence = null;
    change(s);
  });
}

describe('takesEndgameOpening, at the responder’s first turn', () => {
  it('holds for the adaptive responder on an opening above its BATNA, the opener needed, in round 1 of 2', () => {
    const { ctx } = contextAfter(twoParty(), [opening]);
    expect(ctx.view.party).toBe('south');
    expect([ctx.tablePoints, ctx.board.batna]).toEqual([50, 30]);
    expect(takesEndgameOpening(ctx)).toBe(true);
  });

  it('does not hold where the responder carries a text without the opener (seed 403’s weighted majority)', () => {
    const { ctx } = contextAfter(
      twoParty((s) => {
        s.agreement.rule = 'weighted-majority';
        s.agreement.threshold = 0.5;
        setInfluence(s, 'north', 1);
        setInfluence(s, 'south', 3);
      }),
      [opening],
    );
    expect(ctx.tablePoints).toBe(50);
    expect(takesEndgameOpening(ctx)).toBe(false);
  });

  it('lets the responder back an opening short of its fair share in round 1 of 2, not of 3 (acceptability.ts)', () => {
    // Mid tax and open data: 80 to North, 20 to South (BATNA 10), short of South's fair share of the joint gain.
    const shortOfFair: Action = { type: 'propose', party: 'north', package: { tax: 'mid', data: 'open' } };
    const two = contextAfter(twoParty(southBatna(10)), [shortOfFair]).ctx;
    expect([two.tablePoints, takesEndgameOpening(two)]).toEqual([20, true]);
    expect(acceptable(two, two.view.table!.stances)).toBe(true);
    // With a lap left for North to concede in, South holds out for its fair share (responderCounters.ts).
    const three = contextAfter(
      twoParty((s) => {
        southBatna(10)(s);
        s.protocol.rounds = 3;
      }),
      [shortOfFair],
    ).ctx;
    expect(acceptable(three, three.view.table!.stances)).toBe(false);
  });

  endgameBackingGuards(takesEndgameOpening, twoParty);
});
