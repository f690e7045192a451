/**
 * The instructor board (the instructor address, with its key): every open table with its seats
 * (held, free, dropped, computer), and what only the instructor may do: start, pause and resume,
 * end a table, hand a seat to a computer, free a seat; a link to each table's projector. It polls
 * the server's list every few seconds (the board is one page for a whole class; no room needed).
 */
import { movedSentence } from '../../protocol/index.ts';
import type {
  InstructorCommand,
  KeptTable,
  RefusedScenarioFile,
  SeatStatus,
  TableSummary,
} from '../../protocol/index.ts';
import { refusedFilesNote } from './serverScenarios.ts';
import { sentenceOf } from '../../store/remoteErrors.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { actionsRow, button, h, networkButton } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { phaseText } from './tableStatus.ts';
import { t, uiLocale } from '../uiLocale.ts';
import { strategyName } from '../strategyText.ts';
import { holdWhilePressed } from '../pressHold.ts';
import { SEPARATOR } from '../../i18n/index.ts';

export interface BoardDeps {
  list(): Promise<TableSummary[]>;
  command(tableId: string, command: InstructorCommand): Promise<TableSummary>;
  /** Erases a table outside any class (`DELETE /api/tables/:id`); none: no "Delete table…". */
  deleteTable?(tableId: string): Promise<unknown>;
  /** The finished tables of no class no longer in the live list (`GET /api/tables/kept`); none: not offered. */
  kept?(): Promise<KeptTable[]>;
  /** The address of a table's projector (opened in a new window). */
  projectorAddress(code: string): string;
  /** The scenarios a table can be made of: id and title (each leads to the create screen). */
  scenarios: { id: string; title: string }[];
  /** The files in the server's scenario folder that do not load (none: every file is offered). */
  refused?: readonly RefusedScenarioFile[];
  createAddress(scenario: string): string;
  /** How often the list is refreshed (ms). */
  every?: number;
}

/** A seat's state in words: who holds it, and whether their device is here now. */
export function seatState(s: SeatStatus): string {
  if (s.controller.kind === 'computer')
    return t('uiConsole.instructor.computer', {
      strategy: strategyName(s.controller.strategy),
      difficulty: t(`uiSetup.difficulties.${s.controller.difficulty}`),
    });
  if (!s.held) return t('uiConsole.instructor.free');
  if (s.player === null)
    return t(s.connected ? 'uiConsole.instructor.heldByTrainee' : 'uiConsole.instructor.droppedTrainee');
  return t(s.connected ? 'uiConsole.instructor.heldBy' : 'uiConsole.instructor.dropped', { player: s.player });
}

