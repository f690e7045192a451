import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../../src/store/appStore.ts';
import { LEGACY_CURRENT_KEY, LEGACY_SAVE_PREFIX } from '../../src/store/legacySaves.ts';
import { persistGames, SETTINGS_KEY, storageFullNotice } from '../../src/store/persistence.ts';
import type { SavedGames } from '../../src/store/persistence.ts';
import { indexedDbStorage, memorySaveStorage, workingOrMemory } from '../../src/store/saveStorage.ts';
import type { SaveStorage } from '../../src/store/saveStorage.ts';
import { contentKey } from '../../src/store/contentKey.ts';
import { playedElsewhere, SAVE_KEY, SCENARIO_FORMAT, SCENARIO_KEY, SESSION_KEY } from '../../src/store/saves.ts';
import { memoryStorage } from '../../src/store/storage.ts';
import type { KeyValueStorage } from '../../src/store/storage.ts';
import { choice, first, make, oneHuman, second, startThroughBriefing, text, twoHumans } from './storeFixture.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString();

/** One page load: a store and its persistence on the given storages, hydrated. */
async function load(
  storage: SaveStorage,
  prefs: KeyValueStorage = memoryStorage(),
  legacy: KeyValueStorage | null = null,
): Promise<{ store: AppStore; saves: SavedGames }> {
  const store = make();
  const saves = persistGames(store, { storage, prefs, legacy, now });
  await saves.hydrate();
  return { store, saves };
}

const idb = () => indexedDbStorage(new IDBFactory());

