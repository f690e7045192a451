/**
 * Temporary folders for tests, removed when the test file that made them ends, pass or fail: `npm test` left
 * ~35 `accord-*` folders in the system's temporary folder a run (570 after ~16 runs here, ~24 MB a run of
 * them the genius exports'), filling a developer's disk or a reused CI runner a little every time.
 *
 * The removal is test/setup/tempDirs.ts's `afterAll`, registered for every file before its own hooks, not one
 * registered here: Vitest (4.1) silently drops an `afterAll` registered inside a test or inside a `beforeAll`
 * (it never runs; only those registered while the file is collected do), and test servers make their data
 * folders in `beforeAll`. After-hooks run last-registered first, so the folders go after the file's own
 * `afterAll`s have stopped its servers and children: none is removed while one of them may still write there.
 * Within the file, a folder stays until the file ends, so a later test may read what an earlier one wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folders made since the current file began (files sharing a process remove theirs at their end). */
const made = new Set<string>();

/** A new empty folder in the system's temporary folder, its name `prefix` and six random characters. */
export function tempDir(prefix = 'accord-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/**
 * Removes every folder `tempDir` made, with what is in it. Retried a few times: a child killed in the file's
 * `afterAll` may still be writing its last file for a moment (rmSync retries on ENOTEMPTY and EBUSY).
 */
export function removeTempDirs(): void {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    made.delete(dir);
  }
}
