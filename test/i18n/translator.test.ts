/**
 * The translator's fast path (plain `{{name}}` and `{{name, number(…)}}` sentences filled in directly)
 * says exactly what i18next says, for every sentence of every catalog, with text and numbers alike.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, translator, type MessageKey } from '../../src/i18n/index.ts';
import { addFigureFormats } from '../../src/i18n/translate.ts';

type Tree = { readonly [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

describe('translator', () => {
  for (const locale of LOCALES) {
    it(`${locale}: gives i18next's own sentence for every key`, () => {
      const reference = i18next.createInstance();
      void reference.init({
        lng: locale,
        initAsync: false,
        resources: { [locale]: { translation: CATALOGS[locale] } },
        interpolation: { escapeValue: false },
      });
      addFigureFormats(reference, locale);
      const t = translator(locale);
      for (const [key, text] of leaves(CATALOGS[locale])) {
        if (/_(zero|one|two|few|many|other)$/.test(key)) continue;
        const values = Object.fromEntries(
          [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m, i) => [m[1] ?? '', i % 2 === 0 ? `«${i}»` : i + 0.5]),
        );
        expect(t(key as MessageKey, values), key).toBe(reference.t(key, values));
        // Numbers as the engine gives them: grouping, decimals and signs are the locale's, as i18next formats them.
        // Each value twice (the second is the one the slot kept written) and −0 after 0 (never kept for it).
        for (const n of [12345.678, -0.25, 3, 12345.678, 3, 0, -0, -0, 1, 1.5]) {
          const numbers = Object.fromEntries(Object.keys(values).map((name) => [name, n]));
          expect(t(key as MessageKey, numbers), `${key} ${n}`).toBe(reference.t(key, numbers));
        }
      }
    });
  }
});