describe('saving to IndexedDB and resuming', () => {
  it('saves after every move and resumes the game on reload', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    store.getState().botMove();
    await saves.flush();
    const game = store.getState().game;
    const again = (await load(storage)).store.getState();
    expect(again.game?.id).toBe(game?.id);
    expect(again.game?.state).toEqual(game?.state);
    expect(again.game?.actions).toEqual(game?.actions);
  });

  it('remembers the settings', async () => {
    const prefs = memoryStorage();
    const { store } = await load(memorySaveStorage(), prefs);
    store.getState().setSettings({ projector: true, pace: 'fast', keyShortcuts: false });
    const other = await load(memorySaveStorage(), prefs);
    expect(other.store.getState().settings).toEqual({ projector: true, pace: 'fast', keyShortcuts: false });
    // Settings kept before the shortcuts could be turned off keep them on.
    prefs.setItem(SETTINGS_KEY, JSON.stringify({ projector: true, pace: 'fast' }));
    expect((await load(memorySaveStorage(), prefs)).store.getState().settings.keyShortcuts).toBe(true);
  });

  it('keeps one copy of a scenario’s text for many saves, and none in the saves themselves', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    for (let g = 0; g < 3; g++) {
      startThroughBriefing(store, oneHuman, g);
      for (let m = 0; m < 4 && store.getState().game?.state.status === 'running'; m++) {
        if (!store.getState().botMove()) store.getState().dispatch({ type: 'pass', party: first });
      }
      store.getState().toLibrary();
    }
    await saves.flush();
    const keys = await storage.keys();
    expect(keys.filter((k) => k.startsWith('scenario:'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('save:'))).toHaveLength(3);
    for (const k of keys.filter((k) => k.startsWith('save:')))
      expect(JSON.stringify(await storage.get(k)).length).toBeLessThan(text.length);
    expect(store.getState().saves).toHaveLength(3);
  });

  it('stores a scenario’s text under another key when a different text holds its key, and leaves that one alone', async () => {
    const storage = idb();
    const key = SCENARIO_KEY(contentKey(text));
    const other = { format: SCENARIO_FORMAT, text: '{"not": "this scenario"}' };
    await storage.set(key, other);
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(await storage.get(key)).toEqual(other);
    expect(await storage.get(`${key}-1`)).toEqual({ format: SCENARIO_FORMAT, text });
    const again = (await load(storage)).store.getState();
    expect(again.game?.actions).toHaveLength(1);
  });

  it('writes a scenario’s text again for a new game once the last save that used it was deleted', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    const id = store.getState().game!.id;
    store.getState().toLibrary();
    await saves.deleteSaves([id]);
    expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toEqual([]);
    // A new game of the same scenario on the same page: its save needs the text again.
    startThroughBriefing(store, oneHuman, 8);
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toHaveLength(1);
    const again = await load(storage);
    expect(again.store.getState().game?.id).toBe(store.getState().game?.id);
    expect(again.store.getState().notice).toBeNull();
  });

  it('saves a move made while the one before it was being written', async () => {
    const inner = idb();
    let release: () => void = () => undefined;
    let writing: () => void = () => undefined;
    let held = false;
    const storage: SaveStorage = {
      ...inner,
      async set(k, v) {
        if (held && k.startsWith(SAVE_KEY(''))) {
          held = false;
          writing();
          await new Promise<void>((r) => (release = r));
        }
        await inner.set(k, v);
      },
    };
    const { store, saves } = await load(storage);
    startThroughBriefing(store, twoHumans);
    await saves.flush();
    held = true;
    const started = new Promise<void>((r) => (writing = r));
    const pass = () => {
      if (store.getState().screen.name === 'handover') store.getState().confirmHandover();
      store.getState().dispatch({ type: 'pass', party: store.getState().game!.state.active! });
    };
    pass();
    await started;
    // The first move's save is on its way; the second move comes before it is written.
    pass();
    release();
    await saves.flush();
    const id = store.getState().game!.id;
    expect(((await storage.get(SAVE_KEY(id))) as { actions: unknown[] }).actions).toHaveLength(2);
  });

  it('lists, continues and deletes saves; unreadable ones never stop the others; unused scenario texts go', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    const goodId = store.getState().game?.id as string;
    store.getState().toLibrary();
    await saves.flush();
    await storage.set(SAVE_KEY('broken'), '{"format":"accord-save/2", "id": ');
    await storage.set(SAVE_KEY('foreign'), { hello: 'world' });
    await storage.set(SAVE_KEY('future'), { format: 'accord-save/9' });
    const other = await load(storage);
    const s = other.store.getState();
    expect(s.saves.map((x) => x.id)).toEqual([goodId]);
    expect(s.saves[0]?.bytes).toBeGreaterThan(text.length); // its scenario's text is freed with it
    expect(s.saveProblems.map((p) => p.id).sort()).toEqual(['broken', 'foreign', 'future']);
    expect(s.saveProblems.find((p) => p.id === 'future')?.message).toMatch(/another version/);
    await other.saves.continueSave(goodId);
    expect(other.store.getState().game?.id).toBe(goodId);
    // Continued from the library by a lone human on their own screen: straight to their panel, no hand-over.
    expect(other.store.getState().game?.revealedTo).toBe(first);
    expect(other.store.getState().screen).toEqual({ name: 'room' });
    other.store.getState().toLibrary();
    await other.saves.deleteSaves(['broken', goodId]);
    expect(other.store.getState().saves).toEqual([]);
    expect(
      other.store
        .getState()
        .saveProblems.map((p) => p.id)
        .sort(),
    ).toEqual(['foreign', 'future']);
    expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toEqual([]);
  });
});

