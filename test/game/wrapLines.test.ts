/**
 * The table canvas's line wrap (src/game/room/wrapLines.ts): at spaces, else after a hyphen inside a word, and
 * between characters only when nothing else fits. Widths here are counted in characters.
 */
import { expect, it } from 'vitest';
import { wrapLines } from '../../src/game/room/wrapLines.ts';

const chars = (s: string) => Array.from(s).length;

it('breaks at spaces, keeps what fits on one line, and keeps the text’s own line breaks', () => {
  expect(wrapLines('European Parliament (LIBE)', 30, chars)).toEqual(['European Parliament (LIBE)']);
  expect(wrapLines('Council of the EU (presidencies and member states)', 20, chars)).toEqual([
    'Council of the EU',
    '(presidencies and',
    'member states)',
  ]);
  expect(wrapLines('Ana\nno stance yet', 20, chars)).toEqual(['Ana', 'no stance yet']);
  expect(wrapLines('', 20, chars)).toEqual(['']);
});

it('breaks a long word after its hyphen rather than between two letters', () => {
  expect(wrapLines('Maximiliane-Charlotte von Hohenzollern-S', 20, chars)).toEqual([
    'Maximiliane-',
    'Charlotte von',
    'Hohenzollern-S',
  ]);
  expect(wrapLines('Data-protection authorities', 16, chars)).toEqual(['Data-protection', 'authorities']);
  expect(wrapLines('Data-protection authorities', 12, chars)).toEqual(['Data-', 'protection', 'authorities']);
});

it('splits a word between characters only when it is wider than a line, never inside a character', () => {
  expect(wrapLines('Wolfeschlegelsteinhausenbergerdorffvoral', 20, chars)).toEqual([
    'Wolfeschlegelsteinha',
    'usenbergerdorffvoral',
  ]);
  expect(wrapLines('Ana 🌍🌍🌍', 4, chars)).toEqual(['Ana', '🌍🌍🌍']);
  expect(wrapLines('🌍🌍🌍', 2, chars)).toEqual(['🌍🌍', '🌍']);
  // A line narrower than one character still takes one, rather than looping or losing it.
  expect(wrapLines('abc', 0, chars)).toEqual(['a', 'b', 'c']);
});
