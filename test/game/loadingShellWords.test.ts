/**
 * index.html's loading shell writes, before the page's code and its catalogs arrive, the skip link's name and the
 * sentence of a page whose code could not be fetched: the catalogs' own, in both languages (French spacing
 * included), so the words do not change when the app names the skip link again or says the page failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { CATALOGS, LOCALES } from '../../src/i18n/index.ts';

const page = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

it.each(LOCALES)('the shell’s %s words are the catalog’s', (locale) => {
  const words = new RegExp(`${locale}: \\[([^\\]]*)\\]`).exec(page)?.[1];
  expect(words).toBeDefined();
  const quoted = [...words!.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  expect(quoted.slice(1)).toEqual([CATALOGS[locale].ui.skipToContent, CATALOGS[locale].ui.pageFailed]);
});
