/**
 * The saved games as the library lists them: every save read back and checked (one that cannot be
 * read becomes a sentence, never stopping the others), newest first, each with the space deleting it
 * would free (its scenario's text counts when no other save shares it).
 */
import type { SaveStorage } from './saveStorage.ts';
import { SAVE_KEY, SESSION_KEY, readSaveRecord, readScenarioRecord, readSessionRecord, summaryOf } from './saves.ts';
import type { SaveProblem, SaveSummary } from './types.ts';
import { say } from './storeLocale.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function listSaves(storage: SaveStorage): Promise<{ saves: SaveSummary[]; problems: SaveProblem[] }> {
  let keys: string[];
  try {
    keys = await storage.keys();
  } catch (e) {
    return {
      saves: [],
      problems: [{ id: null, message: say('store.savesUnreadable', { message: message(e) }) }],
    };
  }
  const found: { id: string; value: unknown }[] = [];
  for (const key of keys.filter((k) => k.startsWith(SAVE_KEY(''))))
    found.push({ id: key.slice(SAVE_KEY('').length), value: await storage.get(key).catch(() => undefined) });
  // How many saves share each scenario text: deleting a save frees its text only if it is the last.
  const users = new Map<string, number>();
  for (const { value } of found) {
    const key = scenarioKeyOf(value);
    if (key) users.set(key, (users.get(key) ?? 0) + 1);
  }
  const saves: SaveSummary[] = [];
  const problems: SaveProblem[] = [];
  for (const { id, value } of found) {
    const read = readSaveRecord(value);
    const reason = !read.ok ? read.reason : read.value.id !== id ? say('store.otherName') : null;
    if (reason !== null || !read.ok) {
      problems.push({ id, message: say('store.saveUnopenable', { id, reason: reason ?? '' }) });
      continue;
    }
    let bytes = utf8Length(JSON.stringify(value));
    if (users.get(read.value.scenario) === 1) {
      const scenario = readScenarioRecord(await storage.get(read.value.scenario).catch(() => undefined));
      if (scenario.ok) bytes += utf8Length(scenario.value.text);
    }
    saves.push(summaryOf(read.value, bytes));
  }
  // Newest first, by the moment (a save moved over from an older version may give its time with an offset, whose
  // text sorts apart from its moment); pruning keeps the first ones (pruneSaves.ts).
  saves.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return { saves, problems };
}

/** A game that several people play on one device (hot seat): its title and its players' names. */
export interface SharedGame {
  title: string;
  players: string[];
}

/**
 * The game the last session has on screen, if it is not over and two or more people play it: this
 * device is then their shared screen, where no party's brief may show (the print page's briefs ask first).
 */
export async function hotSeatInProgress(storage: SaveStorage): Promise<SharedGame | null> {
  const session = readSessionRecord(await storage.get(SESSION_KEY));
  if (!session) return null;
  const save = readSaveRecord(await storage.get(SAVE_KEY(session.gameId)));
  if (!save.ok || save.value.summary.finished) return null;
  const players = Object.values(save.value.controllers).flatMap((c) => (c.kind === 'human' ? [c.name] : []));
  return players.length >= 2 ? { title: save.value.title, players } : null;
}

/** Bytes in UTF-8, as a reader of "how much space" expects (without allocating a copy of a 4 MB text). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The scenario a stored save refers to, read leniently: even a damaged save keeps its scenario. */
export function scenarioKeyOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const key = (value as { scenario?: unknown }).scenario;
  return typeof key === 'string' ? key : null;
}
