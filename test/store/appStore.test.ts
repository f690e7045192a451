import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore, humansOf, resumeOnLoad } from '../../src/store/appStore.ts';
import type { AppStore } from '../../src/store/appStore.ts';
import { loadScenarioText } from '../../src/store/library.ts';
import { CURRENT_KEY, SAVE_PREFIX, readSettings } from '../../src/store/saves.ts';
import { memoryStorage } from '../../src/store/storage.ts';
import type { KeyValueStorage } from '../../src/store/storage.ts';
import type { Controller } from '../../src/store/types.ts';

const text = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const entry = loadScenarioText(text, 'minimal.json');
if (!entry.ok) throw new Error('fixture does not load');
const scenario = entry.scenario;
const [first, second] = scenario.parties.map((p) => p.id) as [string, string];

let ids = 0;
const make = (storage: KeyValueStorage = memoryStorage()): AppStore =>
  createAppStore({ storage, now: () => '2025-01-01T00:00:00.000Z', newId: () => `g${++ids}` });

const oneHuman: Record<string, Controller> = {
  [first]: { kind: 'human', name: 'Ana' },
  [second]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
};
const twoHumans: Record<string, Controller> = {
  [first]: { kind: 'human', name: 'Ana' },
  [second]: { kind: 'human', name: 'Ben' },
};

function startThroughBriefing(store: AppStore, controllers: Record<string, Controller>): void {
  store.getState().chooseScenario(entry as Extract<typeof entry, { ok: true }>);
  store.getState().startGame(controllers, 7);
  expect(store.getState().screen).toEqual({ name: 'briefing' });
  for (const p of humansOf(controllers)) {
    store.getState().continueBriefing();
    expect(store.getState().screen).toEqual({ name: 'handover', party: p, purpose: 'brief' });
    expect(store.getState().game?.revealedTo).toBeNull();
    store.getState().confirmHandover();
    expect(store.getState().screen).toEqual({ name: 'brief', party: p });
    expect(store.getState().game?.revealedTo).toBe(p);
  }
  store.getState().continueBriefing();
}

describe('the app store', () => {
  it('starts a one-human game, briefs the human, and lets the computer move', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const s = store.getState();
    expect(s.game?.state.active).toBe(first);
    expect(s.screen).toEqual({ name: 'room' });
    expect(s.game?.revealedTo).toBe(first);
    expect(store.getState().botMove()).toBe(false); // not a computer's turn
    const pkg = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]?.id ?? '']));
    expect(store.getState().dispatch({ type: 'propose', party: first, package: pkg })).toBe(true);
    // Proposing ends the turn (a main move): the computer is next and moves through the store.
    expect(store.getState().game?.state.active).toBe(second);
    expect(store.getState().dispatch({ type: 'pass', party: second })).toBe(false);
    expect(store.getState().botMove()).toBe(true);
    expect(store.getState().game?.actions.length).toBe(2);
  });

  it('refuses an illegal move with the engine’s reason and changes nothing', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const before = store.getState().game?.state;
    expect(store.getState().dispatch({ type: 'support', party: first })).toBe(false);
    expect(store.getState().game?.rejection).toBeTruthy();
    expect(store.getState().game?.state).toBe(before);
  });

  it('hides the screen between two humans: a hand-over before each one’s turn', () => {
    const store = make();
    startThroughBriefing(store, twoHumans);
    // After the last brief the screen goes public, then asks for the first player.
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'handover', party: first, purpose: 'turn' });
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(false); // not unlocked yet
    store.getState().confirmHandover();
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'handover', party: second, purpose: 'turn' });
  });

  it('saves after every move and resumes the game on reload', () => {
    const storage = memoryStorage();
    const store = make(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    store.getState().botMove();
    const game = store.getState().game;
    expect(storage.getItem(CURRENT_KEY)).toBe(game?.id);
    const reloaded = make(storage);
    resumeOnLoad(reloaded, storage, readSettings);
    const again = reloaded.getState().game;
    expect(again?.state).toEqual(game?.state);
    expect(again?.actions).toEqual(game?.actions);
    // The resumed screen never starts unlocked: the human confirms the hand-over first.
    expect(again?.revealedTo).toBeNull();
    expect(reloaded.getState().screen).toEqual({ name: 'handover', party: first, purpose: 'turn' });
  });

  it('lists saves, continues and deletes them; a corrupt or foreign save never stops the others', () => {
    const storage = memoryStorage();
    const store = make(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    const goodId = store.getState().game?.id as string;
    storage.setItem(`${SAVE_PREFIX}broken`, '{"format":"accord-save/1", "id": ');
    storage.setItem(`${SAVE_PREFIX}foreign`, JSON.stringify({ hello: 'world' }));
    storage.setItem(`${SAVE_PREFIX}future`, JSON.stringify({ format: 'accord-save/9' }));
    const other = make(storage);
    const s = other.getState();
    expect(s.saves.map((x) => x.id)).toEqual([goodId]);
    expect(s.saveProblems.map((p) => p.id).sort()).toEqual(['broken', 'foreign', 'future']);
    expect(s.saveProblems.find((p) => p.id === 'broken')?.message).toMatch(/not valid JSON/);
    expect(s.saveProblems.find((p) => p.id === 'future')?.message).toMatch(/another version/);
    other.getState().continueSave(goodId);
    expect(other.getState().game?.id).toBe(goodId);
    other.getState().deleteSave('broken');
    expect(
      other
        .getState()
        .saveProblems.map((p) => p.id)
        .sort(),
    ).toEqual(['foreign', 'future']);
  });

  it('a save whose moves were tampered with gives a clear message instead of a game', () => {
    const storage = memoryStorage();
    const store = make(storage);
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    const id = store.getState().game?.id as string;
    const save = JSON.parse(storage.getItem(SAVE_PREFIX + id) as string) as { actions: unknown[] };
    save.actions.push({ type: 'support', party: 'nobody' });
    storage.setItem(SAVE_PREFIX + id, JSON.stringify(save));
    const other = make(storage);
    resumeOnLoad(other, storage, readSettings);
    expect(other.getState().game).toBeNull();
    expect(other.getState().notice).toMatch(/cannot be continued: move 2/);
  });

  it('plays a whole game of computers to the debrief', () => {
    const store = make();
    const bots: Record<string, Controller> = {
      [first]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
      [second]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
    };
    store.getState().chooseScenario(entry as Extract<typeof entry, { ok: true }>);
    store.getState().startGame(bots, 3);
    store.getState().continueBriefing();
    expect(store.getState().screen).toEqual({ name: 'room' });
    for (let i = 0; i < 500 && store.getState().botMove(); i++);
    expect(store.getState().game?.state.status).toBe('finished');
    expect(store.getState().screen).toEqual({ name: 'room' });
    store.getState().showDebrief();
    expect(store.getState().screen).toEqual({ name: 'debrief' });
  });

  it('remembers settings', () => {
    const storage = memoryStorage();
    make(storage).getState().setSettings({ projector: true, pace: 'fast' });
    const other = make(storage);
    resumeOnLoad(other, storage, readSettings);
    expect(other.getState().settings).toEqual({ projector: true, pace: 'fast' });
  });
});