describe('one game in two tabs', () => {
  /** The active party passes (both parties are human: no computer moves on its own). */
  const pass = (store: AppStore) => {
    if (store.getState().screen.name === 'handover') store.getState().confirmHandover();
    const party = store.getState().game!.state.active!;
    expect(store.getState().dispatch({ type: 'pass', party })).toBe(true);
  };
  const movesIn = async (storage: SaveStorage, id: string) =>
    ((await storage.get(SAVE_KEY(id))) as { actions: unknown[] } | undefined)?.actions.length;
  /** A game one move in, saved, and a second tab opened on it (it resumes the same game). */
  const twoTabs = async () => {
    const storage = idb();
    const a = await load(storage);
    startThroughBriefing(a.store, twoHumans);
    pass(a.store);
    await a.saves.flush();
    const b = await load(storage);
    return { storage, a, b, id: a.store.getState().game!.id };
  };

  it('keeps the moves of both: the tab that played on from an older save goes on in a copy, and says so', async () => {
    const { storage, a, b, id } = await twoTabs();
    expect(b.store.getState().game?.id).toBe(id);
    // The first plays on to three moves; the second, still at one, plays a move of its own.
    pass(a.store);
    pass(a.store);
    await a.saves.flush();
    pass(b.store);
    await b.saves.flush();
    expect(await movesIn(storage, id), 'the first tab’s moves are not written over').toBe(3);
    expect(b.store.getState().notice).toMatch(/also played on in another tab or window\. Both games are kept/);
    expect(a.store.getState().notice).toBeNull();
    const saves = (await storage.keys()).filter((k) => k.startsWith('save:'));
    expect(saves).toHaveLength(2);
    const copy = saves.find((k) => k !== SAVE_KEY(id))!.slice('save:'.length);
    expect(await movesIn(storage, copy)).toBe(2);
    // Each goes on in its own save: the first in the game's, the second in its copy, without a new notice.
    b.store.getState().dismissNotice();
    pass(a.store);
    pass(b.store);
    await a.saves.flush();
    await b.saves.flush();
    expect([await movesIn(storage, id), await movesIn(storage, copy)]).toEqual([4, 3]);
    expect(b.store.getState().notice).toBeNull();
    // A reload of the second tab resumes its copy, and the library lists both games.
    const again = await load(storage);
    expect(again.store.getState().game?.actions).toHaveLength(3);
    expect(
      again.store
        .getState()
        .saves.map((s) => s.id)
        .sort(),
    ).toEqual([copy, id].sort());
  });

  it('never copies a game that one tab plays on alone, nor one opened again from the library', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, twoHumans);
    const id = store.getState().game!.id;
    for (let m = 0; m < 5; m++) {
      pass(store);
      await saves.flush();
    }
    store.getState().toLibrary();
    await saves.continueSave(id);
    pass(store);
    await saves.flush();
    expect((await storage.keys()).filter((k) => k.startsWith('save:'))).toEqual([SAVE_KEY(id)]);
    expect(await movesIn(storage, id)).toBe(6);
    expect(store.getState().notice).toBeNull();
  });

  it('writes to the game’s own save again once the tab that went on in a copy opens that save from the library', async () => {
    const { storage, a, b, id } = await twoTabs();
    pass(a.store);
    pass(a.store);
    await a.saves.flush();
    pass(b.store);
    await b.saves.flush();
    const copy = (await storage.keys()).find((k) => k.startsWith('save:') && k !== SAVE_KEY(id))!.slice('save:'.length);
    b.store.getState().dismissNotice();
    // The second tab leaves its copy and opens the game's own save (three moves): its next move goes there.
    b.store.getState().toLibrary();
    await b.saves.continueSave(id);
    pass(b.store);
    await b.saves.flush();
    expect([await movesIn(storage, id), await movesIn(storage, copy)]).toEqual([4, 2]);
    expect((await storage.keys()).filter((k) => k.startsWith('save:'))).toHaveLength(2);
    expect(b.store.getState().notice).toBeNull();
  });

  it('copies a game whose save gained a worksheet in the other tab', async () => {
    const { storage, b, id } = await twoTabs();
    const saved = (await storage.get(SAVE_KEY(id))) as Record<string, unknown>;
    await storage.set(SAVE_KEY(id), { ...saved, worksheets: { [first]: { batna: 'walk', priorities: [] } } });
    pass(b.store);
    await b.saves.flush();
    expect(b.store.getState().notice).toMatch(/another tab or window/);
    expect((await storage.get(SAVE_KEY(id))) as Record<string, unknown>).toHaveProperty('worksheets');
  });
});

