/**
 * The CSV cell both exports write (a class's export, a game's results): quoted where it must be, and
 * never a formula when a spreadsheet opens the file, whatever a trainee typed as a name or an answer.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvText } from '../../src/protocol/csv.ts';

describe('a CSV cell', () => {
  it('defuses every text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const typed of [
      '=HYPERLINK("http://x","y")',
      '+1+1',
      '-1+1',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ])
      expect(csvCell(typed).replace(/^"/, ''), JSON.stringify(typed)).toMatch(/^'/);
  });

  it('keeps plain numbers numbers, negative or signed, and ordinary text as it is', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('+3.5')).toBe('+3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('Ana Beatriz')).toBe('Ana Beatriz');
    expect(csvCell('Chen — Wei-Lin')).toBe('Chen — Wei-Lin');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Souza, Ana')).toBe('"Souza, Ana"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=A1, "x"')).toBe(`"'=A1, ""x"""`);
    expect(csvLine(['a', 1, '-1+1'])).toBe("a,1,'-1+1");
    // A carriage return alone breaks a row in a spreadsheet as a line feed does.
    expect(csvCell('one\rline')).toBe('"one\rline"');
  });

  it('writes a whole file with a byte-order mark and every row ended by CRLF', () => {
    expect(
      csvText([
        ['name', 'points'],
        ['Hélène', 12],
      ]),
    ).toBe('\uFEFFname,points\r\nHélène,12\r\n');
  });
});
