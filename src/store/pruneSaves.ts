/**
 * Finished games are not kept forever: a shared lab machine would list hundreds of them, and a storage
 * full of old debriefs makes the next save fail. Past the most recent `KEPT_FINISHED_GAMES`, the oldest
 * finished ones go as new ones are saved (persistence.ts: when a finished game is saved, and at a page's first
 * save, for those kept before). A game in progress is never dropped (only the user deletes it),
 * nor a save that cannot be read (the library lists it, with its own Delete).
 */
import type { SaveStorage } from './saveStorage.ts';
import { listSaves } from './savesList.ts';

/** How many finished games a device keeps. */
export const KEPT_FINISHED_GAMES = 50;

/**
 * The ids of the finished saves beyond the `keep` most recent (by the time they were saved), oldest last;
 * never one of `spared` (the games this page has open), though those count among the kept. The saves are those
 * the library lists (listSaves: one that cannot be read, or is filed under another game's name, is not one).
 */
export async function finishedBeyond(
  storage: SaveStorage,
  keep: number,
  spared: ReadonlySet<string>,
): Promise<string[]> {
  const { saves } = await listSaves(storage);
  return saves
    .filter((s) => s.finished)
    .slice(keep)
    .map((s) => s.id)
    .filter((id) => !spared.has(id));
}