describe('a full storage', () => {
  /** A storage that refuses new data once `full` is set, as a browser over its quota does (or with `error`). */
  function fillable(error: () => Error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
    const inner = memorySaveStorage();
    const state = { full: false };
    const storage: SaveStorage = {
      ...inner,
      async set(k, v) {
        if (state.full) throw error();
        await inner.set(k, v);
      },
    };
    return { storage, state };
  }

  it('says so, deletes nothing, and saves again once the user has chosen what to delete', async () => {
    const { storage, state } = fillable();
    const { store, saves } = await load(storage);
    const older: string[] = [];
    for (let g = 0; g < 2; g++) {
      startThroughBriefing(store, oneHuman, g);
      store.getState().dispatch({ type: 'pass', party: first });
      older.push(store.getState().game?.id as string);
      store.getState().toLibrary();
    }
    startThroughBriefing(store, oneHuman, 9);
    await saves.flush();
    const before = (await storage.keys()).sort();
    state.full = true;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState().storageFull).toBe(true);
    expect(store.getState().notice).toBe(storageFullNotice());
    expect((await storage.keys()).sort()).toEqual(before); // nothing deleted
    // Play goes on; further failures do not pile up notices.
    store.getState().botMove();
    await saves.flush();
    expect(store.getState().game?.actions).toHaveLength(2);
    // The user deletes one old game: room is made and the running game is saved.
    state.full = false;
    await saves.deleteSaves([older[0] as string]);
    await saves.flush();
    expect(store.getState().storageFull).toBe(false);
    expect(store.getState().notice).toBeNull();
    const id = store.getState().game?.id as string;
    const saved = (await storage.get(SAVE_KEY(id))) as { actions: unknown[] };
    expect(saved.actions).toHaveLength(2);
    expect(await storage.get(SAVE_KEY(older[1] as string))).toBeDefined();
    // The running game's scenario text survives the clean-up (the game and one old save use it).
    expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toHaveLength(1);
  });

  it('keeps the game marked unsaved after the notice is dismissed, says so again when room made is not enough, and unmarks it once saved', async () => {
    const { storage, state } = fillable();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman, 1);
    store.getState().dispatch({ type: 'pass', party: first });
    const old = store.getState().game?.id as string;
    store.getState().toLibrary();
    startThroughBriefing(store, oneHuman, 9);
    await saves.flush();
    expect(store.getState().unsaved).toBe(false);
    state.full = true;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState().notice).toBe(storageFullNotice());
    store.getState().dismissNotice();
    // Play goes on unsaved: no notice at every move, but the store keeps saying the game is not saved.
    store.getState().botMove();
    await saves.flush();
    expect(store.getState().notice).toBeNull();
    expect(store.getState()).toMatchObject({ unsaved: true, storageFull: true });
    // Deleting a save that does not make room enough: the notice comes back.
    await saves.deleteSaves([old]);
    await saves.flush();
    expect(store.getState().notice).toBe(storageFullNotice());
    store.getState().dismissNotice();
    // Room at last: the next move is saved, every move since the full storage with it, and the mark goes.
    state.full = false;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState()).toMatchObject({ unsaved: false, storageFull: false, notice: null });
    const id = store.getState().game?.id as string;
    expect(((await storage.get(SAVE_KEY(id))) as { actions: unknown[] }).actions).toHaveLength(3);
    // A later failure is a new one: said again.
    state.full = true;
    store.getState().botMove();
    await saves.flush();
    expect(store.getState()).toMatchObject({ unsaved: true, notice: storageFullNotice() });
  });

  it('saves the running game even while a game just left cannot be saved', async () => {
    const inner = memorySaveStorage();
    let refused = '';
    const storage: SaveStorage = {
      ...inner,
      async set(k, v) {
        if (k === refused) throw new Error('disk error');
        await inner.set(k, v);
      },
    };
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman, 9);
    await saves.flush();
    const left = store.getState().game!.id;
    refused = SAVE_KEY(left);
    store.getState().dispatch({ type: 'pass', party: first });
    store.getState().toLibrary();
    await saves.flush();
    expect(store.getState().notice).toMatch(/could not be saved \(disk error\)/);
    startThroughBriefing(store, oneHuman, 10);
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    // Before, the write stopped at the first game it could not save: the running one was never written.
    const running = store.getState().game!.id;
    expect(running).not.toBe(left);
    expect(((await storage.get(SAVE_KEY(running))) as { actions: unknown[] } | undefined)?.actions).toHaveLength(1);
    // The one left is still tried: once its save is taken, its last move is kept.
    refused = '';
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(((await storage.get(SAVE_KEY(left))) as { actions: unknown[] }).actions).toHaveLength(1);
  });

  it('marks a game unsaved for a failure other than a full storage, and unmarks it once saved', async () => {
    const { storage, state } = fillable(() => new Error('disk error'));
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman, 9);
    await saves.flush();
    state.full = true;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState()).toMatchObject({ unsaved: true, storageFull: false });
    expect(store.getState().notice).toMatch(/could not be saved \(disk error\)/);
    state.full = false;
    store.getState().botMove();
    await saves.flush();
    expect(store.getState()).toMatchObject({ unsaved: false, notice: null });
  });

  it('keeps another notice shown since the failure when the game is saved at last', async () => {
    const { storage, state } = fillable();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman, 9);
    await saves.flush();
    state.full = true;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState().notice).toBe(storageFullNotice());
    // Something else to say meanwhile: it replaces the full storage's notice, and stays once the game is saved.
    store.getState().showNotice('Another thing to know.');
    state.full = false;
    store.getState().botMove();
    await saves.flush();
    expect(store.getState()).toMatchObject({ unsaved: false, notice: 'Another thing to know.' });
  });
});

