/**
 * Saved games in a key-value storage. A save is the game's recipe (scenario text, who plays whom,
 * seed, actions), never a snapshot of the state: restoring re-parses the scenario and replays the
 * actions through the engine, so whatever a save holds is checked by the same rules as live play.
 * A save that is corrupt, foreign or from another version yields a sentence, never an exception.
 */
import type { Action, GameState, PartyId, Setup } from '../engine/index.ts';
import { replay } from '../engine/index.ts';
import { parseScenario } from '../scenario/index.ts';
import type { KeyValueStorage } from './storage.ts';
import type { Controller, RunningGame, SaveProblem, SaveSummary, Settings } from './types.ts';

export const SAVE_PREFIX = 'accord:save:';
export const CURRENT_KEY = 'accord:current';
export const SETTINGS_KEY = 'accord:settings';
const FORMAT = 'accord-save/1';

export interface SaveFile {
  format: typeof FORMAT;
  id: string;
  savedAt: string;
  title: string;
  file: string;
  source: string;
  controllers: Record<PartyId, Controller>;
  seed: number;
  actions: Action[];
  summary: { round: number; finished: boolean };
}

export function toSaveFile(game: RunningGame, savedAt: string): SaveFile {
  return {
    format: FORMAT,
    id: game.id,
    savedAt,
    title: game.state.scenario.title,
    file: game.file,
    source: game.source,
    controllers: game.controllers,
    seed: game.seed,
    actions: game.actions,
    summary: { round: game.state.round, finished: game.state.status === 'finished' },
  };
}

/** The engine's Setup derived from who plays whom: players' display names. */
export function setupFor(controllers: Record<PartyId, Controller>): Setup {
  const players: Record<PartyId, string> = {};
  for (const [party, c] of Object.entries(controllers))
    players[party] = c.kind === 'human' ? c.name : `Computer (${c.strategy}, ${c.difficulty})`;
  return { players };
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkController(v: unknown): v is Controller {
  if (!isObject(v)) return false;
  if (v.kind === 'human') return typeof v.name === 'string';
  return (
    v.kind === 'computer' &&
    typeof v.strategy === 'string' &&
    (v.difficulty === 'easy' || v.difficulty === 'normal' || v.difficulty === 'hard')
  );
}

/** Checks the shape of a save read back from storage (not yet its content: see restore). */
export function readSaveFile(text: string | null): Check<SaveFile> {
  if (text === null) return { ok: false, reason: 'the save is missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the save is not valid JSON (it may have been cut short or edited)' };
  }
  if (!isObject(data)) return { ok: false, reason: 'the save is not an Accord save' };
  if (data.format !== FORMAT) {
    return {
      ok: false,
      reason:
        typeof data.format === 'string' && data.format.startsWith('accord-save/')
          ? `the save was written by another version of Accord (${data.format})`
          : 'the save is not an Accord save',
    };
  }
  const s = data as Record<string, unknown>;
  if (
    typeof s.id !== 'string' ||
    typeof s.title !== 'string' ||
    typeof s.file !== 'string' ||
    typeof s.source !== 'string' ||
    typeof s.savedAt !== 'string'
  ) {
    return { ok: false, reason: 'the save is missing its title, scenario or date' };
  }
  if (typeof s.seed !== 'number' || !Number.isInteger(s.seed))
    return { ok: false, reason: 'the save has no valid seed' };
  if (!isObject(s.controllers) || !Object.values(s.controllers).every(checkController))
    return { ok: false, reason: 'the save does not say validly who plays each party' };
  if (
    !Array.isArray(s.actions) ||
    !s.actions.every((a) => isObject(a) && typeof a.type === 'string' && typeof a.party === 'string')
  ) {
    return { ok: false, reason: 'the save’s list of moves is damaged' };
  }
  const summary = isObject(s.summary) ? s.summary : {};
  const round = typeof summary.round === 'number' ? summary.round : 0;
  const finished = summary.finished === true;
  return { ok: true, value: { ...(s as unknown as SaveFile), summary: { round, finished } } };
}

/** Rebuilds a running game from a save: re-parse the scenario, replay every move. */
export function restore(save: SaveFile): Check<RunningGame> {
  const loaded = parseScenario(save.source, save.file);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    return { ok: false, reason: `its scenario no longer loads${first ? ` (${first.message})` : ''}` };
  }
  for (const p of loaded.scenario.parties) {
    if (!save.controllers[p.id]) return { ok: false, reason: `it does not say who plays ${p.name}` };
  }
  let result: { ok: true; state: GameState } | { ok: false; index: number; reason: string };
  try {
    result = replay(loaded.scenario, setupFor(save.controllers), save.seed, save.actions);
  } catch {
    result = { ok: false, index: -1, reason: 'the rules engine could not replay it' };
  }
  if (!result.ok)
    return { ok: false, reason: `move ${result.index + 1} of the save cannot be replayed: ${result.reason}` };
  return {
    ok: true,
    value: {
      id: save.id,
      file: save.file,
      source: save.source,
      controllers: save.controllers,
      seed: save.seed,
      actions: save.actions,
      state: result.state,
      revealedTo: null,
      // Resuming a game: everyone has read their brief already.
      briefed: Object.entries(save.controllers)
        .filter(([, c]) => c.kind === 'human')
        .map(([p]) => p),
      rejection: null,
    },
  };
}

export function summaryOf(save: SaveFile): SaveSummary {
  return {
    id: save.id,
    title: save.title,
    savedAt: save.savedAt,
    round: save.summary.round,
    finished: save.summary.finished,
    humans: Object.values(save.controllers).flatMap((c) => (c.kind === 'human' ? [c.name] : [])),
  };
}

/** Every save in storage, newest first, and a sentence for each one that cannot be read. */
export function listSaves(storage: KeyValueStorage): { saves: SaveSummary[]; problems: SaveProblem[] } {
  const saves: SaveSummary[] = [];
  const problems: SaveProblem[] = [];
  let keys: string[] = [];
  try {
    keys = storage.keys().filter((k) => k.startsWith(SAVE_PREFIX));
  } catch {
    return {
      saves,
      problems: [{ id: null, message: 'Saved games cannot be read in this browser (storage is blocked).' }],
    };
  }
  for (const key of keys) {
    let text: string | null = null;
    try {
      text = storage.getItem(key);
    } catch {
      /* reported below as missing */
    }
    const read = readSaveFile(text);
    if (read.ok) saves.push(summaryOf(read.value));
    else
      problems.push({
        id: key.slice(SAVE_PREFIX.length),
        message: `The saved game “${key.slice(SAVE_PREFIX.length)}” cannot be opened: ${read.reason}.`,
      });
  }
  saves.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return { saves, problems };
}

export function readSettings(storage: KeyValueStorage): Settings | null {
  try {
    const raw = storage.getItem(SETTINGS_KEY);
    if (raw === null) return null;
    const v: unknown = JSON.parse(raw);
    if (!isObject(v)) return null;
    const pace = v.pace === 'slow' || v.pace === 'normal' || v.pace === 'fast' ? v.pace : 'normal';
    return { projector: v.projector === true, pace };
  } catch {
    return null;
  }
}
