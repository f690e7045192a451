/**
 * Finished games are not kept forever: a shared lab machine would list hundreds of them, and a storage
 * full of old debriefs makes the next save fail. Past the most recent `KEPT_FINISHED_GAMES`, the oldest
 * finished ones go as new ones are saved (persistence.ts: when a finished game is saved, and at a page's first
 * save, for those kept before). A game in progress is never dropped (only the user deletes it),
 * nor a save that cannot be read (the library lists it, with its own Delete).
 */
import type { SaveStorage } from './saveStorage.ts';
import { SAVE_KEY, readSaveRecord } from './saves.ts';

/** How many finished games a device keeps. */
export const KEPT_FINISHED_GAMES = 50;

/**
 * The ids of the finished saves beyond the `keep` most recent (by the time they were saved), oldest last;
 * never one of `spared` (the games this page has open), though those count among the kept.
 */
export async function finishedBeyond(
  storage: SaveStorage,
  keep: number,
  spared: ReadonlySet<string>,
): Promise<string[]> {
  const finished: { id: string; savedAt: string }[] = [];
  for (const key of await storage.keys()) {
    if (!key.startsWith(SAVE_KEY(''))) continue;
    const id = key.slice(SAVE_KEY('').length);
    const read = readSaveRecord(await storage.get(key));
    if (read.ok && read.value.id === id && read.value.summary.finished)
      finished.push({ id, savedAt: read.value.savedAt });
  }
  // By the moment, not the text: a save moved over from an older version may give its time with an offset.
  finished.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return finished
    .slice(keep)
    .map((s) => s.id)
    .filter((id) => !spared.has(id));
}