describe('a full storage', () => {
  it('makes room by deleting the oldest finished game, and says so when it cannot save', () => {
    const inner = memoryStorage();
    let limit = Infinity;
    const storage: KeyValueStorage = {
      ...inner,
      setItem(k, v) {
        const used = inner.keys().reduce((t, key) => t + (key === k ? 0 : (inner.getItem(key)?.length ?? 0)), 0);
        if (used + v.length > limit) throw new Error('QuotaExceededError');
        inner.setItem(k, v);
      },
    };
    let t = 0;
    const store = createAppStore({
      storage,
      now: () => `2025-01-01T00:00:${String(t++).padStart(2, '0')}.000Z`,
      newId: () => `q${++ids}`,
    });
    startThroughBriefing(store, oneHuman);
    const first = store.getState().game?.id as string;
    store.getState().toLibrary();
    // Room for about one and a half games: the second game pushes the first out.
    limit = (inner.getItem(SAVE_PREFIX + first)?.length ?? 0) * 1.5;
    startThroughBriefing(store, oneHuman);
    const second = store.getState().game?.id as string;
    expect(inner.getItem(SAVE_PREFIX + second)).not.toBeNull();
    expect(inner.getItem(SAVE_PREFIX + first)).toBeNull();
    expect(store.getState().notice).toBeNull();
    limit = 10;
    store.getState().dispatch({ type: 'pass', party: store.getState().game?.state.active as string });
    expect(store.getState().notice).toMatch(/could not be saved/);
  });
});

describe('projector mode with one human and computers', () => {
  it('hides the human’s private view while the computers move, and unlocks it only on their turn after “Show my private panel”', () => {
    const store = make();
    store.getState().setSettings({ projector: true });
    startThroughBriefing(store, oneHuman);
    // The human moves first: the room shows the public table until they unlock their panel.
    expect(store.getState().screen).toEqual({ name: 'room' });
    expect(store.getState().game?.revealedTo).toBe(first); // they have just read their brief: still theirs
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    // A computer's turn: nobody's private view is unlocked.
    expect(store.getState().game?.state.active).toBe(second);
    expect(store.getState().game?.revealedTo).toBeNull();
    store.getState().showPrivatePanel(); // not the human's turn: refused
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().botMove()).toBe(true);
    // The human's turn again: still locked, in the room (not a full hand-over), until they confirm.
    expect(store.getState().game?.state.active).toBe(first);
    expect(store.getState().screen).toEqual({ name: 'room' });
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(false);
    store.getState().showPrivatePanel();
    expect(store.getState().game?.revealedTo).toBe(first);
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    expect(store.getState().game?.revealedTo).toBeNull();
  });

  it('turning the projector on while a computer moves hides the panel at once; off the projector it stays', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    expect(store.getState().game?.revealedTo).toBe(first); // a laptop: the lone human keeps their panel
    store.getState().setSettings({ projector: true });
    expect(store.getState().game?.revealedTo).toBeNull();
  });

  it('pauses and resumes the computer players; leaving the game clears the pause', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    expect(store.getState().botsPaused).toBe(false);
    store.getState().setBotsPaused(true);
    expect(store.getState().botsPaused).toBe(true);
    store.getState().toLibrary();
    expect(store.getState().botsPaused).toBe(false);
  });
});
