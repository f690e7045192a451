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

const PHASE_WORDS: Record<BoardTable['phase'], string> = {
  waiting: 'waiting for trainees',
  playing: 'negotiating',
  paused: 'paused',
  finished: 'finished',
  ended: 'ended by the facilitator',
  broken: 'could not be restored',
};

const num = (v: number | null, unit = ''): string => (v === null ? '—' : `${Math.round(v * 10) / 10}${unit}`);

function tablesTable(b: ClassBoard): HTMLElement {
  return h(
    'table',
    { class: 'board-table class-board-tables', id: 'board-tables' },
    h('caption', {}, 'Every table'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'Table',
          'State',
          'Round',
          'Agreement',
          'Joint gain (share of the best)',
          'Distance to the frontier',
          'Legitimacy',
        ].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      ...b.tables.map((t) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `T${t.number} · ${t.code}`),
          h('td', {}, PHASE_WORDS[t.phase]),
          h('td', {}, `${t.round} of ${t.rounds}`),
          h('td', {}, t.agreement === null ? '…' : t.agreement ? 'yes' : 'no'),
          h('td', {}, num(t.jointGainShare, ' %')),
          h('td', {}, num(t.distanceToFrontier)),
          h('td', {}, num(t.legitimacy)),
        ),
      ),
    ),
  );
}

function rankingTable(r: RoleRanking): HTMLElement {
  return h(
    'table',
    { class: 'board-table ranking', 'data-party': r.party },
    h('caption', {}, `${r.name}: its trainees across tables`),
    h(
      'thead',
      {},
      h('tr', {}, ...['Rank', 'Table', 'Trainees', 'Points', 'Over BATNA'].map((t) => h('th', { scope: 'col' }, t))),
    ),
    h(
      'tbody',
      {},
      ...r.rows.map((row) =>
        h(
          'tr',
          {},
          h('td', {}, String(row.rank)),
          h('td', {}, `T${row.table}`),
          h('th', { scope: 'row' }, row.trainees.length > 0 ? row.trainees.join(' & ') : 'computer'),
          h('td', {}, num(row.points)),
          h('td', {}, num(row.surplus)),
        ),
      ),
    ),
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

  document.documentElement.classList.add('projector');
  const unsubscribe = store.subscribe(render);
  render();
  return {
    el,
    destroy() {
      unsubscribe();
      chart?.destroy();
      store.getState().close();
      document.documentElement.classList.remove('projector');
    },
  };
}
