/**
 * Every language says everything: each catalog has exactly the English catalog's keys (plural forms
 * compared by their base key), no empty sentence, and the same `{{placeholders}}` in each sentence,
 * so no screen, log line or report ever falls back to a key or drops a value.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, matchLocale, translator, type MessageKey } from '../../src/i18n/index.ts';
import { i18nextTranslate } from '../../src/i18n/translate.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('message catalogs', () => {
  const english = leaves(CATALOGS.en);

  for (const locale of LOCALES) {
    it(`${locale}: the same keys and placeholders as English, no empty sentence`, () => {
      const catalog = leaves(CATALOGS[locale]);
      expect([...new Set([...catalog.keys()].map(base))].sort()).toEqual(
        [...new Set([...english.keys()].map(base))].sort(),
      );
      for (const [key, text] of catalog) {
        expect(text.trim(), key).not.toBe('');
        const reference = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        expect(placeholders(text), key).toEqual(placeholders(reference));
      }
    });
  }

  it('formats plurals and numbers the way each language does', () => {
    expect(translator('en')('common.round', { count: 1 })).toBe('1 round');
    expect(translator('fr')('common.round', { count: 0 })).toBe('0 tour');
    expect(translator('fr')('common.round', { count: 2 })).toBe('2 tours');
    expect(translator('en')('common.points', { value: 1234.5 })).toBe('1,234.5 points');
    expect(translator('fr')('common.points', { value: 1234.5 })).toMatch(/^1\s234,5 points$/);
  });

  it("matches a browser's preferred languages to one Accord speaks", () => {
    expect(matchLocale(['fr-BE', 'en'])).toBe('fr');
    expect(matchLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(matchLocale(['pt-BR'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});

describe('the translator', () => {
  it('says exactly what i18next says, for every sentence of every catalog', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const [key, text] of leaves(CATALOGS[locale])) {
        const values: Record<string, string | number> = {};
        for (const name of placeholders(text)) values[name] = name === 'count' ? 2 : `⟨${name}⟩`;
        const k = base(key) as MessageKey;
        expect(t(k, values), `${locale} ${key}`).toBe(i18nextTranslate(locale, k, values));
        if (Object.keys(values).length > 0) {
          const first = Object.keys(values)[0] as string;
          const partial = { ...values };
          delete partial[first];
          expect(t(k, partial), `${locale} ${key} without ${first}`).toBe(i18nextTranslate(locale, k, partial));
        }
      }
    }
  });
});
