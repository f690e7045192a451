/**
 * Saving and resuming, beside the store rather than inside it (as zustand's `persist` middleware is):
 * a subscriber writes the running game to the save storage after every move, and the settings to
 * `prefs`; `hydrate` brings back the settings, the saved games and the game of the last session.
 *
 * Saves are never lost. Nothing is deleted unless the user deletes it, but for finished games beyond the
 * most recent 50, which go as new ones are saved (pruneSaves.ts): when the storage is full the
 * store hears so (`storageFull`, a notice) and the user chooses which saves to delete, after which the
 * running game is saved again; until a save succeeds the store's `unsaved` stays on (the header says so
 * and the page asks before it unloads). Nor does one tab write over another's moves: a game played on from the
 * same save in two tabs or windows goes on in a copy in the tab that finds the save moved on (`copies`).
 * A save's scenario text is stored once per scenario and removed only when no save uses it any more.
 * Every storage operation runs in one queue, in order, so a deletion can never overtake the write of a
 * save that needs the scenario it would remove.
 */
import type { AppStore } from './appStore.ts';
import { contentKey } from './contentKey.ts';
import { newGameId } from './gameId.ts';
import { loadGameRules } from './gameRules.ts';
import type { GameRules } from './gameRules.ts';
import { migrateLegacySaves } from './legacySaves.ts';
import { KEPT_FINISHED_GAMES, finishedBeyond } from './pruneSaves.ts';
import { listSaves, scenarioKeyOf } from './savesList.ts';
import type { SaveStorage } from './saveStorage.ts';
import { isQuotaError } from './saveStorage.ts';
import {
  SAVE_KEY,
  SCENARIO_FORMAT,
  SCENARIO_KEY,
  SESSION_KEY,
  playedElsewhere,
  readSaveRecord,
  readScenarioRecord,
  readSessionRecord,
  restore,
  saveRevision,
  toSaveRecord,
} from './saves.ts';
import type { SaveRecord, ScenarioRecord, SessionRecord } from './saves.ts';
import type { KeyValueStorage } from './storage.ts';
import type { RunningGame, Settings } from './types.ts';
import { isPace } from '../bots/pace.ts';
import { say } from './storeLocale.ts';

/** Settings stay in localStorage (small, read at once); saves moved out (legacySaves.ts). */
export const SETTINGS_KEY = 'accord:settings';

export interface PersistenceDeps {
  /** Saved games, their scenarios and the session (IndexedDB in the page). */
  storage: SaveStorage;
  /** The settings (localStorage in the page); null: not remembered. */
  prefs?: KeyValueStorage | null;
  /** Where saves were kept before (localStorage): moved to `storage` once, then removed there. */
  legacy?: KeyValueStorage | null;
  now?: () => string;
  /** A new save's id (a copy of a game played on in another tab too). */
  newId?: () => string;
}

export interface SavedGames {
  /** Reads the settings, moves old saves over, lists the saves and resumes the last session's game. */
  hydrate(): Promise<void>;
  refresh(): Promise<void>;
  /** Opens a saved game from the library (unpaused, behind a hand-over). */
  continueSave(id: string): Promise<void>;
  /** Deletes the saves the user chose, and any scenario text no save needs any more. */
  deleteSaves(ids: string[]): Promise<void>;
  /** Resolves once every storage operation asked for so far has finished. */
  flush(): Promise<void>;
  /** Stops following the store. */
  stop(): void;
}

