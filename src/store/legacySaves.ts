/**
 * Saves of the localStorage era (format 1: one key per save, each holding its scenario's whole text),
 * moved once into the save storage. A save is removed from localStorage only after its copy was
 * written; one the new storage refuses stays where it was, to be moved on a later visit; one too
 * damaged to convert moves over as it is, so the library lists it for the user to delete. Nothing is
 * dropped on the way, and no save there is written over: an old save named like one already there (an
 * old copy of a game played on since, say) moves over as a copy under a new name, unless the save there
 * holds all it does (the same game, as far or further on).
 */
import type { SaveStorage } from './saveStorage.ts';
import { SAVE_FORMAT, SAVE_KEY, SESSION_KEY, isObject, playedElsewhere, readSaveRecord } from './saves.ts';
import type { SessionRecord } from './saves.ts';
import type { KeyValueStorage } from './storage.ts';

export const LEGACY_SAVE_FORMAT = 'accord-save/1';
export const LEGACY_SAVE_PREFIX = 'accord:save:';
export const LEGACY_CURRENT_KEY = 'accord:current';

/**
 * A localStorage save (format 1, which held its scenario's text) turned into a format-2 save (still
 * without its `scenario` key, which the caller adds once the text is stored) and that text. Its fields
 * are carried over as they are, unchecked: the save is checked when read back like any other, so a
 * damaged old save shows up in the list, for the user to delete, instead of vanishing during the move.
 * Null when the text holds no scenario at all.
 */
export function fromLegacySave(text: string): { save: Record<string, unknown>; source: string } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data) || data.format !== LEGACY_SAVE_FORMAT || typeof data.source !== 'string') return null;
  const { source, format: _format, ...rest } = data;
  const players: Record<string, string> = {};
  if (isObject(data.controllers))
    for (const [party, c] of Object.entries(data.controllers))
      if (isObject(c))
        players[party] =
          c.kind === 'human' ? String(c.name) : `Computer (${String(c.strategy)}, ${String(c.difficulty)})`;
  return { source, save: { ...rest, format: SAVE_FORMAT, writtenAs: LEGACY_SAVE_FORMAT, setup: { players } } };
}

/** What moving the old saves did: how many stay in localStorage for now, how many became copies. */
export interface Migration {
  kept: number;
  copied: number;
}

/**
 * Whether the readable save stored under an old save's name holds everything the old one does (its
 * moves, in order, its worksheets and reflections): the old one is then an earlier state of that game.
 */
function alreadyHeld(stored: unknown, old: Record<string, unknown>): boolean {
  const current = readSaveRecord(stored);
  return current.ok && Array.isArray(old.actions) && !playedElsewhere(old, current.value);
}

/**
 * Moves every old save (and the pointer to the last game) into `storage`. `storeScenario` stores a
 * scenario text once and gives its key; `newId` names a copy.
 */
export async function migrateLegacySaves(
  legacy: KeyValueStorage,
  storage: SaveStorage,
  storeScenario: (text: string) => Promise<string>,
  newId: () => string,
): Promise<Migration> {
  let keys: string[];
  try {
    keys = legacy.keys().filter((k) => k.startsWith(LEGACY_SAVE_PREFIX));
  } catch {
    return { kept: 0, copied: 0 };
  }
  let kept = 0;
  let copied = 0;
  /** The new name of each old save moved over as a copy. */
  const renamed = new Map<string, string>();
  for (const key of keys) {
    try {
      const text = legacy.getItem(key);
      if (text === null) continue;
      const id = key.slice(LEGACY_SAVE_PREFIX.length);
      const old = fromLegacySave(text);
      const there = await storage.get(SAVE_KEY(id));
      if (there !== undefined && old && alreadyHeld(there, old.save)) {
        legacy.removeItem(key);
        continue;
      }
      const saveId = there === undefined ? id : newId();
      const save = old ? { ...old.save, id: saveId, scenario: await storeScenario(old.source) } : text;
      await storage.set(SAVE_KEY(saveId), save);
      // Only now, with the copy written, does the old one go.
      legacy.removeItem(key);
      if (saveId !== id) {
        renamed.set(id, saveId);
        copied++;
      }
    } catch {
      kept++;
    }
  }
  try {
    const current = legacy.getItem(LEGACY_CURRENT_KEY);
    if (current !== null) {
      if ((await storage.get(SESSION_KEY)) === undefined)
        await storage.set(SESSION_KEY, {
          gameId: renamed.get(current) ?? current,
          botsPaused: false,
          revealedTo: null,
          briefed: null,
        } satisfies SessionRecord);
      legacy.removeItem(LEGACY_CURRENT_KEY);
    }
  } catch {
    /* the pointer to the last game is a convenience */
  }
  return { kept, copied };
}
