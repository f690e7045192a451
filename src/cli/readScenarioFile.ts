/**
 * Node side of loading: turns a path into bytes, reporting a missing path, a folder, an unreadable
 * or oversized file as a `Problem` (line 0: the whole file), never as a thrown error. The size is
 * checked with stat before reading, so a 2 GB file is refused without being read.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseScenario } from '../scenario/parseScenario.ts';
import { MAX_FILE_BYTES, tooBigMessage } from '../scenario/limits.ts';
import type { LoadResult } from '../scenario/types.ts';

const refuse = (file: string, message: string): LoadResult => ({
  ok: false,
  problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message }],
});

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'There is no file at this path: check the spelling and the folder you run the command from.';
    case 'ENOTDIR':
      return 'A part of this path is a file, not a folder: check the path.';
    case 'EACCES':
    case 'EPERM':
      return 'The file cannot be read: you do not have permission to read it.';
    case 'EISDIR':
      return 'This is a folder, not a file: give the path of a scenario file (.json) inside it.';
    case 'ENAMETOOLONG':
      return 'This path is too long.';
    default:
      return `The file cannot be read (${e instanceof Error ? e.message : String(e)}).`;
  }
}

/**
 * The bytes of a file no bigger than MAX_FILE_BYTES, or a sentence saying why not; `kind` names
 * what the user should give instead of a folder ("a scenario file (.json)").
 */
export async function readFileBytes(
  path: string,
  kind: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, message: `This is a folder, not a file: give the path of ${kind} inside it.` };
    if (!info.isFile())
      return { ok: false, message: `This is not a regular file (a device or a pipe?): give the path of ${kind}.` };
    if (info.size > MAX_FILE_BYTES) return { ok: false, message: tooBigMessage(info.size) };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return { ok: false, message: reason(e) };
  }
}

/** The scenario at `path`, its texts in `language` where the file gives them in several. */
export async function readScenarioFile(path: string, language?: string): Promise<LoadResult> {
  const read = await readFileBytes(path, 'a scenario file (.json)');
  return read.ok
    ? parseScenario(read.bytes, path, language === undefined ? {} : { language })
    : refuse(path, read.message);
}
