/**
 * A write the classroom's store could not make: above all a full disk (a teacher's laptop, a
 * small school server), which SQLite reports as SQLITE_FULL and PostgreSQL as "could not extend
 * file …: No space left on device". Such a failure is not the server's fault, and whoever asked
 * should hear why in a sentence, with nothing changed: the sessions write before they change what
 * they hold, so a refused move, seat or table can simply be tried again once space is freed.
 *
 * `guardedStore` turns every failing write into a StoreWriteError (the HTTP API answers 507 for a
 * full disk) and tells the operator's terminal, at most once a minute, what is going on.
 */
import type { Translate } from '../i18n/index.ts';
import { withMethods, type ClassroomStore } from './classroomStore.ts';

export class StoreWriteError extends Error {
  /** The disk (or database) is full: freeing space is the cure, not trying again at once. */
  readonly full: boolean;
  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message, { cause });
    this.name = 'StoreWriteError';
    this.full = isDiskFull(cause);
  }
}

/** SQLite's primary result code for "database or disk is full". */
const SQLITE_FULL = 13;

/** Whether a store's error says the disk (or the database's allowed size) is full. */
export function isDiskFull(e: unknown): boolean {
  const errcode = (e as { errcode?: unknown } | null)?.errcode;
  // node:sqlite gives the extended code; its low byte is the primary one.
  if (typeof errcode === 'number' && (errcode & 0xff) === SQLITE_FULL) return true;
  const message = e instanceof Error ? e.message : String(e);
  // PostgreSQL's disk_full (53100) reaches us as its message through the worker thread.
  return /database or disk is full|no space left on device|could not extend file|ENOSPC/i.test(message);
}

/** Why a write failed, as a clause for `t`'s sentences ("… could not store this move ({{why}}) …"). */
export function whyNotStored(t: Translate, e: StoreWriteError): string {
  return e.full ? t('server.diskFull') : e.message;
}

/** Why the instructor's request was not stored, in `t`'s language (`location`: the store's, for a full disk). */
export function notStoredSentence(t: Translate, e: StoreWriteError, location: string): string {
  return e.full
    ? t('apiRefusals.http.diskFull', { location })
    : t('apiRefusals.http.notStored', { message: e.message });
}

/** The store's methods that write (the reads fail at boot, with their own sentences). */
const WRITES = [
  'insertTable',
  'insertClass',
  'appendAction',
  'updatePhase',
  'updateControllers',
  'saveSeat',
  'removeSeat',
  'saveClass',
  'deleteTables',
] as const satisfies readonly (keyof ClassroomStore)[];

const REPORT_EVERY_MS = 60_000;

/**
 * The same store, its failing writes thrown as StoreWriteError and reported on the terminal (at
 * most once a minute, so a class of thirty phones retrying does not bury the other lines).
 */
export function guardedStore<S extends ClassroomStore>(
  store: S,
  report: (line: string) => void = (line) => console.error(line),
  now: () => number = Date.now,
): S {
  let reportedAt = -Infinity;
  const guarded = new Map<PropertyKey, (...args: unknown[]) => unknown>();
  for (const name of WRITES) {
    guarded.set(name, (...args: unknown[]) => {
      try {
        return (store[name] as (...a: unknown[]) => unknown).apply(store, args);
      } catch (e) {
        const failure = new StoreWriteError(e);
        if (now() - reportedAt >= REPORT_EVERY_MS) {
          reportedAt = now();
          report(
            failure.full
              ? `The classroom's store (${store.location}) is full: moves, seats and new tables are refused, with a sentence, until space is freed there. Nothing stored is lost.`
              : `The classroom's store (${store.location}) could not write (${failure.message}): that request was refused with a sentence.`,
          );
        }
        throw failure;
      }
    });
  }
  return withMethods(store, guarded);
}
