/**
 * Everything read back from storage is checked: a save edited by hand, damaged or written by another
 * version is refused with a sentence and never becomes a half-working game.
 */
import { describe, expect, it } from 'vitest';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import type { SaveStorage } from '../../src/store/saveStorage.ts';
import { SAVE_KEY, isSaveDate, readSaveRecord, readSessionRecord } from '../../src/store/saves.ts';
import { setStoreLocale } from '../../src/store/storeLocale.ts';
import type { SaveRecord } from '../../src/store/saves.ts';
import { first, make, oneHuman, second, startThroughBriefing } from './storeFixture.ts';

/** A storage holding one real save (two moves) and its id. */
async function oneSave(): Promise<{ storage: SaveStorage; id: string; save: SaveRecord }> {
  const storage = memorySaveStorage();
  const store = make();
  const saves = persistGames(store, { storage });
  startThroughBriefing(store, oneHuman);
  store.getState().dispatch({ type: 'pass', party: first });
  store.getState().botMove();
  store.getState().toLibrary();
  await saves.flush();
  const id = store.getState().saves[0]?.id as string;
  return { storage, id, save: (await storage.get(SAVE_KEY(id))) as SaveRecord };
}

/** Stores an edited copy of the save, then lists and tries to continue it as a fresh page would. */
async function tamper(edit: (save: SaveRecord) => unknown) {
  const { storage, id, save } = await oneSave();
  await storage.set(SAVE_KEY(id), edit(structuredClone(save)));
  const store = make();
  const saves = persistGames(store, { storage });
  await saves.hydrate();
  const listed = store.getState();
  await saves.continueSave(id);
  return { listed, after: store.getState(), storage, id };
}

