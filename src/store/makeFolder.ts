/**
 * Making a folder and the folders above it, one at a time, so that a refusal is an error and never a hang.
 * Node only: the command line's output folders and the classroom server's data folder.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Like `mkdirSync(folder, { recursive: true })`, but throws when the system refuses. Node's recursive
 * mkdir loops forever when a folder refuses a new entry with ENOENT although it exists (`/proc/g` on
 * Linux): `export genius scenario.json /proc/g` spun at full CPU until it was killed, and so did the
 * classroom server started with `--data /proc/g`.
 */
export function makeFolder(folder: string): void {
  const path = resolve(folder);
  const parent = dirname(path);
  if (parent !== path && !existsSync(parent)) makeFolder(parent);
  try {
    mkdirSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(path).isDirectory()) return;
    throw e;
  }
}
