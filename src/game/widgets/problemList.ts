/**
 * A scenario file's problems as an alert: "file.json cannot be played: 3 mistakes to fix", then
 * each problem with its location (file line:column) and its sentence. Used by the library (a file
 * opened, a bundled file broken) and the instructor view (a file reloaded).
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
    h(
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
    ),
  );
}
