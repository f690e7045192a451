/**
 * The instructor board (the instructor address, with its key): every open table with its seats
 * (held, free, dropped, computer), and what only the instructor may do: start, pause and resume,
 * end a table, hand a seat to a computer, free a seat; a link to each table's projector. It polls
 * the server's list every few seconds (the board is one page for a whole class; no room needed).
 */
import type { InstructorCommand, SeatStatus, TableSummary } from '../../protocol/index.ts';
import { sentenceOf } from '../../store/remoteTable.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { button, h } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { phaseText } from './tableStatus.ts';

export interface BoardDeps {
  list(): Promise<TableSummary[]>;
  command(tableId: string, command: InstructorCommand): Promise<TableSummary>;
  /** The address of a table's projector (opened in a new window). */
  projectorAddress(code: string): string;
  /** The scenarios a table can be made of: id and title (each leads to the create screen). */
  scenarios: { id: string; title: string }[];
  createAddress(scenario: string): string;
  /** How often the list is refreshed (ms). */
  every?: number;
}

/** A seat's state in words: who holds it, and whether their device is here now. */
export function seatState(s: SeatStatus): string {
  if (s.controller.kind === 'computer') return `computer (${s.controller.strategy}, ${s.controller.difficulty})`;
  if (!s.held) return 'free';
  return s.connected ? `held by ${s.player ?? 'a trainee'}` : `dropped: ${s.player ?? 'a trainee'} is away`;
}

export function instructorBoard(deps: BoardDeps): MountedClassroomScreen {
  const problem = h('div', { role: 'alert', 'aria-live': 'assertive' });
  const say = (text: string | null) =>
    problem.replaceChildren(...(text ? [h('p', { class: 'error', id: 'board-problem' }, text)] : []));
  const list = h('div', { id: 'board-tables' }, h('p', {}, 'Loading the tables…'));
  const el = h(
    'div',
    { class: 'classroom instructor-board' },
    h('h2', {}, 'Instructor board'),
    h(
      'p',
      {},
      h('a', { href: '?console', class: 'button', id: 'open-console' }, 'Instructor’s console: run a whole class'),
    ),
    problem,
    list,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'new-table-title' },
      h('h3', { id: 'new-table-title' }, 'Start a new table'),
      h(
        'ul',
        {},
        ...deps.scenarios.map((s) => h('li', {}, h('a', { href: deps.createAddress(s.id), class: 'button' }, s.title))),
      ),
    ),
  );
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Table id → the JSON last drawn, so an unchanged table is not rebuilt (focus stays put). */
  const drawn = new Map<string, string>();

  const run = async (tableId: string, command: InstructorCommand) => {
    try {
      await deps.command(tableId, command);
      say(null);
    } catch (e) {
      say(sentenceOf(e, 'The server refused the command.'));
    }
    void refresh();
  };

  const tableCard = (t: TableSummary): HTMLElement => {
    const open = t.phase !== 'finished' && t.phase !== 'ended' && t.phase !== 'broken';
    const controls = h(
      'div',
      { class: 'actions-row' },
      h(
        'a',
        { href: deps.projectorAddress(t.code), target: '_blank', rel: 'noopener', class: 'button' },
        `Projector of ${t.code}`,
      ),
      t.phase === 'waiting' ? button('Start now', () => void run(t.id, { command: 'start' })) : null,
      t.phase === 'playing' ? button('Pause', () => void run(t.id, { command: 'pause' })) : null,
      t.phase === 'paused' ? button('Resume', () => void run(t.id, { command: 'resume' }), { class: 'primary' }) : null,
      open
        ? button('End the table…', () =>
            confirmDialog({
              title: `End the table ${t.code}?`,
              text: 'Play stops now and every device gets the debrief as the table stands.',
              confirm: 'End the table',
              cancel: 'Keep playing',
              onConfirm: () => void run(t.id, { command: 'end' }),
            }),
          )
        : null,
    );
    const seats = h(
      'table',
      { class: 'board-table' },
      h(
        'tbody',
        {},
        ...t.seats.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, s.name),
            h('td', {}, seatState(s)),
            h(
              'td',
              { class: 'actions-row' },
              open && s.controller.kind === 'human' && !s.connected
                ? button('Give to a computer', () => void run(t.id, { command: 'computer', party: s.party }), {
                    'aria-label': `Give ${s.name}'s seat at ${t.code} to a computer player`,
                  })
                : null,
              open && s.controller.kind === 'human' && s.held
                ? button('Free the seat', () => void run(t.id, { command: 'free', party: s.party }), {
                    'aria-label': `Free ${s.name}'s seat at ${t.code}`,
                  })
                : null,
              open && s.controller.kind === 'computer'
                ? button('Make it a trainee seat', () => void run(t.id, { command: 'human', party: s.party }), {
                    'aria-label': `Make ${s.name}'s seat at ${t.code} a trainee seat`,
                  })
                : null,
            ),
          ),
        ),
      ),
    );
    return h(
      'section',
      { class: 'panel', 'data-table': t.code, 'aria-label': `Table ${t.code}` },
      h('h3', {}, `${t.title} · ${t.code}`),
      h(
        'p',
        {},
        phaseText(t),
        t.active ? ` ${t.seats.find((s) => s.party === t.active)?.name ?? t.active} to move.` : '',
      ),
      controls,
      seats,
    );
  };

  const refresh = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    let tables: TableSummary[];
    try {
      tables = await deps.list();
    } catch (e) {
      if (destroyed) return;
      say(sentenceOf(e, 'The tables cannot be listed.'));
      timer = setTimeout(() => void refresh(), deps.every ?? 3000);
      return;
    }
    if (destroyed) return;
    if (tables.length === 0) {
      drawn.clear();
      list.replaceChildren(h('p', {}, 'No table yet: start one below (or from a scenario card in the library).'));
    } else {
      const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
      const cards = tables.map((t) => {
        const key = JSON.stringify({ ...t, serverTime: 0, clock: { ...t.clock } });
        const old = list.querySelector<HTMLElement>(`[data-table="${t.code}"]`);
        if (old && drawn.get(t.id) === key) return old;
        drawn.set(t.id, key);
        return tableCard(t);
      });
      list.replaceChildren(...cards);
      if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
    }
    timer = setTimeout(() => void refresh(), deps.every ?? 3000);
  };
  void refresh();
  return {
    el,
    wake: () => void refresh(),
    destroy() {
      destroyed = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
