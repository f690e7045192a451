/**
 * A page of `GET /api/classes` (`?limit=N`, then `&before=` the `earlier` of the page before): the `limit` latest
 * classes created before the cursor, in the list's order (oldest first). A school's past classes stay listed until
 * erased, each with its roster and every trainee's reflection: 500 classes of 24 trainees with three answers of 400
 * characters each made an unpaged answer of 17 MB, which the console fetched whenever it opened, and each process
 * sent its own share of over Redis within the 2 s a peer may take. A page lists each class as its line (ClassLine:
 * what the console's line says, without the roster), which each process also sends its share of: 50 such classes as
 * summaries still made 1.74 MB.
 */

/** The most classes one page gives. */
export const MAX_CLASS_PAGE = 200;

export interface ClassPage {
  limit: number;
  /** The class the page ends before (none: the latest classes), in the list's order: by creation, then id. */
  before: { createdAt: number; id: string } | null;
}

/** What orders the list and places a cursor: a class's summary, or its line. */
type Key = { createdAt: number; id: string };

/** Where a page ended, for the next (older) page: opaque to the console, which sends it back. */
export const cursorOf = (c: Key): string => `${c.createdAt}.${c.id}`;

/**
 * The page a request asks for from its query (`limit`, `before`), null without `limit` (the whole list, as before
 * paging), or 'bad' when either is not what a page gave.
 */
export function classPageOf(query: { limit?: unknown; before?: unknown }): ClassPage | null | 'bad' {
  if (query.limit === undefined) return query.before === undefined ? null : 'bad';
  if (typeof query.limit !== 'string' || !/^[1-9]\d{0,3}$/.test(query.limit)) return 'bad';
  const limit = Number(query.limit);
  if (limit > MAX_CLASS_PAGE) return 'bad';
  if (query.before === undefined) return { limit, before: null };
  const m = typeof query.before === 'string' ? /^(\d{1,16})\.(c[\w-]{1,40})$/.exec(query.before) : null;
  if (!m) return 'bad';
  return { limit, before: { createdAt: Number(m[1]), id: m[2]! } };
}

/** The list's order: by creation, then id (two classes created in the same millisecond keep one order). */
const order = (a: Key, b: Key): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The classes created before the cursor (all: none), in the list's order. */
const olderThan = <C extends Key>(classes: readonly C[], before: Key | null): C[] =>
  classes.filter((c) => before === null || order(c, before) < 0).sort(order);

/**
 * A process's share of a page, from the classes it holds: its latest `limit + 1` before the cursor. The process
 * answering the request gathers the shares (a class may be in several) and pages them again (pageOfClasses): the one
 * more tells it whether older classes remain.
 */
export const shareOfPage = <C extends Key>(classes: readonly C[], page: ClassPage): C[] =>
  olderThan(classes, page.before).slice(-(page.limit + 1));

/** The page of `classes` (each listed once): oldest first, and the cursor of the older ones' page if there are any. */
export function pageOfClasses<C extends Key>(
  classes: readonly C[],
  page: ClassPage,
): { classes: C[]; earlier?: string } {
  const older = olderThan(classes, page.before);
  const shown = older.slice(-page.limit);
  return older.length > page.limit ? { classes: shown, earlier: cursorOf(shown[0]!) } : { classes: shown };
}

/** A page as a query gives it (classPageOf reads it back): how a process passes it to the others. */
export const queryOf = (page: ClassPage): { limit: string; before?: string } =>
  page.before === null ? { limit: String(page.limit) } : { limit: String(page.limit), before: cursorOf(page.before) };
