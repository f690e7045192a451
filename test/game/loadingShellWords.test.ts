/**
 * index.html's loading shell writes, before the page's code and its catalogs arrive, the skip link's name and the
 * sentence of a page whose code could not be fetched: the catalogs' own, in both languages (French spacing
 * included), so the words do not change when the app names the skip link again or says the page failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { CATALOGS, LOCALES } from '../../src/i18n/index.ts';
import { LANGUAGE_KEY } from '../../src/game/uiLocale.ts';

const page = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

it.each(LOCALES)('the shell’s %s words are the catalog’s', (locale) => {
  const words = new RegExp(`${locale}: \\[([^\\]]*)\\]`).exec(page)?.[1];
  expect(words).toBeDefined();
  const quoted = [...words!.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  expect(quoted.slice(1)).toEqual([CATALOGS[locale].ui.skipToContent, CATALOGS[locale].ui.pageFailed]);
});

// The shell reads the language chosen on this device where uiLocale.ts keeps it: a renamed key would leave the shell
// in the browser's language while the app speaks the chosen one.
it('reads the language this device chose where the app keeps it', () => {
  expect(page).toContain(`localStorage.getItem('${LANGUAGE_KEY}')`);
});
