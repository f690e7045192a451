/**
 * "A text crosses a party's red line", defined once (src/scenario/redLines.ts) and read by the engine, the
 * bots, the room's warning and the authoring report: only the very option a party ruled out crosses it.
 */
import { describe, expect, it } from 'vitest';
import {
  amendedCrossesRedLine,
  crossedRedLines,
  crossesRedLine,
  partiesWithRedLineIn,
  redLineWords,
} from '../../src/scenario/redLines.ts';
import type { Party } from '../../src/scenario/types.ts';

const lines = [
  { issue: 'price', option: 'high' },
  { issue: 'term', option: 'short' },
];

describe('red lines', () => {
  it('a package crosses only the lines whose very option it takes, in declared order', () => {
    expect(crossedRedLines(lines, { price: 'low', term: 'long' })).toEqual([]);
    expect(crossedRedLines(lines, { price: 'high', term: 'long' })).toEqual([lines[0]]);
    expect(crossedRedLines(lines, { term: 'short', price: 'high' })).toEqual(lines);
    expect(crossedRedLines(lines, { price: 'low' })).toEqual([]); // a half-made package
    expect(crossesRedLine(lines, { price: 'low', term: 'long' })).toBe(false);
    expect(crossesRedLine(lines, { price: 'low', term: 'short' })).toBe(true);
  });

  it('an amendment crosses a line through the option it sets or through the rest of the text', () => {
    const text = { price: 'low', term: 'long' };
    expect(amendedCrossesRedLine(lines, text, 'price', 'high')).toBe(true);
    expect(amendedCrossesRedLine(lines, text, 'price', 'mid')).toBe(false);
    // The amendment takes the crossing option away...
    expect(amendedCrossesRedLine(lines, { price: 'high', term: 'long' }, 'price', 'low')).toBe(false);
    // ...or leaves another crossing in place.
    expect(amendedCrossesRedLine(lines, { price: 'low', term: 'short' }, 'price', 'mid')).toBe(true);
  });

  it('names the parties whose lines a package crosses, in scenario order', () => {
    const party = (id: string, redLines: Party['redLines']) => ({ id, redLines }) as unknown as Party;
    const parties = [party('a', [lines[1]!]), party('b', []), party('c', [lines[0]!])];
    expect(partiesWithRedLineIn(parties, { price: 'high', term: 'short' })).toEqual(['a', 'c']);
    expect(partiesWithRedLineIn(parties, { price: 'low', term: 'long' })).toEqual([]);
  });

  it("words a line with its issue's title and option's label, ids when unknown", () => {
    const issues = [{ id: 'price', title: 'Price', options: [{ id: 'high', label: 'High price' }] }];
    expect(redLineWords(issues, lines[0]!)).toEqual({ issue: 'Price', option: 'High price' });
    expect(redLineWords(issues, lines[1]!)).toEqual({ issue: 'term', option: 'short' });
  });
});
