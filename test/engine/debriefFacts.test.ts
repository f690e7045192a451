/**
 * Lessons chosen by what the table did (issue 13): a lesson's `outcome` and `when` (the scoring
 * rules' condition language, on the agreed package) decide whether this table's debrief shows it;
 * plain lessons always show.
 */
import { describe, expect, it } from 'vitest';
import { lessonsFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { fixture, start } from '../support/engineFixture.ts';

const sc = fixture((s) => {
  s.debrief.lessons = [
    { text: 'always', outcome: null, when: null },
    { text: 'any deal', outcome: 'agreement', when: null },
    { text: 'no deal', outcome: 'no-deal', when: null },
    { text: 'open data agreed', outcome: null, when: { issue: 'data', is: 'open' } },
    { text: 'low tax agreed', outcome: 'agreement', when: { issue: 'tax', is: 'low' } },
  ];
});

const ended = (outcome: GameState['outcome']): GameState => ({
  ...start(sc),
  status: 'finished',
  active: null,
  outcome,
});

describe('lessonsFor', () => {
  it('shows only the lessons whose conditions this outcome meets', () => {
    const deal = ended({
      kind: 'agreement',
      package: { tax: 'low', data: 'shared' },
      round: 2,
      legitimacy: 55,
      supporters: ['north', 'south', 'east'],
    });
    expect(lessonsFor(deal)).toEqual(['always', 'any deal', 'low tax agreed']);
    const open = ended({
      kind: 'agreement',
      package: { tax: 'high', data: 'open' },
      round: 2,
      legitimacy: 55,
      supporters: ['north', 'south', 'east'],
    });
    expect(lessonsFor(open)).toEqual(['always', 'any deal', 'open data agreed']);
    expect(lessonsFor(ended({ kind: 'no-deal', round: 3, reason: 'time' }))).toEqual(['always', 'no deal']);
  });

  it('shows no outcome-bound lesson while the game runs', () => {
    expect(lessonsFor(start(sc))).toEqual(['always']);
  });
});
