/**
 * The debrief's tour-de-table facts (src/engine/debriefFacts.ts `tourDeTableFacts`): who had said it could live
 * with the deal's text, who left it out of a later word, who said nothing of it, and the texts every party at the
 * table named.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/index.ts';
import { dealWords, tourDeTableFacts } from '../../src/engine/index.ts';
import { play, start } from '../support/engineFixture.ts';

const first: Action[] = [
  { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
  { type: 'live-with', party: 'south', versions: [1] },
  { type: 'propose', party: 'south', package: { tax: 'mid', data: 'shared' } },
  { type: 'live-with', party: 'east', versions: [1, 2] },
  { type: 'support', party: 'east' },
];

describe('the tour de table in the debrief', () => {
  it('has nothing to say where no party said a word', () => {
    const s = play(
      start(),
      first[0]!,
      first[2]!,
      { type: 'support', party: 'east' },
      { type: 'support', party: 'north' },
    );
    expect(s.outcome?.kind).toBe('agreement');
    expect(tourDeTableFacts(s)).toBeNull();
    // The exports' column: nobody said a word on the deal.
    expect(dealWords(s)).toEqual({ north: 'silent', south: 'silent', east: 'silent' });
  });

  it("sorts the parties by their latest word on the deal's text, and lists the texts every party named", () => {
    const s = play(
      start(),
      ...first,
      { type: 'live-with', party: 'north', versions: [1] },
      { type: 'support', party: 'north' },
    );
    expect(s.outcome).toMatchObject({ kind: 'agreement', package: { tax: 'mid', data: 'shared' } });
    expect(tourDeTableFacts(s)).toEqual({
      // East named text 2; North's word came after it and left it out; South spoke before it was tabled.
      deal: { version: 2, named: ['east'], leftOut: ['north'], silent: ['south'] },
      byEveryone: [1],
    });
    expect(dealWords(s)).toEqual({ north: 'left-out', south: 'silent', east: 'named' });
  });

  it('without a deal, still lists the texts every party at the table named', () => {
    const s = play(start(), ...first, { type: 'live-with', party: 'north', versions: [1, 2] });
    expect(tourDeTableFacts(s)).toEqual({ deal: null, byEveryone: [1] });
    expect(dealWords(s)).toBeNull();
  });
});
