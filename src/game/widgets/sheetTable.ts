/**
 * A party's own scoring sheet as a compact table (for its brief, the room's side panel and printed briefs).
 * Two columns, option and points, under a heading row per issue: a third column for the issue (a cell
 * spanning its options' rows) left a 320 px phone so little width that "Your points" and option names
 * ("certification", "Ombudsperson") broke letter by letter.
 */
import type { PartyView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { gameLang, gameWords } from '../gameLanguage.ts';
import { formatFigure, t, uiLocale } from '../uiLocale.ts';

/**
 * From a party's own view, or (printed briefs) the scenario's issues and the party's sheet. `told`: the language
 * of the issues and options (the game's), marked where the screens speak another (gameLanguage.ts). `later`
 * (printed briefs): every option is listed, one an event may add later followed by these words; without it only
 * the options on the table now (a screen shows one when the event adds it).
 */
export function sheetTable(
  view: Pick<PartyView, 'issues' | 'sheet'>,
  told: string = uiLocale(),
  later?: string,
): HTMLElement {
  const lang = gameLang(told);
  const groups = view.issues.map((issue) => {
    const points = view.sheet[issue.id] ?? {};
    const options = later === undefined ? issue.options.filter((o) => o.available) : issue.options;
    const best = Math.max(...options.map((o) => points[o.id] ?? 0));
    return h(
      'tbody',
      {},
      h('tr', { class: 'issue' }, h('th', { scope: 'rowgroup', colspan: '2', ...lang }, issue.title)),
      ...options.map((o) =>
        h(
          'tr',
          { class: (points[o.id] ?? 0) === best ? 'best' : '' },
          h(
            'td',
            {},
            gameWords(o.label, told),
            (points[o.id] ?? 0) === best ? h('span', { class: 'best-mark' }, t('uiRoom.bestMark')) : null,
            o.available || later === undefined ? null : h('span', { class: 'later-mark' }, later),
          ),
          // As the screens' language writes a number: a French brief read "20.5" where a scenario's points are fractional;
          // a negative one with the minus sign of the scoring lines under it ("−46", not "-46").
          h('td', { class: 'pts' }, formatFigure(points[o.id] ?? 0)),
        ),
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
        h('th', { scope: 'col' }, t('uiRoom.sheetOption')),
        h('th', { scope: 'col' }, t('uiRoom.yourPoints')),
      ),
    ),
    ...groups,
  );
}