describe('moving localStorage saves to IndexedDB', () => {
  /** A save as the localStorage version wrote it (format 1, with the scenario text inside). */
  const legacySave = (id: string, actions: unknown[]) =>
    JSON.stringify({
      format: 'accord-save/1',
      id,
      savedAt: '2024-05-01T10:00:00.000Z',
      title: choice.scenario.title,
      file: 'minimal.json',
      source: text,
      controllers: oneHuman,
      seed: 7,
      actions,
      summary: { round: 1, finished: false },
    });

  it('moves every save once, removes the old keys only after the copy is written, and resumes the last game', async () => {
    const legacy = memoryStorage({
      [`${LEGACY_SAVE_PREFIX}old1`]: legacySave('old1', [{ type: 'pass', party: first }]),
      [`${LEGACY_SAVE_PREFIX}old2`]: legacySave('old2', []),
      [`${LEGACY_SAVE_PREFIX}cut`]: '{"format":"accord-save/1","id":"cut","sou',
      [LEGACY_CURRENT_KEY]: 'old1',
      'accord:settings': JSON.stringify({ projector: false, pace: 'slow' }),
    });
    const storage = idb();
    const { store } = await load(storage, legacy, legacy);
    expect(legacy.keys().sort()).toEqual(['accord:settings']);
    expect(
      store
        .getState()
        .saves.map((s) => s.id)
        .sort(),
    ).toEqual(['old1', 'old2']);
    // A save too damaged to convert is kept (listed, for the user to delete), not dropped on the way.
    expect(store.getState().saveProblems.map((p) => p.id)).toEqual(['cut']);
    expect((await storage.keys()).filter((k) => k.startsWith('scenario:'))).toHaveLength(1);
    expect(store.getState().game?.id).toBe('old1');
    expect(store.getState().game?.actions).toEqual([{ type: 'pass', party: first }]);
    expect(store.getState().settings.pace).toBe('slow');
  });

  it('never writes an old save over a current one of its name: a copy when it holds more, nothing when it holds less', async () => {
    const storage = idb();
    const first3 = await load(storage);
    const { store } = first3;
    startThroughBriefing(store, oneHuman);
    for (let m = 0; m < 3; m++)
      if (!store.getState().botMove()) store.getState().dispatch({ type: 'pass', party: first });
    await first3.saves.flush();
    const id = store.getState().game!.id;
    const current = (await storage.get(SAVE_KEY(id))) as { actions: unknown[] };
    expect(current.actions).toHaveLength(3);
    // Two more moves the storage never sees: the old version's copy of this game went further.
    first3.saves.stop();
    for (let m = 0; m < 2; m++)
      if (!store.getState().botMove()) store.getState().dispatch({ type: 'pass', party: first });
    const further = store.getState().game!.actions;
    // An old copy that stopped earlier (the outside check's: 2 of the game's moves) goes, the current save untouched.
    const earlier = memoryStorage({ [`${LEGACY_SAVE_PREFIX}${id}`]: legacySave(id, further.slice(0, 2)) });
    const a = await load(storage, memoryStorage(), earlier);
    expect(earlier.keys()).toEqual([]);
    expect(await storage.get(SAVE_KEY(id))).toEqual(current);
    expect(a.store.getState().saves.map((s) => s.id)).toEqual([id]);
    expect(a.store.getState().notice).toBeNull();
    // One that went further is kept as a copy, and the user is told so; the current save stays as it was.
    const later = memoryStorage({ [`${LEGACY_SAVE_PREFIX}${id}`]: legacySave(id, further) });
    const b = await load(storage, memoryStorage(), later);
    expect(later.keys()).toEqual([]);
    expect(await storage.get(SAVE_KEY(id))).toEqual(current);
    expect(b.store.getState().notice).toMatch(
      /older version of Accord had the same name as a current one\. Both are kept/,
    );
    const ids = b.store.getState().saves.map((s) => s.id);
    expect(ids).toHaveLength(2);
    const copy = ids.find((s) => s !== id)!;
    await b.saves.continueSave(copy);
    expect(b.store.getState().game?.actions).toEqual(further);
  });

  it('keeps the old saves where they are when the new storage refuses them', async () => {
    const legacy = memoryStorage({ [`${LEGACY_SAVE_PREFIX}old1`]: legacySave('old1', []) });
    const refusing: SaveStorage = {
      ...memorySaveStorage(),
      set: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const { store } = await load(refusing, memoryStorage(), legacy);
    expect(legacy.getItem(`${LEGACY_SAVE_PREFIX}old1`)).not.toBeNull();
    expect(store.getState().notice).toMatch(/1 saved game could not be moved/);
  });
});

describe('a reload', () => {
  it('keeps the computer players paused', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    store.getState().setBotsPaused(true);
    await saves.flush();
    const again = (await load(storage)).store.getState();
    expect(again.game?.state.active).toBe(second);
    expect(again.botsPaused).toBe(true);
  });

  it('keeps a lone human’s private panel open if it was open, and closed if it was closed', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState().game?.revealedTo).toBe(first);
    let again = (await load(storage)).store.getState();
    expect(again.game?.revealedTo).toBe(first);
    expect(again.screen).toEqual({ name: 'room' });
    // On a projector the panel closed while the computer moved: it stays closed after a reload.
    const prefs = memoryStorage();
    const projected = await load(storage, prefs);
    projected.store.getState().setSettings({ projector: true });
    await projected.saves.flush();
    expect(projected.store.getState().game?.revealedTo).toBeNull();
    again = (await load(storage, prefs)).store.getState();
    expect(again.game?.revealedTo).toBeNull();
    expect(again.screen).toEqual({ name: 'room' });
  });

  it('never reopens a private view when several humans share the device', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    startThroughBriefing(store, twoHumans);
    store.getState().confirmHandover();
    expect(store.getState().game?.revealedTo).toBe(first);
    await saves.flush();
    const again = (await load(storage)).store.getState();
    expect(again.game?.revealedTo).toBeNull();
    expect(again.screen).toEqual({ name: 'handover', party: first, purpose: 'turn' });
  });

  it('forgets the last session when its game is gone, and says why', async () => {
    const storage = idb();
    await storage.set(SESSION_KEY, { gameId: 'gone', botsPaused: true, revealedTo: null });
    const { store } = await load(storage);
    expect(store.getState().game).toBeNull();
    expect(store.getState().notice).toMatch(/cannot be continued: it is no longer stored/);
    expect(await storage.get(SESSION_KEY)).toBeUndefined();
  });
});

