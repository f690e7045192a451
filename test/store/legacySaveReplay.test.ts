/**
 * A game saved in localStorage by an older Accord (test/fixtures/upgrade, commit cdf9809) whose moves today's
 * rules refuse is moved over, kept in the list, and said to come from that version: before, the notice only
 * said that move 19 could not be replayed, with the engine's refusal, as if the save were damaged.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { LEGACY_CURRENT_KEY, LEGACY_SAVE_PREFIX } from '../../src/store/legacySaves.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { indexedDbStorage } from '../../src/store/saveStorage.ts';
import { memoryStorage } from '../../src/store/storage.ts';
import { setStoreLocale } from '../../src/store/storeLocale.ts';
import { make } from './storeFixture.ts';

const old = readFileSync(new URL('../fixtures/upgrade/localstorage-save-cdf9809.json', import.meta.url), 'utf8');
const id = (JSON.parse(old) as { id: string }).id;

it('says a save of the localStorage era that no longer replays was written by that version, and keeps it', async () => {
  const legacy = memoryStorage({ [`${LEGACY_SAVE_PREFIX}${id}`]: old, [LEGACY_CURRENT_KEY]: id });
  const store = make();
  const saves = persistGames(store, { storage: indexedDbStorage(new IDBFactory()), prefs: legacy, legacy });
  await saves.hydrate();
  const s = store.getState();
  expect(s.game).toBeNull();
  expect(s.notice).toMatch(
    /^This saved game cannot be continued: it was saved by an earlier version of Accord \(accord-save\/1, .*: today’s rules cannot replay its move 19 \([Aa] challenge names the flaw it alleges/,
  );
  expect(s.notice).toMatch(/The save stays in the list until you delete it\.$/);
  expect(s.saves.map((x) => [x.id, x.round, x.finished])).toEqual([[id, 4, false]]);
});

it('says a finished game of that era no longer replays, so its debrief cannot be rebuilt, and what is left to do', async () => {
  // The same save, as a game of that era that had ended would be (its summary says finished): opening its
  // debrief said 'This saved game cannot be continued', of a game that was over.
  const finished = JSON.stringify({ ...(JSON.parse(old) as object), summary: { round: 4, finished: true } });
  for (const [locale, start, end] of [
    [
      'en',
      /^The debrief of this finished game cannot be rebuilt: it was played under an earlier version of Accord \(accord-save\/1, .*: today’s rules cannot replay its move 19 \([Aa] challenge names the flaw it alleges.*\), and a debrief is rebuilt by replaying every move\. /,
      /The library lists the game \(who played it, when\) until you delete it; for a debrief of this case, play its scenario again\.$/,
    ],
    [
      'fr',
      /^Le bilan de cette partie terminée ne peut pas être reconstitué\u202f: elle a été jouée avec une version antérieure d’Accord \(accord-save\/1, .*\u202f: celles-ci ne peuvent pas rejouer son coup 19 \(.*\), et un bilan se reconstitue en rejouant chaque coup\. /,
      /La bibliothèque liste la partie \(qui l’a jouée, quand\) jusqu’à ce que vous la supprimiez\u202f; pour un bilan de ce cas, jouez de nouveau son scénario\.$/,
    ],
  ] as const) {
    setStoreLocale(locale);
    try {
      const legacy = memoryStorage({ [`${LEGACY_SAVE_PREFIX}${id}`]: finished });
      const store = make();
      const saves = persistGames(store, { storage: indexedDbStorage(new IDBFactory()), prefs: legacy, legacy });
      await saves.hydrate();
      expect(store.getState().saves.map((x) => [x.id, x.finished])).toEqual([[id, true]]);
      await saves.continueSave(id); // the library's 'Open debrief'
      const s = store.getState();
      expect(s.game).toBeNull();
      expect(s.notice).toMatch(start);
      expect(s.notice).toMatch(end);
      expect(s.notice).not.toMatch(/cannot be continued|ne peut pas être reprise/);
    } finally {
      setStoreLocale('en');
    }
  }
});
