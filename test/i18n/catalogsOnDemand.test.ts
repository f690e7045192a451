/**
 * The browser's page holds only the languages it loaded (src/i18n/load.ts; vite.config.ts swaps the
 * bundled catalogs out of the page's build). So the code a page runs reads sentences through a
 * translator or `catalogOf`, never a catalog module or `CATALOGS` (every catalog, Node's and the tests'):
 * a page that did would carry a language it never shows, or find it missing. The Node-only layers
 * (cli, server) may.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { catalogOf, hasMessage } from '../../src/i18n/index.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const NODE_ONLY = ['cli', 'server', 'i18n'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('no code a page runs imports a catalog or reads CATALOGS', () => {
  const offenders = files(SRC)
    .filter((f) => !NODE_ONLY.includes(relative(SRC, f).split('/')[0]!))
    .filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /\bCATALOGS\b/.test(text) || /i18n\/catalogs\/(en|fr)\//.test(text);
    })
    .map((f) => relative(SRC, f));
  expect(offenders).toEqual([]);
});

it('hasMessage tells a sentence from a branch or a missing key', () => {
  expect(hasMessage('en', 'uiSetup.strategyNames.adaptive')).toBe(true);
  expect(hasMessage('fr', 'uiSetup.strategyNames.adaptive')).toBe(true);
  expect(hasMessage('en', 'uiSetup.strategyNames')).toBe(false);
  expect(hasMessage('en', 'uiSetup.strategyNames.nobody')).toBe(false);
  expect(hasMessage('en', 'uiSetup.strategyNames.toString')).toBe(false);
  expect(catalogOf('fr').common).toBeDefined();
});