describe('a reload during the briefing', () => {
  it('goes back to the briefing for whoever had not read their brief yet', async () => {
    const storage = idb();
    const { store, saves } = await load(storage);
    store.getState().chooseScenario(choice);
    store.getState().startGame(twoHumans, 4);
    store.getState().continueBriefing();
    store.getState().confirmHandover();
    store.getState().continueBriefing(); // Ana has read hers; the device is to pass to Ben
    expect(store.getState().screen).toEqual({ name: 'handover', party: second, purpose: 'brief' });
    await saves.flush();
    const again = await load(storage);
    expect(again.store.getState().screen).toEqual({ name: 'briefing' });
    expect(again.store.getState().game?.revealedTo).toBeNull();
    again.store.getState().continueBriefing();
    expect(again.store.getState().screen).toEqual({ name: 'handover', party: second, purpose: 'brief' });
  });
});

describe('a browser that refuses storage', () => {
  it('gets an in-memory storage, so the game still runs', async () => {
    const refusing: SaveStorage = { ...memorySaveStorage(), keys: () => Promise.reject(new Error('blocked')) };
    const silent: SaveStorage = { ...memorySaveStorage(), keys: () => new Promise(() => undefined) };
    const working = memorySaveStorage();
    expect((await workingOrMemory(refusing)).persistent).toBe(false);
    expect((await workingOrMemory(silent, 10)).persistent).toBe(false);
    const ok = await workingOrMemory(working);
    expect(ok).toEqual({ storage: working, persistent: true });
  });
});

