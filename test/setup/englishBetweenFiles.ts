/**
 * The shared project's files run one after another in one process (vite.config.ts), and the screens' language
 * (src/game/uiLocale.ts) and the store's (src/store/storeLocale.ts) are module state that lasts from one file to
 * the next: a file that switched to French and did not switch back made a later file's English sentences French.
 * A file may switch the language if it switches back by its end: this checks each file starts in English and,
 * after the file's own hooks, that it ended in English, failing the file that did not (and setting English again,
 * so the next file is not failed for it).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { initLocale, uiLocale } from '../../src/game/uiLocale.ts';
import { say } from '../../src/store/storeLocale.ts';

const english = translator('en');
/** The languages the screens and the store's notices speak now. */
const languages = () => ({
  screens: uiLocale(),
  store: say('store.savesUnreadable', { message: '' }) === english('store.savesUnreadable', { message: '' }),
});
const ENGLISH = { screens: 'en', store: true };

beforeAll(() => {
  expect(languages(), 'the language a file starts in (an earlier file left another)').toEqual(ENGLISH);
});

// Registered before the file's own hooks: Vitest runs after-hooks in reverse (sequence.hooks 'stack'), so last.
afterAll(() => {
  const left = languages();
  initLocale(['en'], null);
  expect(left, 'the language this file left: switch back to English in afterAll/afterEach').toEqual(ENGLISH);
});
