/**
 * The class board (`?board=CODE`, on the projector for the debrief): a table of tables (phase, round,
 * agreement or not; once every table is over, joint gain as a share of the best, distance to the
 * Pareto frontier, legitimacy), the within-role ranking (each party's trainees side by side across
 * tables: a trainee is graded against those who held the same role), and the outcome chart of any
 * two parties with the frontier, the Nash points and every table's outcome on it.
 *
 * The server sends no confidential figure before every table is over (ClassSession.board), so this
 * screen can only show them once they are all in; until then it says how many tables are still
 * negotiating. Where the scenario names the real historical deal, it is listed with the outcomes.
 */
import type { GameState } from '../../engine/index.ts';
import { versionRuns } from '../../engine/index.ts';
import type { BoardTable, ClassBoard, RoleRanking } from '../../protocol/index.ts';
import { chartedTables } from '../../protocol/index.ts';
import type { RemoteClassStore } from '../../store/remoteClass.ts';
import { outcomeChart } from '../debrief/outcomeChart.ts';
import { h } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { projectorWhile } from './projectorFit.ts';
import { joinPanel } from './joinPanel.ts';
import { addressOf } from './route.ts';
import { formatList, formatNumber, formatPercent, t, tenth } from '../uiLocale.ts';
import { SEPARATOR } from '../../i18n/index.ts';

const phaseWords = (phase: BoardTable['phase']): string => t(`uiConsole.board.phases.${phase}`);

/** A figure to one decimal as the screens' language writes it; '—' when there is none. */
const num = (v: number | null): string =>
  v === null ? '—' : formatNumber(tenth(v), { maximumFractionDigits: 1, useGrouping: false });
/** A share given in percent (81.8) as the screens' language writes a percentage ("81.8%", « 81,8 % »). */
export const percentCell = (v: number | null): string => (v === null ? '—' : formatPercent(tenth(v) / 100, 1));

/**
 * A table's share of the best joint gain. A deal that left the parties together below no deal has a negative share,
 * which the score counts as 0: the cell says both, as the table's debrief does ("-30%, counted as 0"), where it read
 * "0%" as if the deal had merely created nothing.
 */
export const gainCell = (row: Pick<BoardTable, 'jointGainShare' | 'jointGainShareUncapped'>): string =>
  row.jointGainShareUncapped !== null && row.jointGainShareUncapped < 0
    ? t('uiConsole.board.gainCountedAsZero', { share: percentCell(row.jointGainShareUncapped) })
    : percentCell(row.jointGainShare);

/** The board's column names, in order (also each cell's label when a phone stacks the rows). */
const tableColumns = (): string[] => [
  t('uiConsole.board.colTable'),
  t('uiConsole.board.colState'),
  t('uiConsole.board.colRound'),
  t('uiConsole.board.colAgreement'),
  t('uiConsole.board.colGain'),
  t('uiConsole.board.colDistance'),
  t('uiConsole.board.colLegitimacy'),
  t('uiConsole.board.colNamedByAll'),
];
const rankingColumns = (): string[] => [
  t('uiConsole.board.colRank'),
  t('uiConsole.board.colTable'),
  t('uiConsole.board.colTrainees'),
  t('uiConsole.board.colPoints'),
  t('uiConsole.board.colSurplus'),
];

/**
 * A table of the board: a caption, column heads and rows; the cell at `rowHead` heads its row.
 * Every other cell carries its column's name (data-label) for the stacked layout of a phone (styles.css `table.stacks`).
 */
function boardTable(
  attrs: Record<string, string>,
  caption: string,
  columns: readonly string[],
  rows: string[][],
  rowHead: number,
): HTMLElement {
  return h(
    'table',
    { ...attrs, class: `board-table stacks ${attrs.class ?? ''}`.trim() },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map((cells) =>
        h(
          'tr',
          {},
          ...cells.map((text, i) =>
            i === rowHead ? h('th', { scope: 'row' }, text) : h('td', { 'data-label': columns[i] ?? '' }, text),
          ),
        ),
      ),
    ),
  );
}

function tablesTable(b: ClassBoard): HTMLElement {
  return boardTable(
    { class: 'class-board-tables', id: 'board-tables' },
    t('uiConsole.board.everyTable'),
    tableColumns(),
    b.tables.map((row) => [
      `T${row.number}${SEPARATOR}${row.code}`,
      phaseWords(row.phase),
      t('uiConsole.board.roundOf', { round: row.round, rounds: row.rounds }),
      row.agreement === null ? '…' : row.agreement ? t('uiConsole.board.yes') : t('uiConsole.board.no'),
      gainCell(row),
      num(row.distanceToFrontier),
      num(row.legitimacy),
      namedByAllCell(row.namedByAll),
    ]),
    0,
  );
}

/**
 * The texts every party at a table said it could live with ("3, 5–7"), the deal marked when it is one of them;
 * "none" where the parties spoke but named no text in common, "—" where no party said a word.
 */
export function namedByAllCell(named: BoardTable['namedByAll']): string {
  if (!named) return '—';
  if (named.texts.length === 0) return t('uiConsole.board.namedByAllNone');
  const texts = formatList(versionRuns(named.texts));
  return named.deal !== null && named.texts.includes(named.deal)
    ? t('uiConsole.board.namedByAllDeal', { texts, version: named.deal })
    : texts;
}

