/**
 * Finished games are not kept forever (a shared lab machine's list grew without end, 6–15 kB a game, until
 * a full quota made the next save fail): past the 50 most recent, the oldest finished ones go when a finished
 * game is saved, and at a page's first save (for those kept before). Games in progress and unreadable saves stay
 * until the user deletes them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { persistGames } from '../../src/store/persistence.ts';
import { KEPT_FINISHED_GAMES } from '../../src/store/pruneSaves.ts';
import { indexedDbStorage } from '../../src/store/saveStorage.ts';
import type { SaveStorage } from '../../src/store/saveStorage.ts';
import { SAVE_KEY, SCENARIO_FORMAT, SCENARIO_KEY } from '../../src/store/saves.ts';
import { contentKey } from '../../src/store/contentKey.ts';
import type { SaveRecord } from '../../src/store/saves.ts';
import { choice, computersOnly, make, text } from './storeFixture.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString();

async function load(storage: SaveStorage) {
  const store = make();
  const saves = persistGames(store, { storage, now });
  await saves.hydrate();
  return { store, saves };
}

/** Plays a game of computers to its end and goes back to the library; its id. */
function playToTheEnd(store: ReturnType<typeof make>, seed: number): string {
  store.getState().chooseScenario(choice);
  store.getState().startGame(computersOnly, seed);
  store.getState().continueBriefing();
  for (let i = 0; i < 500 && store.getState().botMove(); i++);
  expect(store.getState().game?.state.status).toBe('finished');
  const id = store.getState().game?.id as string;
  store.getState().toLibrary();
  return id;
}

const saveIds = async (storage: SaveStorage) =>
  (await storage.keys()).filter((k) => k.startsWith(SAVE_KEY(''))).map((k) => k.slice(SAVE_KEY('').length));

it('keeps the 50 most recent finished games, and every game in progress and unreadable save', async () => {
  expect(KEPT_FINISHED_GAMES).toBe(50);
  const storage = indexedDbStorage(new IDBFactory());
  const first = await load(storage);
  const firstId = playToTheEnd(first.store, 3);
  await first.saves.flush();
  const record = (await storage.get(SAVE_KEY(firstId))) as SaveRecord;
  expect(record.summary.finished).toBe(true);
  // A year of class hours on one machine: 55 older finished games, 3 games left in progress before them all,
  // and a save that cannot be read.
  const at = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
  for (let i = 0; i < 55; i++)
    await storage.set(SAVE_KEY(`old-${i}`), { ...record, id: `old-${i}`, savedAt: at(i + 10) });
  for (let i = 0; i < 3; i++)
    await storage.set(SAVE_KEY(`left-${i}`), {
      ...record,
      id: `left-${i}`,
      savedAt: at(i),
      summary: { round: 1, finished: false },
    });
  await storage.set(SAVE_KEY('broken'), { format: 'accord-save/2', id: 'broken' });
  expect(await saveIds(storage)).toHaveLength(1 + 55 + 3 + 1);

  // The next page: nothing goes before a game is saved. At its first save (a game just started), the finished
  // games kept before are looked at once: 56, so the 6 oldest go.
  const next = await load(storage);
  expect(next.store.getState().saves).toHaveLength(1 + 55 + 3);
  await startsAGame(next);
  expect((await saveIds(storage)).filter((id) => id.startsWith('old-'))).toHaveLength(49);
  // Then the game ends: 57 finished games, down to 50.
  for (let i = 0; i < 500 && next.store.getState().botMove(); i++);
  expect(next.store.getState().game?.state.status).toBe('finished');
  const newId = next.store.getState().game?.id as string;
  next.store.getState().toLibrary();
  await next.saves.flush();
  const ids = new Set(await saveIds(storage));
  const gone = Array.from({ length: 7 }, (_, i) => `old-${i}`);
  for (const id of gone) expect(ids.has(id)).toBe(false);
  for (let i = 7; i < 55; i++) expect(ids.has(`old-${i}`)).toBe(true);
  for (const id of [firstId, newId, 'left-0', 'left-1', 'left-2', 'broken']) expect(ids.has(id)).toBe(true);
  expect(ids.size).toBe(50 + 3 + 1);
  // The library lists what is left, and the scenario's text stays for the saves that use it.
  expect(next.store.getState().saves).toHaveLength(50 + 3);
  expect(next.store.getState().saves.filter((s) => s.finished)).toHaveLength(50);
  expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toHaveLength(1);
  // Every kept game still opens: the oldest finished one kept, and the oldest game in progress.
  for (const id of ['old-7', 'left-0']) {
    await next.saves.continueSave(id);
    expect(next.store.getState().game?.id).toBe(id);
    next.store.getState().toLibrary();
  }
}, 30_000);

