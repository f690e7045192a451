/**
 * A scenario file's problems as an alert: "file.json cannot be played: 3 mistakes to fix", then
 * each problem with its location (file line:column) and its sentence. Used by the library (a file
 * opened, a bundled file broken) and the instructor view (a file reloaded). A file that loads with
 * warnings only (a field name mistyped, and so ignored) lists them under a heading of its own.
 */
import type { Problem } from '../../scenario/types.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';

export function problemList(file: string, problems: Problem[]): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error');
  return h(
    'div',
    { class: 'problems', role: 'alert' },
    h('h3', {}, t('ui.problems.heading', { file, count: errors.length })),
    problemItems(problems),
  );
}

/** The loader's warnings of a file that loads: "file.json loads, with 2 warnings: read them before you play". */
export function warningList(file: string, warnings: readonly Problem[]): HTMLElement {
  return h(
    'div',
    { class: 'problems file-warnings' },
    h('h3', {}, t('ui.problems.warningsHeading', { file, count: warnings.length })),
    problemItems(warnings),
  );
}

/** Each problem with its location (file line:column) and its sentence. */
export function problemItems(problems: readonly Problem[]): HTMLElement {
  return h(
    'ul',
    {},
    ...problems.map((p) =>
      h(
        'li',
        {},
        h('code', {}, p.line > 0 ? `${p.file} ${p.line}:${p.column}` : p.file),
        ' ',
        p.severity === 'warning' ? `${t('ui.problems.warning')} ` : '',
        p.message,
      ),
    ),
  );
}
