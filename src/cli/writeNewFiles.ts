/** Writing the files a verb makes (`new`, `export genius`, `import --out`), with a sentence when it cannot. */
import { writeFileSync } from 'node:fs';
import { makeFolder } from '../store/makeFolder.ts';
import type { Translate } from '../i18n/index.ts';

/**
 * Writes each file, never over an existing one (`wx`), making `folder` first when given. False, with the
 * reason said on `err`, when the system refuses (a read-only folder, a path below a file, a full disk):
 * such a refusal reached the catch-all as "Accord hit an internal error… Please report it" (exit 3).
 */
export function writeNewFiles(
  files: readonly { path: string; text: string }[],
  t: Translate,
  err: (line: string) => void,
  folder?: string,
): boolean {
  let at = folder ?? files[0]?.path ?? '';
  try {
    if (folder !== undefined) makeFolder(folder);
    for (const f of files) {
      at = f.path;
      writeFileSync(f.path, f.text, { flag: 'wx' });
    }
    return true;
  } catch (e) {
    err(t('cli.cannotWrite', { file: at, detail: e instanceof Error ? e.message : String(e) }));
    return false;
  }
}
