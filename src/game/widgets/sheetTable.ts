/** A party's own scoring sheet as a compact table (for its brief and the room's side panel). */
import type { PartyView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';

/** From a party's own view, or (printed briefs) the scenario's issues and the party's sheet. */
export function sheetTable(view: Pick<PartyView, 'issues' | 'sheet'>): HTMLElement {
  const body = view.issues.flatMap((issue) => {
    const points = view.sheet[issue.id] ?? {};
    const options = issue.options.filter((o) => o.available);
    const best = Math.max(...options.map((o) => points[o.id] ?? 0));
    return options.map((o, i) =>
      h(
        'tr',
        { class: (points[o.id] ?? 0) === best ? 'best' : '' },
        i === 0 ? h('th', { scope: 'rowgroup', rowspan: String(options.length) }, issue.title) : null,
        h(
          'td',
          {},
          o.label,
          (points[o.id] ?? 0) === best ? h('span', { class: 'best-mark' }, t('uiRoom.bestMark')) : null,
        ),
        h('td', { class: 'pts' }, String(points[o.id] ?? 0)),
      ),
    );
  });
  return h(
    'table',
    { class: 'sheet' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('uiRoom.sheetIssue')),
        h('th', { scope: 'col' }, t('uiRoom.sheetOption')),
        h('th', { scope: 'col' }, t('uiRoom.yourPoints')),
      ),
    ),
    h('tbody', {}, ...body),
  );
}