describe('a save played on in another tab', () => {
  const a = { type: 'pass', party: 'a' };
  const b = { type: 'pass', party: 'b' };
  const game = (actions: object[], worksheets = {}, reflections = {}) =>
    ({ actions, worksheets, reflections }) as unknown as Parameters<typeof playedElsewhere>[1];

  it('is one holding moves this page does not have: more of them, or others', () => {
    expect(playedElsewhere({ actions: [a] }, game([a, b]))).toBe(false); // a beginning of this game
    expect(playedElsewhere({ actions: [a, b] }, game([a, b]))).toBe(false);
    expect(playedElsewhere({ actions: [a, b] }, game([a]))).toBe(true); // played on elsewhere
    expect(playedElsewhere({ actions: [b] }, game([a, b]))).toBe(true); // another game from the same save
  });

  it('is one holding a worksheet or reflection this page does not have', () => {
    expect(playedElsewhere({ actions: [a], worksheets: { a: {} } }, game([a]))).toBe(true);
    expect(playedElsewhere({ actions: [a], reflections: { a: {} } }, game([a]))).toBe(true);
    expect(playedElsewhere({ actions: [a], worksheets: { a: {} } }, game([a], { a: {} }))).toBe(false);
  });

  it('is never a missing or unreadable save', () => {
    expect(playedElsewhere(undefined, game([a]))).toBe(false);
    expect(playedElsewhere({ actions: 'x' }, game([a]))).toBe(false);
  });
});
