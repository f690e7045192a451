/**
 * Node side of loading: turns a path into bytes, reporting a missing path, a folder, an unreadable
 * or oversized file as a `Problem` (line 0: the whole file), never as a thrown error. The size is
 * checked with stat before reading, so a 2 GB file is refused without being read.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseScenario } from '../scenario/parseScenario.ts';
import { MAX_FILE_BYTES, tooBigMessage } from '../scenario/limits.ts';
import { loaderTranslator, type Translate } from '../scenario/loaderText.ts';
import type { LoadResult } from '../scenario/types.ts';

const refuse = (file: string, message: string): LoadResult => ({
  ok: false,
  problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message }],
});

function reason(e: unknown, t: Translate): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return t('loader.path.missing');
    case 'ENOTDIR':
      return t('loader.path.notDirectory');
    case 'EACCES':
    case 'EPERM':
      return t('loader.path.forbidden');
    case 'EISDIR':
      return t('loader.path.isDirectory');
    case 'ENAMETOOLONG':
      return t('loader.path.tooLong');
    default:
      return t('loader.path.unreadable', { reason: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The bytes of a file no bigger than MAX_FILE_BYTES, or a sentence (in `language`, else English)
 * saying why not; `kind` names what the user should give instead of a folder ("a scenario file
 * (.json)").
 */
export async function readFileBytes(
  path: string,
  kind: string,
  language?: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const t = loaderTranslator(language);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: t('loader.path.folder', { kind }) };
    if (!info.isFile()) return { ok: false, message: t('loader.path.notRegular', { kind }) };
    if (info.size > MAX_FILE_BYTES) return { ok: false, message: tooBigMessage(info.size, t) };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return { ok: false, message: reason(e, t) };
  }
}

/** The scenario at `path`, its texts and its problems in `language` (problems in English when Accord does not speak it). */
export async function readScenarioFile(path: string, language?: string): Promise<LoadResult> {
  const read = await readFileBytes(path, loaderTranslator(language)('loader.path.scenarioFile'), language);
  return read.ok
    ? parseScenario(read.bytes, path, language === undefined ? {} : { language })
    : refuse(path, read.message);
}
