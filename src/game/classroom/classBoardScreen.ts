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
import type { BoardTable, ClassBoard, RoleRanking } from '../../protocol/index.ts';
import type { RemoteClassStore } from '../../store/remoteClass.ts';
import { outcomeChart } from '../debrief/outcomeChart.ts';
import { h } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { projectorWhile } from './projectorFit.ts';

const PHASE_WORDS: Record<BoardTable['phase'], string> = {
  waiting: 'waiting for trainees',
  playing: 'negotiating',
  paused: 'paused',
  finished: 'finished',
  ended: 'ended by the facilitator',
  broken: 'could not be restored',
};

const num = (v: number | null, unit = ''): string => (v === null ? '—' : `${Math.round(v * 10) / 10}${unit}`);

/** The board's column names, in order (also each cell's label when a phone stacks the rows). */
const TABLE_COLUMNS = [
  'Table',
  'State',
  'Round',
  'Agreement',
  'Joint gain (share of the best)',
  'Distance to the frontier',
  'Legitimacy',
] as const;
const RANKING_COLUMNS = ['Rank', 'Table', 'Trainees', 'Points', 'Over BATNA'] as const;

/**
 * A table of the board: a caption, column heads and rows; the cell at `rowHead` heads its row.
 * Every other cell carries its column's name (data-label) for the stacked layout of a phone.
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
    { ...attrs, class: `board-table ${attrs.class ?? ''}`.trim() },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...columns.map((t) => h('th', { scope: 'col' }, t)))),
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
    'Every table',
    TABLE_COLUMNS,
    b.tables.map((t) => [
      `T${t.number} · ${t.code}`,
      PHASE_WORDS[t.phase],
      `${t.round} of ${t.rounds}`,
      t.agreement === null ? '…' : t.agreement ? 'yes' : 'no',
      num(t.jointGainShare, ' %'),
      num(t.distanceToFrontier),
      num(t.legitimacy),
    ]),
    0,
  );
}

function rankingTable(r: RoleRanking): HTMLElement {
  return boardTable(
    { class: 'ranking', 'data-party': r.party },
    `${r.name}: its trainees across tables`,
    RANKING_COLUMNS,
    r.rows.map((row) => [
      String(row.rank),
      `T${row.table}`,
      row.trainees.length > 0 ? row.trainees.join(' & ') : 'computer',
      num(row.points),
      num(row.surplus),
    ]),
    2,
  );
}

export function classBoardScreen(store: RemoteClassStore): MountedClassroomScreen {
  const title = h('h2', { id: 'board-title' }, 'Class board');
  const status = h('p', { id: 'board-status', 'aria-live': 'polite' });
  const tables = h('div');
  const rankings = h('section', { id: 'board-rankings', 'aria-label': 'Within-role ranking' });
  const chartBox = h('div', { id: 'board-chart' });
  const el = h('div', { class: 'classroom class-board' }, title, status, tables, rankings, chartBox);
  let chart: { destroy(): void } | null = null;
  let last: ClassBoard | null = null;

  const render = () => {
    const s = store.getState();
    const b = s.board;
    if (!b) {
      status.textContent = s.problem ?? 'Connecting to the class…';
      return;
    }
    if (b === last) return;
    last = b;
    title.textContent = `Class board: ${b.title}`;
    const over = b.tables.filter((t) => t.phase === 'finished' || t.phase === 'ended' || t.phase === 'broken').length;
    status.textContent = b.allOver
      ? `Every table has finished: ${b.tables.filter((t) => t.agreement).length} of ${b.tables.length} reached an agreement.`
      : `${over} of ${b.tables.length} tables have finished. The figures, the ranking within each role and the outcome chart appear when every table has finished.`;
    tables.replaceChildren(tablesTable(b));
    if (!b.allOver || !b.rankings) {
      rankings.replaceChildren();
      return;
    }
    rankings.replaceChildren(
      h('h3', {}, 'Within each role'),
      h(
        'p',
        { class: 'muted' },
        'Scores are compared only between trainees who held the same party: across roles they are not comparable.',
      ),
      ...b.rankings.map(rankingTable),
      ...(b.history ? [h('p', { id: 'board-history' }, `What history agreed: ${b.history.label}.`)] : []),
    );
    if (!chart && b.reference) {
      const state = b.reference as GameState;
      const own = b.human[0] ?? null;
      const made = outcomeChart(state, own, (x, y) =>
        b.tables.flatMap((t) =>
          t.points && t.points[x] !== undefined && t.points[y] !== undefined
            ? [{ label: `T${t.number}`, point: { x: t.points[x], y: t.points[y] } }]
            : [],
        ),
      );
      chart = made;
      chartBox.replaceChildren(made.el);
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