export function readSettings(prefs: KeyValueStorage): Settings | null {
  try {
    const raw = prefs.getItem(SETTINGS_KEY);
    if (raw === null) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { projector, pace, keyShortcuts } = v as Record<string, unknown>;
    // Settings from before the shortcuts could be turned off keep them on.
    return {
      projector: projector === true,
      pace: isPace(pace) ? pace : 'normal',
      keyShortcuts: keyShortcuts !== false,
    };
  } catch {
    return null;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The notice when the browser's storage is full. */
export const storageFullNotice = (): string => say('store.storageFull');

export function persistGames(store: AppStore, deps: PersistenceDeps): SavedGames {
  const { storage } = deps;
  const prefs = deps.prefs ?? null;
  const legacy = deps.legacy ?? null;
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? newGameId;

  let chain: Promise<unknown> = Promise.resolve();
  /** Runs storage jobs one after another, in the order asked; a failed job does not stop the next. */
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job);
    chain = run.catch(() => undefined);
    return run;
  };

  /** How many moves of each game the storage holds, and which session (see sessionKey). */
  const stored = new Map<string, string>();
  /**
   * The save each game of this page is written to when it is not the game's own: a game played on from the
   * same save in another tab or window too (`playedElsewhere`) goes on in a copy, so neither tab writes over
   * the other's moves. Opening a save from the library writes to that save again.
   */
  const copies = new Map<string, string>();
  const saveIdOf = (gameId: string) => copies.get(gameId) ?? gameId;
  let sessionAs = '';
  /** The storage key of each scenario text written or read in this page. */
  const scenarioKeys = new Map<string, string>();
  /** A save failed and none has succeeded since (the store's `unsaved`). */
  let failing = false;
  /**
   * The notice this failure episode showed, if it did: once is enough, since the header keeps saying
   * the game is not saved (a notice at every move would nag). A save that succeeds ends the episode,
   * and so does room made by deleting saves: if the game still cannot be saved the notice comes back.
   */
  let told: string | null = null;
  let tellAgain = false;

  /** Stores a scenario text once and returns its key (a different text under the same key gets another). */
  const storeScenario = async (text: string): Promise<string> => {
    const known = scenarioKeys.get(text);
    if (known) return known;
    const base = contentKey(text);
    for (let n = 0; ; n++) {
      const key = SCENARIO_KEY(n === 0 ? base : `${base}-${n}`);
      const existing = readScenarioRecord(await storage.get(key));
      if (existing.ok && existing.value.text !== text) continue;
      // An absent or damaged copy is (re)written; a matching one is shared.
      if (!existing.ok) await storage.set(key, { format: SCENARIO_FORMAT, text } satisfies ScenarioRecord);
      scenarioKeys.set(text, key);
      return key;
    }
  };

  const reportFailure = (e: unknown) => {
    failing = true;
    const full = isQuotaError(e);
    store.getState().setSaveFailure(full ? 'storageFull' : 'other');
    if (told !== null && !tellAgain) return;
    tellAgain = false;
    told = full ? storageFullNotice() : say('store.notSaved', { message: message(e) });
    store.getState().showNotice(told);
  };

  /** The latest state of each game still to save (the running one, and one just left with its last moves). */
  const pending = new Map<string, RunningGame>();

  const writeGame = async (): Promise<void> => {
    let wrote = false;
    let wroteFinished = false;
    let failure: { error: unknown } | null = null;
    for (const [id, game] of pending) {
      if (stored.get(id) !== saveRevision(game)) {
        try {
          const scenario = await storeScenario(game.source);
          if (playedElsewhere(await storage.get(SAVE_KEY(saveIdOf(id))), game)) {
            copies.set(id, newId());
            store.getState().showNotice(say('store.playedElsewhere'));
          }
          const saveId = saveIdOf(id);
          await storage.set(SAVE_KEY(saveId), toSaveRecord({ ...game, id: saveId }, now(), scenario));
        } catch (e) {
          // Kept in `pending`: the next change, or room made by deleting saves, tries again. The other games are
          // still tried: a game just left whose save was refused (not for a full storage) stopped the write here,
          // and the running game was never saved while it stayed pending.
          failure ??= { error: e };
          continue;
        }
        stored.set(id, saveRevision(game));
        wrote = true;
        if (game.state.status === 'finished') wroteFinished = true;
      }
      if (pending.get(id) === game) pending.delete(id);
    }
    if (failure) reportFailure(failure.error);
    else if (wrote && failing) {
      // Every game saved: the failure episode is over.
      failing = false;
      const s = store.getState();
      s.setSaveFailure(null);
      if (told !== null && s.notice === told) s.dismissNotice();
      told = null;
      tellAgain = false;
    }
    // A game just saved as finished may be one too many: the oldest finished ones go. So may the ones kept before
    // this page: looked at once, at its first save.
    if (wroteFinished || !prunedOnce) await pruneFinished();
    const state = store.getState();
    const running = state.game;
    if (!running) {
      if (sessionAs !== '') {
        await storage.del(SESSION_KEY).catch(() => undefined);
        sessionAs = '';
      }
      return;
    }
    // Only a game that is stored can be resumed: its first save may still be queued behind this.
    if (!stored.has(running.id)) return;
    const session: SessionRecord = {
      gameId: saveIdOf(running.id),
      botsPaused: state.botsPaused,
      revealedTo: running.revealedTo,
      briefed: running.briefed,
    };
    const as = sessionKey(session);
    if (as !== sessionAs) {
      // The session is a convenience (resume on reload): failing to write it is not worth a notice.
      await storage.set(SESSION_KEY, session).then(
        () => void (sessionAs = as),
        () => undefined,
      );
    }
  };

  let prunedOnce = false;
  /** Deletes the finished saves beyond the most recent ones kept, never a game this page has open. */
  const pruneFinished = async (): Promise<void> => {
    prunedOnce = true;
    const running = store.getState().game;
    const spared = new Set([...pending.keys(), ...(running ? [running.id] : [])].map(saveIdOf));
    try {
      const old = await finishedBeyond(storage, KEPT_FINISHED_GAMES, spared);
      if (old.length === 0) return;
      for (const id of old) {
        await storage.del(SAVE_KEY(id));
        stored.delete(id);
      }
      await dropUnusedScenarios();
    } catch {
      /* tried again when the next game finishes; nothing is lost meanwhile */
    }
  };

  let writeQueued = false;
  const scheduleWrite = () => {
    if (writeQueued) return;
    writeQueued = true;
    void serial(async () => {
      writeQueued = false;
      await writeGame();
    });
  };

  const refreshNow = async () => {
    const { saves, problems } = await listSaves(storage);
    store.getState().showSaves(saves, problems);
  };

  const open = async (id: string, session: SessionRecord | null): Promise<void> => {
    // A finished game is opened for its debrief, not to be continued: once the save is read, the notice says so.
    let finished = false;
    const fail = (reason: string) =>
      store.getState().showNotice(say(finished ? 'store.cannotDebrief' : 'store.cannotContinue', { reason }));
    let value: unknown;
    try {
      value = await storage.get(SAVE_KEY(id));
    } catch (e) {
      return fail(say('store.saves.unreadable', { message: message(e) }));
    }
    if (value === undefined) return fail(say('store.saves.noLongerStored'));
    const read = readSaveRecord(value);
    if (!read.ok) return fail(read.reason);
    const save: SaveRecord = read.value;
    finished = save.summary.finished;
    if (save.id !== id) return fail(say('store.otherName'));
    const scenario = readScenarioRecord(await storage.get(save.scenario).catch(() => undefined));
    if (!scenario.ok) return fail(scenario.reason);
    // The key is derived from the text (plus "-n" after a collision): an edited copy no longer matches it.
    const expected = SCENARIO_KEY(contentKey(scenario.value.text));
    if (save.scenario !== expected && !save.scenario.startsWith(`${expected}-`))
      return fail(say('store.saves.copyChanged'));
    let rules: GameRules;
    try {
      rules = await loadGameRules();
    } catch (e) {
      return fail(say('store.saves.rulesNotLoaded', { message: message(e) }));
    }
    const restored = restore(save, scenario.value.text, rules.replay);
    if (!restored.ok) return fail(restored.reason);
    // What is stored is this very game: no need to write it again until it changes.
    stored.set(save.id, saveRevision(restored.value));
    copies.delete(save.id);
    scenarioKeys.set(scenario.value.text, save.scenario);
    store.getState().resumeGame(restored.value, session);
  };

  /** Moves the old saves over; what the user should hear about it, if anything. */
  const migrate = async (): Promise<string[]> => {
    if (!legacy) return [];
    const { kept, copied } = await migrateLegacySaves(legacy, storage, storeScenario, newId);
    return [
      ...(kept > 0 ? [say('store.legacyKept', { count: kept })] : []),
      ...(copied > 0 ? [say('store.legacyCopied', { count: copied })] : []),
    ];
  };

  const resumeSession = async (): Promise<void> => {
    const session = readSessionRecord(await storage.get(SESSION_KEY).catch(() => undefined));
    if (!session) return;
    sessionAs = sessionKey(session);
    await open(session.gameId, session);
    // A session whose game cannot be resumed is forgotten (the save itself stays, listed).
    if (!store.getState().game) {
      await storage.del(SESSION_KEY).catch(() => undefined);
      sessionAs = '';
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.settings !== prev.settings && prefs) {
      try {
        prefs.setItem(SETTINGS_KEY, JSON.stringify(state.settings));
      } catch {
        /* settings are a convenience: not saving them is harmless */
      }
    }
    const changed = state.game ?? prev.game;
    if (state.game !== prev.game && changed) pending.set(changed.id, changed);
    if (state.game !== prev.game || state.botsPaused !== prev.botsPaused) scheduleWrite();
    // Back in the library: list the saves as they are now (the game just left included).
    if (state.game === null && prev.game !== null) void serial(refreshNow);
  });

  return {
    hydrate: () =>
      serial(async () => {
        const settings = prefs ? readSettings(prefs) : null;
        if (settings) store.getState().setSettings(settings);
        const moved = await migrate();
        await refreshNow();
        await resumeSession();
        // Said once the game is back (resuming one clears the notice), after why it could not be, if so.
        if (moved.length > 0)
          store.getState().showNotice([store.getState().notice, ...moved].filter(Boolean).join(' '));
      }),
    refresh: () => serial(refreshNow),
    continueSave: (id) => serial(() => open(id, null)),
    deleteSaves: (ids) =>
      serial(async () => {
        try {
          for (const id of ids) {
            await storage.del(SAVE_KEY(id));
            stored.delete(id);
          }
          await dropUnusedScenarios();
        } catch (e) {
          store.getState().showNotice(say('store.notDeleted', { message: message(e) }));
        }
        await refreshNow();
        // Room was made: save the running game again if it could not be saved (saying so again if it still cannot).
        if (failing) {
          tellAgain = true;
          scheduleWrite();
        }
      }),
    flush: () => serial(async () => undefined),
    stop: unsubscribe,
  };

  /** Removes scenario texts that no save (readable or not) and not the running game refers to. */
  async function dropUnusedScenarios(): Promise<void> {
    const keys = await storage.keys();
    const used = new Set<string>();
    for (const key of keys)
      if (key.startsWith(SAVE_KEY(''))) {
        const k = scenarioKeyOf(await storage.get(key));
        if (k) used.add(k);
      }
    const game = store.getState().game;
    const running = game ? scenarioKeys.get(game.source) : undefined;
    if (running) used.add(running);
    for (const key of keys) if (key.startsWith(SCENARIO_KEY('')) && !used.has(key)) await storage.del(key);
    for (const [text, key] of scenarioKeys) if (!used.has(key)) scenarioKeys.delete(text);
  }
}

/** A session as one string, to tell whether the stored one is still current. */
function sessionKey(s: SessionRecord): string {
  return JSON.stringify([s.gameId, s.botsPaused, s.revealedTo, s.briefed]);
}
