/** Text that would mislead a reader is refused with a sentence at its place. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { LoadResult } from '../../src/scenario/types.ts';
import { minimalFile } from './minimalFile.ts';

type File = Record<string, unknown> & { parties: Record<string, unknown>[]; sources?: unknown[] };
const file = () => minimalFile() as File;
const load = (f: unknown) => parseScenario(JSON.stringify(f, null, 2), 'text.json');
const errorAt = (r: LoadResult, pointer: string) =>
  (r.ok ? [] : r.problems).find((p) => p.pointer === pointer && p.severity === 'error')?.message;

describe('text that misleads', () => {
  it('refuses characters that reverse the direction of text', () => {
    for (const c of ['\u202e', '\u202d', '\u202a', '\u2066', '\u2069']) {
      const f = file();
      (f.parties[0] as Record<string, unknown>)['name'] = `City ${c}licnuoc`;
      expect(errorAt(load(f), '/parties/0/name'), JSON.stringify(c)).toMatch(
        /^"name" in party "city" contains an invisible character that changes the direction of the text \(U\+2/,
      );
    }
  });

  it('refuses a lone half of a UTF-16 pair, accepts whole emoji', () => {
    const f = file();
    f['title'] = 'Traffic \ud83d data';
    expect(errorAt(load(f), '/title')).toMatch(/contains a broken character/);
    f['title'] = 'Traffic 🚦 data 👩🏽‍💻';
    expect(load(f).ok).toBe(true);
  });

  it('refuses names made only of spaces or zero-width characters', () => {
    for (const blank of ['   ', '\u200b\u200b', '\u00a0\u2060\ufeff', '\u3164']) {
      const f = file();
      (f.parties[1] as Record<string, unknown>)['name'] = blank;
      expect(errorAt(load(f), '/parties/1/name'), JSON.stringify(blank)).toMatch(
        /is made only of spaces or invisible characters/,
      );
    }
  });

  it('refuses two parties whose names look the same', () => {
    for (const twin of ['City council', 'city  COUNCIL', 'City\u200b council', 'Ｃｉｔｙ council']) {
      const f = file();
      (f.parties[1] as Record<string, unknown>)['name'] = twin;
      expect(errorAt(load(f), '/parties/1/name'), twin).toMatch(/looks the same as that of party 1/);
    }
  });

  it('counts characters as a reader does: 120 emoji with skin tones fit a 120-character name', () => {
    const f = file();
    (f.parties[0] as Record<string, unknown>)['name'] = '👍🏽'.repeat(120);
    expect(load(f).ok).toBe(true);
    (f.parties[0] as Record<string, unknown>)['name'] = '👍🏽'.repeat(121);
    expect(errorAt(load(f), '/parties/0/name')).toBe(
      '"name" in party "city" is too long: at most 120 characters; it has 121.',
    );
    (f.parties[0] as Record<string, unknown>)['name'] = 'e' + '\u0301'.repeat(5000);
    expect(errorAt(load(f), '/parties/0/name')).toMatch(/stacks too many accents/);
  });

  it('accepts whole http(s) addresses only', () => {
    const at = (url: string) => {
      const f = file();
      f.sources = [{ title: 'A source', url }];
      return errorAt(load(f), '/sources/0/url');
    };
    expect(at('https://example.org/page?q=1')).toBeUndefined();
    expect(at('http://localhost:8080/')).toBeUndefined();
    expect(at('https://')).toMatch(/must be a whole web address/);
    expect(at('https://example.org/a\nb')).toMatch(/contains a space or a line break/);
    expect(at('https://exa mple.org')).toMatch(/contains a space or a line break/);
    expect(at('ftp://example.org')).toMatch(/http/);
  });
});