function rankingTable(r: RoleRanking): HTMLElement {
  return boardTable(
    { class: 'ranking', 'data-party': r.party },
    t('uiConsole.board.rankingCaption', { party: r.name }),
    rankingColumns(),
    r.rows.map((row) => [
      String(row.rank),
      `T${row.table}`,
      row.trainees.length > 0 ? row.trainees.join(' & ') : t('uiConsole.board.computer'),
      num(row.points),
      num(row.surplus),
    ]),
    2,
  );
}

/**
 * What the board's status line says: how many tables have finished, or once none negotiates, how many agreed. A table
 * that could not be restored (phase 'broken') has no known outcome: it is said apart, neither finished nor agreed (the
 * line read "Every table has finished: 2 of 6 reached an agreement" when one of the six could not be restored).
 */
export function statusLine(b: ClassBoard): string {
  const broken = b.tables.filter((x) => x.phase === 'broken').length;
  const restored = b.tables.filter((x) => x.phase !== 'broken');
  const brokenWords = t('uiConsole.board.brokenCount', { count: broken });
  if (!b.allOver) {
    const over = restored.filter((x) => x.phase === 'finished' || x.phase === 'ended').length;
    return broken === 0
      ? t('uiConsole.board.someOver', { over, count: b.tables.length })
      : t('uiConsole.board.someOverBroken', { over, count: b.tables.length, broken: brokenWords });
  }
  if (restored.length === 0) return t('uiConsole.board.noneRestored', { count: broken });
  const agreed = restored.filter((x) => x.agreement).length;
  return broken === 0
    ? t('uiConsole.board.allOver', { agreed, count: restored.length })
    : t('uiConsole.board.allOverBroken', { agreed, count: restored.length, broken: brokenWords });
}

/**
 * `joinBase`: the address trainees open (classroomApp.ts `joinBase`). While a table still waits for
 * its trainees, the board shows how to join the class: its code, a QR code and the address (it used
 * to show only "waiting for trainees", and the class code was on the instructor's console alone).
 */
export function classBoardScreen(store: RemoteClassStore, code: string, joinBase: string): MountedClassroomScreen {
  const title = h('h2', { id: 'board-title' }, t('uiConsole.board.title'));
  const join = joinPanel({
    code,
    address: addressOf(joinBase, { name: 'join', code }),
    heading: t('uiClass.boardJoinTitle'),
    then: t('uiClass.boardTypeName'),
  });
  join.el.hidden = true;
  const status = h('p', { id: 'board-status', 'aria-live': 'polite' });
  const tables = h('div');
  const rankings = h('section', { id: 'board-rankings', 'aria-label': t('uiConsole.board.rankingLabel') });
  const chartBox = h('div', { id: 'board-chart' });
  // A lost connection, said over the board it still shows (which stops moving until it is back).
  const link = h('p', { class: 'link-status', id: 'board-link', role: 'status', hidden: true });
  const el = h('div', { class: 'classroom class-board' }, title, link, status, join.el, tables, rankings, chartBox);
  let chart: { destroy(): void } | null = null;
  let last: ClassBoard | null = null;

  const render = () => {
    const s = store.getState();
    const b = s.board;
    link.hidden = !b || s.problem === null;
    link.textContent = b ? (s.problem ?? '') : '';
    if (!b) {
      // The class was deleted: what the board showed of it goes.
      if (last) {
        last = null;
        title.textContent = t('uiConsole.board.title');
        join.el.hidden = true;
        tables.replaceChildren();
        rankings.replaceChildren();
        chart?.destroy();
        chart = null;
        chartBox.replaceChildren();
      }
      status.textContent = s.problem ?? t('uiConsole.board.connecting');
      return;
    }
    if (b === last) return;
    last = b;
    title.textContent = t('uiConsole.board.titleOf', { title: b.title });
    status.textContent = statusLine(b);
    join.el.hidden = !b.tables.some((x) => x.phase === 'waiting');
    tables.replaceChildren(tablesTable(b));
    if (!b.allOver || !b.rankings) {
      rankings.replaceChildren();
      return;
    }
    rankings.replaceChildren(
      h('h3', {}, t('uiConsole.board.withinRole')),
      h('p', { class: 'muted' }, t('uiConsole.board.withinRoleNote')),
      ...b.rankings.map(rankingTable),
      ...(b.history
        ? [
            h(
              'p',
              { id: 'board-history' },
              t('uiConsole.board.history', { label: t('uiChart.historyDated', { date: b.history.date }) }),
            ),
          ]
        : []),
    );
    if (!chart && b.reference) {
      const state = b.reference as GameState;
      const own = b.human[0] ?? null;
      const made = outcomeChart(
        state,
        own,
        (x, y) => chartedTables(b, x, y),
        b.referenceTable === null ? undefined : `T${b.referenceTable}`,
      );
      chart = made;
      chartBox.replaceChildren(
        made.el,
        ...(b.offChart.length > 0
          ? [
              h(
                'p',
                { id: 'board-off-chart', class: 'muted' },
                t('uiConsole.board.offChart', {
                  tables: formatList(b.offChart.map((n) => `T${n}`)),
                  reference: `T${b.referenceTable}`,
                }),
              ),
            ]
          : []),
      );
    }
  };

  const leaveProjector = projectorWhile('board');
  const unsubscribe = store.subscribe(render);
  render();
  return {
    el,
    destroy() {
      unsubscribe();
      chart?.destroy();
      store.getState().close();
      leaveProjector();
    },
  };
}