export function instructorBoard(deps: BoardDeps): MountedClassroomScreen {
  const problem = h('div', { role: 'alert', 'aria-live': 'assertive' });
  const say = (text: string | null) =>
    problem.replaceChildren(...(text ? [h('p', { class: 'error', id: 'board-problem' }, text)] : []));
  const list = h('div', { id: 'board-tables' }, h('p', {}, t('uiConsole.instructor.loading')));
  /** What a step did, for screen readers (the list shows it): a table ended or deleted. */
  const said = h('p', { id: 'board-said', class: 'visually-hidden', role: 'status' });
  /** The finished tables of no class kept on the server, listed when the instructor opens the section (not polled). */
  const keptList = h('div', { id: 'kept-tables-list' });
  const kept = h(
    'details',
    { class: 'panel', id: 'kept-tables' },
    h('summary', {}, t('uiConsole.instructor.keptTitle')),
    keptList,
  );
  kept.hidden = deps.kept === undefined || deps.deleteTable === undefined;
  const el = h(
    'div',
    { class: 'classroom instructor-board' },
    h('h2', {}, t('uiConsole.instructor.heading')),
    h(
      'p',
      {},
      h('a', { href: '?console', class: 'button', id: 'open-console' }, t('uiConsole.instructor.openConsole')),
    ),
    problem,
    said,
    list,
    kept,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'new-table-title' },
      h('h3', { id: 'new-table-title', tabindex: '-1' }, t('uiConsole.instructor.newTable')),
      refusedFilesNote(deps.refused ?? []),
      deps.scenarios.length === 0
        ? h('p', { class: 'error', id: 'no-scenarios' }, t('uiConsole.noServerScenarios'))
        : h(
            'ul',
            {},
            ...deps.scenarios.map((s) =>
              h('li', {}, h('a', { href: deps.createAddress(s.id), class: 'button' }, s.title)),
            ),
          ),
    ),
  );
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Table id → the JSON last drawn, so an unchanged table is not rebuilt (focus stays put). */
  const drawn = new Map<string, string>();

  /** `done`: said once the server took the step. */
  const run = async (tableId: string, command: InstructorCommand, done?: string) => {
    try {
      await deps.command(tableId, command);
      say(null);
      if (done) said.textContent = done;
    } catch (e) {
      say(sentenceOf(e, t('uiConsole.instructor.refused')));
    }
    void refresh();
  };

  const askDelete = (table: TableSummary) =>
    confirmDelete(
      table.id,
      table.code,
      table.seats.filter((s) => s.controller.kind === 'human' && s.player !== null).length,
    );

  /** "Delete table…"'s confirmation, then the request; the lists are asked again after it. */
  const confirmDelete = (id: string, code: string, trainees: number) => {
    const remove = deps.deleteTable;
    if (!remove) return;
    confirmDialog({
      title: t('uiConsole.instructor.deleteTableTitle', { code }),
      text: t('uiConsole.instructor.deleteTableText', { trainees }),
      confirm: t('uiConsole.instructor.deleteTableConfirm'),
      cancel: t('uiConsole.instructor.deleteTableCancel'),
      onConfirm: () =>
        void (async () => {
          try {
            await remove(id);
            say(null);
            said.textContent = t('uiConsole.instructor.tableDeleted', { code });
          } catch (e) {
            say(sentenceOf(e, t('uiConsole.instructor.refused')));
          }
          void refresh();
          if (kept.open) void listKept();
        })(),
    });
  };

  const listKept = async () => {
    if (!deps.kept) return;
    // A kept table's "Delete table…" goes with it: the focus goes to the next one's (or the last one's), with none
    // left to the section's summary, not to the page's body.
    const buttons = () => [...keptList.querySelectorAll<HTMLElement>('button')];
    const focusedAt = buttons().indexOf(document.activeElement as HTMLElement);
    const refocus = () => {
      if (focusedAt < 0 || el.contains(document.activeElement)) return;
      const left = buttons();
      (left[Math.min(focusedAt, left.length - 1)] ?? kept.querySelector('summary'))?.focus({ preventScroll: true });
    };
    keptList.replaceChildren(h('p', {}, t('uiConsole.instructor.keptLoading')));
    let tables: KeptTable[];
    try {
      tables = await deps.kept();
    } catch (e) {
      keptList.replaceChildren(h('p', { class: 'error' }, sentenceOf(e, t('uiConsole.instructor.keptFailed'))));
      refocus();
      return;
    }
    keptList.replaceChildren(
      tables.length === 0
        ? h('p', {}, t('uiConsole.instructor.keptNone'))
        : h(
            'ul',
            {},
            ...tables.map((k) =>
              h(
                'li',
                {},
                t('uiConsole.instructor.keptRow', {
                  code: k.code,
                  title: k.title,
                  date: new Date(k.createdAt).toLocaleString(uiLocale()),
                  count: k.trainees,
                }),
                ' ',
                button(t('uiConsole.instructor.deleteTable'), () => confirmDelete(k.id, k.code, k.trainees), {
                  id: `delete-kept-${k.id}`,
                  'aria-label': t('uiConsole.instructor.deleteTableLabel', { code: k.code }),
                }),
              ),
            ),
          ),
    );
    refocus();
  };
  kept.addEventListener('toggle', () => {
    if (kept.open) void listKept();
  });

  const tableCard = (table: TableSummary): HTMLElement => {
    const open = table.phase !== 'finished' && table.phase !== 'ended' && table.phase !== 'broken';
    const controls = h(
      'div',
      { class: 'actions-row' },
      h(
        'a',
        { href: deps.projectorAddress(table.code), target: '_blank', rel: 'noopener', class: 'button' },
        t('uiConsole.instructor.projector', { code: table.code }),
      ),
      // Each control has an id: a table redrawn (at each move) gives the focus back to it (refresh).
      table.phase === 'waiting'
        ? networkButton(t('uiConsole.instructor.start'), () => run(table.id, { command: 'start' }), {
            id: `start-${table.code}`,
          })
        : null,
      table.phase === 'playing'
        ? networkButton(t('uiConsole.instructor.pause'), () => run(table.id, { command: 'pause' }), {
            id: `pause-${table.code}`,
          })
        : null,
      table.phase === 'paused'
        ? networkButton(t('uiConsole.instructor.resume'), () => run(table.id, { command: 'resume' }), {
            class: 'primary',
            id: `resume-${table.code}`,
          })
        : null,
      open
        ? button(
            t('uiConsole.instructor.end'),
            () =>
              confirmDialog({
                title: t('uiConsole.instructor.endTitle', { code: table.code }),
                text: t('uiConsole.instructor.endText'),
                confirm: t('uiConsole.instructor.endConfirm'),
                cancel: t('uiConsole.instructor.endCancel'),
                // The button goes with the table's end: the focus goes to the card's heading (refresh).
                onConfirm: () =>
                  void run(table.id, { command: 'end' }, t('uiConsole.instructor.tableEnded', { code: table.code })),
              }),
            { id: `end-${table.code}` },
          )
        : null,
      // A table outside any class, over or never started: erased with its moves and names (a class's go with it).
      deps.deleteTable && table.classCode === undefined && (!open || table.phase === 'waiting')
        ? button(t('uiConsole.instructor.deleteTable'), () => askDelete(table), {
            id: `delete-${table.code}`,
            'aria-label': t('uiConsole.instructor.deleteTableLabel', { code: table.code }),
          })
        : null,
    );
    const seats = h(
      'table',
      { class: 'board-table stacks' },
      h(
        'tbody',
        {},
        ...table.seats.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, s.name),
            h('td', {}, seatState(s)),
            h(
              'td',
              {},
              actionsRow(
                open && s.controller.kind === 'human' && !s.connected
                  ? networkButton(
                      t('uiConsole.instructor.toComputer'),
                      () => run(table.id, { command: 'computer', party: s.party }),
                      {
                        'aria-label': t('uiConsole.instructor.toComputerLabel', { party: s.name, code: table.code }),
                        id: `computer-${table.code}-${s.party}`,
                      },
                    )
                  : null,
                open && s.controller.kind === 'human' && s.held
                  ? networkButton(
                      t('uiConsole.instructor.freeSeat'),
                      () => run(table.id, { command: 'free', party: s.party }),
                      {
                        'aria-label': t('uiConsole.instructor.freeSeatLabel', { party: s.name, code: table.code }),
                        id: `free-${table.code}-${s.party}`,
                      },
                    )
                  : null,
                open && s.controller.kind === 'computer'
                  ? networkButton(
                      t('uiConsole.instructor.toHuman'),
                      () => run(table.id, { command: 'human', party: s.party }),
                      {
                        'aria-label': t('uiConsole.instructor.toHumanLabel', { party: s.name, code: table.code }),
                        id: `human-${table.code}-${s.party}`,
                      },
                    )
                  : null,
              ),
            ),
          ),
        ),
      ),
    );
    return h(
      'section',
      {
        class: 'panel',
        'data-table': table.code,
        'aria-label': t('uiConsole.instructor.tableLabel', { code: table.code }),
      },
      // Where the focus goes when the control it was on leaves the card (refresh).
      h('h3', { id: `table-title-${table.code}`, tabindex: '-1' }, `${table.title}${SEPARATOR}${table.code}`),
      h(
        'p',
        {},
        phaseText(table),
        table.active
          ? t('uiConsole.instructor.toMove', {
              party: table.seats.find((s) => s.party === table.active)?.name ?? table.active,
            })
          : '',
      ),
      // Another server process took it over when the one holding it stopped: when, from the API's ISO time, in
      // this browser's time zone (the API's own sentence is on the server's clock).
      table.movedAt === undefined
        ? null
        : h('p', { class: 'moved' }, movedSentence(table.code, Date.parse(table.movedAt), uiLocale())),
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
      say(sentenceOf(e, t('uiConsole.instructor.listFailed')));
      timer = setTimeout(() => void refresh(), deps.every ?? 3000);
      return;
    }
    if (destroyed) return;
    // A button pressed now must still be there when it is released (pressHold.ts): asked again after.
    if (hold.held()) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The card the focus was in, and its place in the list.
    const focusedCard = focused?.closest<HTMLElement>('#board-tables > section[data-table]') ?? null;
    const focusedAt = focusedCard ? [...list.children].indexOf(focusedCard) : -1;
    if (tables.length === 0) {
      drawn.clear();
      list.replaceChildren(h('p', {}, t('uiConsole.instructor.noTable')));
    } else {
      const focusedId = focused?.id ?? '';
      const cards = tables.map((table) => {
        const key = JSON.stringify({ ...table, serverTime: 0, clock: { ...table.clock } });
        const old = list.querySelector<HTMLElement>(`[data-table="${table.code}"]`);
        if (old && drawn.get(table.id) === key) return old;
        drawn.set(table.id, key);
        return tableCard(table);
      });
      list.replaceChildren(...cards);
      if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
    }
    // The control went with the redraw ("End the table…" once it has ended, the whole card once deleted): the focus
    // fell to the page's body. It goes to that table's heading; a table gone, to the next one's (or the last one's),
    // or with no table left to "New table".
    if (focusedCard && !el.contains(document.activeElement)) {
      const code = focusedCard.dataset.table ?? '';
      const cards = [...list.querySelectorAll<HTMLElement>(':scope > section[data-table]')];
      const same = cards.find((c) => c.dataset.table === code);
      const next = same ?? cards[Math.min(focusedAt, cards.length - 1)];
      const heading = next?.querySelector<HTMLElement>('h3') ?? document.getElementById('new-table-title');
      heading?.focus({ preventScroll: true });
    }
    timer = setTimeout(() => void refresh(), deps.every ?? 3000);
  };
  const hold = holdWhilePressed(list, () => void refresh());
  void refresh();
  return {
    el,
    wake: () => void refresh(),
    destroy() {
      destroyed = true;
      hold.stop();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
