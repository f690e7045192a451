/**
 * Every language says everything: each catalog has exactly the English catalog's keys (plural forms
 * compared by their base key), no empty sentence, and the same `{{placeholders}}` in each sentence,
 * so no screen, log line or report ever falls back to a key or drops a value.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, matchLocale, translator } from '../../src/i18n/index.ts';

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

  it('fr: one spacing rule everywhere, a narrow no-break space before « : ; ! ? % » and inside guillemets', () => {
    // A plain space lets a phone start a line with a lone « : » or « ? »; the catalogs had three spacings
    // (plain, U+00A0, U+202F) depending on who wrote the area. Colons with no space at all are code
    // or JSON shown to an author ("available": false, ligne:colonne) and stay as written.
    for (const [key, text] of leaves(CATALOGS.fr)) {
      expect(text, key).not.toMatch(/[ \u00a0][:;!?»%]|«[ \u00a0]/);
    }
  });

  it('fr: the instructor is « formateur » everywhere (two sentences said « instructeur », 41 « animateur »)', () => {
    for (const [key, text] of leaves(CATALOGS.fr)) expect(text, key).not.toMatch(/instructeur|animat(?:eur|rice)/i);
  });

  it('fr: the terms the French guides teach, « solution de rechange » (MESORE) and « point de réserve »', () => {
    // GDPR's guide has trainees tell « une solution de rechange » from « un point de réserve », while the
    // screens and the worksheet said « solution de repli (MESORE) » and « point de rupture » (49 places).
    for (const [key, text] of leaves(CATALOGS.fr))
      expect(text, key).not.toMatch(/solutions? de repli|points? de rupture|point de réservation/i);
  });

  it('every language: a no-break space before a middle-dot separator, so no wrapped line starts with it', () => {
    for (const locale of LOCALES)
      for (const [key, text] of leaves(CATALOGS[locale])) expect(text, `${locale} ${key}`).not.toMatch(/[ \u202f]·/);
  });

  it("en: the screens’ sentences write an apostrophe as ’, as most of them did (not “the deal's” beside “computers’”)", () => {
    // The command line's and the authoring report's areas keep their straight forms: tools and tests read them.
    const plainText = /^(authoring|cli|cliVerbs|genius|loader)\./;
    for (const [key, text] of english) if (!plainText.test(key)) expect(text, key).not.toMatch(/[A-Za-z]'[A-Za-z]|s' /);
  });

  it('formats plurals and numbers the way each language does', () => {
    expect(translator('en')('common.round', { count: 1 })).toBe('1 round');
    expect(translator('fr')('common.round', { count: 0 })).toBe('0 tour');
    expect(translator('fr')('common.round', { count: 2 })).toBe('2 tours');
    expect(translator('en')('common.points', { value: 1234.5 })).toBe('1,234.5 points');
    expect(translator('fr')('common.points', { value: 1234.5 })).toMatch(/^1\s234,5 points$/);
  });

  it('ends the room’s no-deal line with its reason’s own full stop (never "….).")', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const why of ['deadline', 'fewerThanTwo', 'facilitatorEnded'] as const) {
        const reason = t(`log.why.${why}`, { round: 8 });
        const line = t('uiRoom.overNoDealReason', { reason });
        // The reason is a sentence's end with its own full stop: the line ends with it (it read "…(reason.).").
        expect(line.endsWith(reason), `${locale} ${why}: ${line}`).toBe(true);
      }
    }
  });

  it("matches a browser's preferred languages to one Accord speaks", () => {
    expect(matchLocale(['fr-BE', 'en'])).toBe('fr');
    expect(matchLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(matchLocale(['pt-BR'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});
