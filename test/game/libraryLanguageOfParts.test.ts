// @vitest-environment jsdom
/**
 * The library in French shows an English scenario's words marked as English (WCAG 3.1.2, language of parts): its
 * title, summary, parties' names and role menu. A screen reader read "A minimal scenario" with French sounds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { libraryScreen } from '../../src/game/screens/library.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { createAppStore } from '../../src/store/appStore.ts';
import { loadLibrary } from '../../src/store/library.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';

const minimal = readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8');
afterEach(() => setLocale('en'));

it.each([
  ['fr-FR', 'en'],
  ['en-GB', 'en'],
])('a library in %s: an English scenario’s card reads its own words as English', (locale, told) => {
  initLocale([locale], null);
  const store = createAppStore();
  const screen = libraryScreen({
    store,
    saves: persistGames(store, { storage: memorySaveStorage() }),
    library: loadLibrary({ '/scenarios/minimal.json': minimal }),
    strategies: ['adaptive'],
  });
  document.body.replaceChildren(screen.el);
  document.documentElement.lang = locale.slice(0, 2);
  const card = screen.el.querySelector('article[data-scenario="minimal"]')!;
  const langOf = (e: Element | null) => e?.closest('[lang]')?.getAttribute('lang');
  const words = [card.querySelector('h3'), card.querySelector('h3 + p'), card.querySelector('select.role')];
  words.push(...card.querySelectorAll('ul.tags:first-of-type li'));
  expect(words.length).toBeGreaterThan(3);
  expect(words.map(langOf)).toEqual(words.map(() => told));
  screen.destroy?.();
});
