/**
 * twoRoundAtBatnaBacking.ts: in a two-round table the rule can carry without every party, the adaptive party the
 * table leaves exactly at its BATNA backs it in the first round once two others back it. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages; and the rule's
 * predicate on a hand-made four-party table (test/support/engineFixture.ts) at East's turn.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { supportAtBatna } from '../../src/bots/carriedChance.ts';
import { backsAtBatnaEarly } from '../../src/bots/twoRoundAtBatnaBacking.ts';
import type { Action } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fixture } from '../support/engineFixture.ts';
import { randomTable } from '../support/negotiationGames.ts';
import { contextAfter, fixtureOpening as opening } from './support.ts';

describe('the party at its BATNA in a two-round table', () => {
  it('backs an opening others back in the first round, so the rule carries it', () => {
    // Seed 407: weighted majority, eight parties, two rounds. Without the rule Echo, at 22 of 22, objected to
    // Golf's opening that five parties backed; the second round's amendment lost three of them: no deal.
    const seed = 407;
    const sc = randomTable(seed, 'median');
    expect(sc.protocol.rounds).toBe(2);
    expect(sc.agreement.rule).toBe('weighted-majority');
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    expect(game.state.outcome?.kind).toBe('agreement');
    expect(game.state.round).toBe(1);
  });
});

/**
 * The fixture's three parties and West, a majority (three of four), two rounds: North opens with mid tax and shared
 * data, which leaves East exactly at its BATNA (60 of 60). `change` varies one condition of the rule.
 */
function fourParty(change: (s: Scenario) => void = () => {}): Scenario {
  return fixture((s) => {
    const east = s.parties.find((p) => p.id === 'east')!;
    east.batna.points = 60;
    s.parties.push({
      ...east,
      id: 'west',
      name: 'West',
      batna: { ...east.batna, points: 10 },
      sheet: { tax: { low: 20, mid: 20, high: 20 }, data: { closed: 20, shared: 20, open: 20 } },
    });
    s.protocol.turnOrder = ['north', 'south', 'east', 'west'];
    s.protocol.rounds = 2;
    s.agreement.rule = 'majority';
    s.agreement.threshold = 0.5;
    s.legitimacy.consequence = null;
    change(s);
  });
}

const southBacks: Action = { type: 'support', party: 'south' };

describe('backsAtBatnaEarly, on a four-party majority table', () => {
  it('holds once two others back the text (its author among them), and East at its BATNA backs it', () => {
    const { ctx, legal } = contextAfter(fourParty(), [opening, southBacks]);
    expect(ctx.view.party).toBe('east');
    expect([ctx.view.round, ctx.tablePoints, ctx.board.batna]).toEqual([1, 60, 60]);
    expect(backsAtBatnaEarly(ctx)).toBe(true);
    // The rule's use: the last round's at-BATNA backing (carriedChance.ts) applies in round 1 too.
    expect(supportAtBatna(ctx, legal)).toEqual({ type: 'support', party: 'east' });
  });

  it('does not hold with the author alone behind the text (South right after the opening)', () => {
    const { ctx, legal } = contextAfter(
      fourParty((s) => (s.parties.find((p) => p.id === 'south')!.batna.points = 50)),
      [opening],
    );
    expect([ctx.view.party, ctx.tablePoints, ctx.board.batna]).toEqual(['south', 50, 50]);
    expect(backsAtBatnaEarly(ctx)).toBe(false);
    expect(supportAtBatna(ctx, legal)).toBeNull();
  });

  it('does not count an objection as backing', () => {
    const { ctx } = contextAfter(fourParty(), [opening, { type: 'object', party: 'south' }]);
    expect(ctx.view.table?.stances).toEqual({ north: 'support', south: 'object' });
    expect(backsAtBatnaEarly(ctx)).toBe(false);
  });

  it('does not count the party’s own backing', () => {
    // South's turn in round 2 (a party's first turn with its own backing already on the table): North and South
    // behind the text, East and West against it; South's own backing is no second backer.
    const { ctx } = contextAfter(fourParty(), [
      opening,
      southBacks,
      { type: 'object', party: 'east' },
      { type: 'object', party: 'west' },
      { type: 'pass', party: 'north' },
    ]);
    expect(ctx.view.party).toBe('south');
    expect(ctx.view.table?.stances).toEqual({ north: 'support', south: 'support', east: 'object', west: 'object' });
    expect(backsAtBatnaEarly(ctx)).toBe(false);
  });

  it('does not hold in a game of more than two rounds', () => {
    const { ctx, legal } = contextAfter(
      fourParty((s) => (s.protocol.rounds = 3)),
      [opening, southBacks],
    );
    expect(backsAtBatnaEarly(ctx)).toBe(false);
    expect(supportAtBatna(ctx, legal)).toBeNull();
  });

  it('does not hold where every party can block the text (unanimity)', () => {
    const { ctx, legal } = contextAfter(
      fourParty((s) => (s.agreement.rule = 'unanimity')),
      [opening, southBacks],
    );
    expect(ctx.everyoneCanBlock).toBe(true);
    expect(backsAtBatnaEarly(ctx)).toBe(false);
    expect(supportAtBatna(ctx, legal)).toBeNull();
  });

  it('does not hold with no text on the table', () => {
    const { ctx } = contextAfter(fourParty(), [
      { type: 'pass', party: 'north' },
      { type: 'pass', party: 'south' },
    ]);
    expect(ctx.view.table).toBeNull();
    expect(backsAtBatnaEarly(ctx)).toBe(false);
  });
});
