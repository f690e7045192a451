/**
 * One server per data folder. A second server started on the folder of a running one (another `--port`,
 * the same `--data`) ran beside it: each saw only the classes and tables it had made, and a trainee
 * given one's code was told by the other that no table has it. Now it is refused with a sentence.
 *
 * The lock is a small SQLite file of its own (`accord.lock`), held in EXCLUSIVE locking mode from the
 * server's start to its close: the operating system's lock on it goes with the process, so a crash
 * leaves none behind (no stale lock file to delete), and the classroom's database itself stays open to
 * readers (docs/deploy.md's backup, `sqlite3 data/accord.sqlite ".backup …"`, while the server runs).
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DataFolderError } from './dataFolderError.ts';

export const LOCK_FILE = 'accord.lock';
/** How long a server waits for another's lock to go: a server restarted as the last one dies (a kill). */
const WAIT_MS = 2000;
/** SQLite's "database is locked" (SQLITE_BUSY). */
const BUSY = 5;

export interface DataFolderLock {
  release(): void;
}

export function lockDataFolder(dir: string): DataFolderLock {
  const file = join(dir, LOCK_FILE);
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file);
    // EXCLUSIVE locking keeps the lock a write takes until the connection closes.
    db.exec(
      `PRAGMA busy_timeout = ${WAIT_MS}; PRAGMA locking_mode = EXCLUSIVE; ` +
        'CREATE TABLE IF NOT EXISTS held (since INTEGER); BEGIN EXCLUSIVE; DELETE FROM held; ' +
        `INSERT INTO held VALUES (${Date.now()}); COMMIT;`,
    );
  } catch (e) {
    db?.close();
    if ((e as { errcode?: unknown } | null)?.errcode === BUSY)
      throw new DataFolderError(
        `The data folder ${dir} is in use by another Accord server. Stop that server first, or give this one a folder of its own (--data DIR).`,
      );
    throw new DataFolderError(
      `The data folder's lock file ${file} cannot be used (${e instanceof Error ? e.message : String(e)}). ` +
        'If it is damaged, delete it (only that file) and start again.',
    );
  }
  const held = db;
  return { release: () => void (held.isOpen && held.close()) };
}
