/**
 * Node side of loading: turns a path into bytes, reporting a missing path, a folder, an unreadable
 * or oversized file as a `Problem` (line 0: the whole file), never as a thrown error. The size is
 * checked with stat before reading, so a 2 GB file is refused without being read.
 */
import { readFile, stat } from 'node:fs/promises';
import { translator, type Translate } from '../i18n/index.ts';
import { parseScenario } from '../scenario/parseScenario.ts';
import { MAX_FILE_BYTES, tooBigMessage } from '../scenario/limits.ts';
import type { LoadResult } from '../scenario/types.ts';

const refuse = (file: string, message: string): LoadResult => ({
  ok: false,
  problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message }],
});

function reason(e: unknown, t: Translate): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return t('cliVerbs.files.noFile');
    case 'ENOTDIR':
      return t('cliVerbs.files.notDirectory');
    case 'EACCES':
    case 'EPERM':
      return t('cliVerbs.files.noPermission');
    case 'EISDIR':
      return t('cliVerbs.files.folderScenario');
    case 'ENAMETOOLONG':
      return t('cliVerbs.files.tooLong');
    default:
      return t('cliVerbs.files.unreadable', { detail: e instanceof Error ? e.message : String(e) });
  }
}

const english = translator('en');

/** What the user should give instead of a folder or a device. */
export type FileKind = 'scenario' | 'genius';

/**
 * The bytes of a file no bigger than MAX_FILE_BYTES, or a sentence in `t`'s language saying why
 * not; `kind` says what the user should give instead of a folder (a scenario or a GENIUS file).
 */
export async function readFileBytes(
  path: string,
  kind: FileKind,
  t: Translate = english,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return {
        ok: false,
        message: t(kind === 'scenario' ? 'cliVerbs.files.folderScenario' : 'cliVerbs.files.folderGenius'),
      };
    if (!info.isFile())
      return {
        ok: false,
        message: t(kind === 'scenario' ? 'cliVerbs.files.notRegularScenario' : 'cliVerbs.files.notRegularGenius'),
      };
    if (info.size > MAX_FILE_BYTES) return { ok: false, message: tooBigMessage(info.size) };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return { ok: false, message: reason(e, t) };
  }
}

/**
 * The scenario at `path`, its texts in `language` where the file gives them in several; a file that
 * cannot be read is refused with a sentence by `t`.
 */
export async function readScenarioFile(path: string, language?: string, t: Translate = english): Promise<LoadResult> {
  const read = await readFileBytes(path, 'scenario', t);
  return read.ok
    ? parseScenario(read.bytes, path, language === undefined ? {} : { language })
    : refuse(path, read.message);
}