/** A device with one finished game played here and `count` older finished copies of it (`old-0` the oldest); the record. */
async function manyFinished(storage: SaveStorage, count: number): Promise<{ firstId: string; record: SaveRecord }> {
  const first = await load(storage);
  const firstId = playToTheEnd(first.store, 3);
  await first.saves.flush();
  first.saves.stop();
  const record = (await storage.get(SAVE_KEY(firstId))) as SaveRecord;
  const at = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
  for (let i = 0; i < count; i++)
    await storage.set(SAVE_KEY(`old-${i}`), { ...record, id: `old-${i}`, savedAt: at(i + 10) });
  return { firstId, record };
}

/** A page starts a new game (computers only) and saves it: its first save. */
async function startsAGame(page: Awaited<ReturnType<typeof load>>): Promise<void> {
  page.store.getState().chooseScenario(choice);
  page.store.getState().startGame(computersOnly, 4);
  page.store.getState().continueBriefing();
  await page.saves.flush();
}

/** The next page opens `id` from the library (its first save: the finished games kept before are looked at). */
async function openOnNextPage(storage: SaveStorage, id: string) {
  const next = await load(storage);
  await next.saves.continueSave(id);
  expect(next.store.getState().game?.id).toBe(id);
  await next.saves.flush();
  return next;
}

it('never drops the finished game a page has open, even the oldest', async () => {
  const storage = indexedDbStorage(new IDBFactory());
  await manyFinished(storage, 55);
  // 56 finished games: the 6 oldest are beyond the 50 kept, but the oldest is open for its debrief.
  await openOnNextPage(storage, 'old-0');
  const ids = new Set(await saveIds(storage));
  expect(ids.has('old-0')).toBe(true);
  for (let i = 1; i < 6; i++) expect(ids.has(`old-${i}`)).toBe(false);
  expect(ids.size).toBe(51);
}, 30_000);

it('counts an open finished game among the 50 kept', async () => {
  const storage = indexedDbStorage(new IDBFactory());
  const { firstId } = await manyFinished(storage, 55);
  // The newest of 56 is open: it is one of the 50 kept, so 6 go, not 5.
  await openOnNextPage(storage, firstId);
  const ids = new Set(await saveIds(storage));
  for (let i = 0; i < 6; i++) expect(ids.has(`old-${i}`)).toBe(false);
  expect(ids.size).toBe(50);
}, 30_000);

it('orders finished games by the moment they were saved, whatever the offset their time is written with', async () => {
  const storage = indexedDbStorage(new IDBFactory());
  const { record } = await manyFinished(storage, 49);
  // Moved over from an older version: 5 a.m. at UTC+10 on the 11th is 7 p.m. UTC on the 10th, before old-0
  // (midnight UTC on the 11th), though its text sorts after it.
  await storage.set(SAVE_KEY('offset'), { ...record, id: 'offset', savedAt: '2024-01-11T05:00:00+10:00' });
  const next = await load(storage);
  await startsAGame(next);
  // 51 finished games: the oldest goes, the offset one, not old-0.
  const ids = new Set(await saveIds(storage));
  expect(ids.has('offset')).toBe(false);
  expect(ids.has('old-0')).toBe(true);
}, 30_000);

it('never drops a save stored under another game’s name (the library lists it, with its own Delete)', async () => {
  const storage = indexedDbStorage(new IDBFactory());
  const { record } = await manyFinished(storage, 55);
  // The oldest of all, but its key and its id disagree: it cannot be opened, only deleted by the user.
  await storage.set(SAVE_KEY('misfiled'), { ...record, id: 'elsewhere', savedAt: '2023-01-01T00:00:00.000Z' });
  const next = await load(storage);
  expect(next.store.getState().saveProblems.map((p) => p.id)).toEqual(['misfiled']);
  await startsAGame(next);
  const ids = new Set(await saveIds(storage));
  expect(ids.has('misfiled')).toBe(true);
  for (let i = 0; i < 6; i++) expect(ids.has(`old-${i}`)).toBe(false);
  expect(ids.has('old-6')).toBe(true);
}, 30_000);

it('removes the scenario text that only the finished games dropped used', async () => {
  const storage = indexedDbStorage(new IDBFactory());
  const { record } = await manyFinished(storage, 55);
  // The 6 oldest were played on another version of the scenario: its text is stored once, for them alone.
  const otherText = `${text}\n`;
  const otherKey = SCENARIO_KEY(contentKey(otherText));
  await storage.set(otherKey, { format: SCENARIO_FORMAT, text: otherText });
  for (let i = 0; i < 6; i++) {
    const old = (await storage.get(SAVE_KEY(`old-${i}`))) as SaveRecord;
    await storage.set(SAVE_KEY(`old-${i}`), { ...old, scenario: otherKey });
  }
  expect(record.scenario).not.toBe(otherKey);
  const next = await load(storage);
  await startsAGame(next);
  // 56 finished games: the 6 oldest go, and with them the text no save uses any more.
  const ids = new Set(await saveIds(storage));
  for (let i = 0; i < 6; i++) expect(ids.has(`old-${i}`)).toBe(false);
  expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toEqual([record.scenario]);
}, 30_000);