describe('a tampered save', () => {
  it('keeps the computer players’ reasons through a save, and refuses damaged ones with a sentence', async () => {
    const { save } = await oneSave();
    expect(Object.values(save.reasons ?? {})).toHaveLength(1);
    const { after } = await tamper((s) => s);
    expect(after.game?.reasons).toEqual(save.reasons);
    const damaged = await tamper((s) => ({ ...s, reasons: { '1': 42 } }));
    expect(damaged.listed.saveProblems[0]?.message).toMatch(/its computer players’ reasons are damaged/);
    expect(damaged.after.game).toBeNull();
  });

  it('with a date that is not a date is listed as unreadable, never as “saved Invalid Date”', async () => {
    const { listed, after } = await tamper((s) => ({ ...s, savedAt: 'yesterday' }));
    expect(listed.saves).toEqual([]);
    expect(listed.saveProblems[0]?.message).toMatch(/its date is damaged \(“yesterday”\)/);
    expect(after.game).toBeNull();
    expect(after.notice).toMatch(/cannot be continued: its date is damaged/);
  });

  it('naming an unknown computer strategy is refused with a sentence', async () => {
    const { listed, after } = await tamper((s) => ({
      ...s,
      controllers: { ...s.controllers, [second]: { kind: 'computer', strategy: 'evil-genius', difficulty: 'normal' } },
    }));
    expect(listed.saveProblems[0]?.message).toMatch(/computer strategy Accord does not know \(“evil-genius”\)/);
    expect(after.game).toBeNull();
  });

  it('giving a person playing no name, or a player of no known kind, is refused with a sentence', async () => {
    const nameless = await tamper((s) => ({ ...s, controllers: { ...s.controllers, [first]: { kind: 'human' } } }));
    expect(nameless.listed.saveProblems[0]?.message).toMatch(/it gives no name for the person playing/);
    expect(nameless.after.game).toBeNull();
    const alien = await tamper((s) => ({ ...s, controllers: { ...s.controllers, [first]: { kind: 'alien' } } }));
    expect(alien.listed.saveProblems[0]?.message).toMatch(/it does not say validly who plays/);
  });

  it('naming an unknown difficulty is refused with a sentence', async () => {
    const { after } = await tamper((s) => ({
      ...s,
      controllers: { ...s.controllers, [second]: { kind: 'computer', strategy: 'adaptive', difficulty: 'godlike' } },
    }));
    expect(after.game).toBeNull();
    expect(after.notice).toMatch(/difficulty Accord does not know \(“godlike”\)/);
  });

  it('whose moves do not replay is refused, naming the first move that fails', async () => {
    const { listed, after } = await tamper((s) => ({
      ...s,
      actions: [...s.actions, { type: 'support', party: 'nobody' }],
    }));
    // Listing does not replay (it must stay fast); continuing does, and refuses.
    expect(listed.saves).toHaveLength(1);
    expect(after.game).toBeNull();
    expect(after.notice).toMatch(/cannot be continued: move 3 of the save cannot be replayed/);
    // The engine's refusal is a whole sentence; embedded, it ends the notice with one stop, not two.
    expect(after.notice).not.toMatch(/\.\./);
  });

  it('is refused in the screens’ language, every reason included (French)', async () => {
    setStoreLocale('fr');
    try {
      const renamed = await tamper((s) => ({ ...s, id: 'someone-else' }));
      expect(renamed.after.notice).toMatch(
        /^Cette partie enregistrée ne peut pas être reprise\s: elle est enregistrée sous un autre nom\.$/,
      );
      const { storage, id, save } = await oneSave();
      const original = ((await storage.get(save.scenario)) as { text: string }).text;
      await storage.set(save.scenario, {
        format: 'accord-scenario/1',
        text: original.replace('"City council"', '"Evil council"'),
      });
      const store = make();
      await persistGames(store, { storage }).continueSave(id);
      expect(store.getState().notice).toMatch(/la copie de son scénario a été modifiée après l’enregistrement\.$/);
      await storage.del(SAVE_KEY(id));
      await persistGames(store, { storage }).continueSave(id);
      expect(store.getState().notice).toMatch(/elle n’est plus enregistrée\.$/);
    } finally {
      setStoreLocale('en');
    }
  });

  it('naming a party the scenario does not have, or leaving one out, is refused', async () => {
    const extra = await tamper((s) => ({
      ...s,
      controllers: { ...s.controllers, ghost: { kind: 'human', name: 'Nobody' } },
    }));
    expect(extra.after.notice).toMatch(/a party the scenario does not have \(“ghost”\)/);
    const missing = await tamper((s) => ({ ...s, controllers: { [first]: s.controllers[first] } }));
    expect(missing.after.notice).toMatch(/does not say who plays University/);
  });

  it('whose scenario copy was damaged or edited, or that points elsewhere, is refused', async () => {
    const { storage, id, save } = await oneSave();
    const original = ((await storage.get(save.scenario)) as { text: string }).text;
    for (const edited of ['{ "id": ', original.replace('"City council"', '"Evil council"')]) {
      await storage.set(save.scenario, { format: 'accord-scenario/1', text: edited });
      const store = make();
      await persistGames(store, { storage }).continueSave(id);
      expect(store.getState().game).toBeNull();
      expect(store.getState().notice).toMatch(/the copy of its scenario was changed after it was saved/);
    }
    await storage.del(save.scenario);
    const store = make();
    await persistGames(store, { storage }).continueSave(id);
    expect(store.getState().notice).toMatch(/the copy of its scenario is missing or damaged/);
    const elsewhere = await tamper((s) => ({ ...s, scenario: SAVE_KEY('other') }));
    expect(elsewhere.after.notice).toMatch(/does not say which scenario it plays/);
  });

  it('stored under another save’s name, or with a bad seed, is refused', async () => {
    const renamed = await tamper((s) => ({ ...s, id: 'someone-else' }));
    expect(renamed.after.notice).toMatch(/stored under another name/);
    for (const seed of [-3, 3.5, 1e300, '7']) {
      const bad = await tamper((s) => ({ ...s, seed }));
      expect(bad.after.notice).toMatch(/its seed is not a whole number/);
    }
  });

  it('whose list of moves or summary is damaged is refused with its sentence', async () => {
    for (const actions of ['x', [1], [{ type: 5, party: 'a' }], [{ type: 'pass' }]]) {
      const bad = await tamper((s) => ({ ...s, actions }));
      expect(bad.after.notice).toMatch(/its list of moves is damaged/);
    }
    for (const summary of [null, { round: -1, finished: false }, { round: 1.5, finished: false }, { round: 1 }]) {
      const bad = await tamper((s) => ({ ...s, summary }));
      expect(bad.after.notice).toMatch(/its summary \(round, finished\) is damaged/);
    }
  });

  it('drops a damaged worksheet or reflection, never trusting it, and keeps the game', async () => {
    const { save } = await oneSave();
    const worksheet = { batna: 'walk', priorities: ['price'], reservation: 40, othersWant: {}, answers: {} };
    const read = readSaveRecord({
      ...save,
      worksheets: { a: worksheet, b: { batna: 7 }, c: 'x' },
      reflections: { a: { q1: 'yes' }, b: { q1: 5 } },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.worksheets).toEqual({ a: worksheet });
    expect(read.value.reflections).toEqual({ a: { q1: 'yes' } });
  });

  it('whose players’ names are damaged is refused, never replayed with them', async () => {
    for (const setup of [null, 'x', { players: 'x' }, { players: { a: 5 } }]) {
      const bad = await tamper((s) => ({ ...s, setup }));
      expect(bad.after.notice).toMatch(/its setup \(the players’ names\) is damaged/);
    }
  });
});

describe('the save checks', () => {
  it('accept only real ISO dates', () => {
    expect(isSaveDate('2025-01-01T00:00:00.000Z')).toBe(true);
    expect(isSaveDate('2025-01-01T10:00+02:00')).toBe(true);
    for (const bad of ['2025-13-45T00:00:00Z', 'Invalid Date', '', 12, null, '2025-01-01'])
      expect(isSaveDate(bad), String(bad)).toBe(false);
  });

  it('give a sentence for every kind of damage, never an exception', () => {
    for (const bad of [null, 3, 'text', [], {}, { format: 'accord-save/2' }, { format: 'accord-save/1' }]) {
      const r = readSaveRecord(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^it /);
    }
  });

  it('read a tampered session record strictly: computers paused only by true, briefed parties only as names', () => {
    expect(readSessionRecord({ gameId: 'g1', botsPaused: 'false', briefed: ['north', 3] })).toEqual({
      gameId: 'g1',
      botsPaused: false,
      revealedTo: null,
      briefed: null,
    });
    expect(readSessionRecord({ gameId: 'g1', botsPaused: true, revealedTo: 'north', briefed: ['north'] })).toEqual({
      gameId: 'g1',
      botsPaused: true,
      revealedTo: 'north',
      briefed: ['north'],
    });
    for (const bad of [null, 'g1', [], {}, { gameId: 7 }]) expect(readSessionRecord(bad)).toBeNull();
  });
});
