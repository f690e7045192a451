/**
 * A refused scenario file in one sentence, in the language of `t`: where its first problem is, what
 * it is, and how many more. The server prints it when it starts, the board and the console list it.
 */
import type { Translate } from '../i18n/index.ts';
import type { RefusedScenarioFile } from './messages.ts';

export function refusedFileSentence(r: RefusedScenarioFile, t: Translate): string {
  const first =
    r.line > 0
      ? t('uiConsole.refusedAt', { file: r.file, line: r.line, column: r.column, message: r.message })
      : t('uiConsole.refusedWhole', { file: r.file, message: r.message });
  return r.problems > 1 ? `${first} ${t('uiConsole.refusedMore', { count: r.problems - 1 })}` : first;
}
