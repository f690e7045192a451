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
