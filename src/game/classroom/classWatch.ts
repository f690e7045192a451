/**
 * The console's watch of one class: every table live (its round, whose turn, the text on the table
 * and the stances, agreements and walk-outs, the last sentences of its log), idle seats flagged, and
 * the facilitator's steps: pause and resume one table or all, extend the deadline by a round, fire a
 * scenario event now, hand a seat to a computer player, end a table. Each step is an action in the
 * table's log (the trainees read a sentence). The class code, the class board and the exports.
 *
 * Updates come from the class room one table at a time; only the card of a table that changed is
 * redrawn, so the focus stays on the control the instructor is using.
 */
import { idleReason, movedSentence } from '../../protocol/index.ts';
import type {
  ClassCommand,
  ClassCommandResult,
  ClassSummary,
  ConsoleTable,
  InstructorCommand,
} from '../../protocol/index.ts';
import type { RemoteClassStore } from '../../store/remoteClass.ts';
import { sentenceOf } from '../../store/remoteErrors.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { reflectionTable } from '../widgets/reflectionTable.ts';
import { actionsRow, button, h, networkButton } from '../dom.ts';
import { addressText } from './addressText.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { projectorWhile } from './projectorFit.ts';
import { seatState } from './instructorBoard.ts';
import { phaseText } from './tableStatus.ts';
import { formatList, GENERATED, t as words, uiLocale } from '../uiLocale.ts';
import { holdWhilePressed } from '../pressHold.ts';
import { SEPARATOR } from '../../i18n/index.ts';
import { gameLang } from '../gameLanguage.ts';

export interface WatchDeps {
  command(tableId: string, command: InstructorCommand): Promise<unknown>;
  classCommand(classId: string, command: ClassCommand): Promise<ClassCommandResult>;
  /** Downloads the class export ('csv' or 'json'). */
  download(classId: string, kind: 'csv' | 'json'): Promise<void>;
  /** Erases the class and all its tables on the server (`DELETE /api/classes/:id`); none: no "Delete class…". */
  deleteClass?(classId: string): Promise<unknown>;
  boardAddress(code: string): string;
  joinAddress: string;
  /** A seat whose party is to move and has not moved for this long is flagged idle (ms). */
  idleAfterMs?: number;
  now?: () => number;
}

export function classWatch(store: RemoteClassStore, deps: WatchDeps): MountedClassroomScreen {
  const now = deps.now ?? (() => Date.now());
  // Focusable: where the focus goes once the class is deleted and everything it was on has gone (render).
  const problem = h('div', { role: 'alert', 'aria-live': 'assertive', tabindex: '-1' });
  const say = (text: string | null) =>
    problem.replaceChildren(...(text ? [h('p', { class: 'error', id: 'console-problem' }, text)] : []));
  const head = h('div');
  const cards = h('div', { id: 'console-tables', class: 'console-tables' });
  /** What the last class-wide step did, table by table. */
  const done = h('p', { id: 'class-step-result', 'aria-live': 'polite' });
  /** What a step at one table did, for screen readers (the card shows it): a table ended. */
  const said = h('p', { id: 'console-said', class: 'visually-hidden', role: 'status' });
  /** Every trainee's exit reflection, question by question, as they arrive. */
  const answers = h('section', { class: 'panel', id: 'class-answers', 'aria-labelledby': 'class-answers-title' });
  answers.hidden = true;
  /** The connection's state, apart from the refusals of the instructor's commands (`problem`). */
  const link = h('p', { class: 'link-status', id: 'console-link', role: 'status', hidden: true });
  /**
   * The tables another server process took over when the one holding them stopped: each said once, as
   * it first shows moved (not again at each update), and kept while the console is open.
   */
  const moved = h('div', { id: 'console-moved', role: 'status' });
  const movedSaid = new Set<string>();
  const el = h('div', { class: 'classroom console-screen' }, head, link, problem, moved, done, said, cards, answers);
  let answersFor: unknown = null;
  const drawAnswers = (c: ClassSummary, tables: readonly ConsoleTable[]) => {
    const questions = c.reflectionQuestions ?? [];
    const key = JSON.stringify(tables.map((t) => t.trainees.map((m) => m.reflection ?? null)));
    if (questions.length === 0 || key === answersFor) return;
    answersFor = key;
    const players = tables.flatMap((t, i) =>
      t.trainees.filter((m) => m.role !== 'observer').map((m) => ({ m, table: i + 1 })),
    );
    const rows = players.flatMap(({ m, table }) =>
      m.reflection ? [{ who: words('classWatch.answerOf', { name: m.name, table }), answers: m.reflection }] : [],
    );
    answers.hidden = false;
    answers.replaceChildren(
      h('h3', { id: 'class-answers-title' }, words('classWatch.answersTitle')),
      h('p', { class: 'muted' }, words('classWatch.answersCount', { count: rows.length, of: players.length })),
      ...(rows.length > 0 ? [reflectionTable(questions, rows, c.language)] : []),
    );
  };
  /** The table each card last drew, so an unchanged table is not rebuilt. */
  const drawn: (ConsoleTable | null)[] = [];
  let headFor: ClassSummary | null = null;

  /** Runs a step; whether the server took it (a refusal is said). */
  const run = async (f: () => Promise<unknown>): Promise<boolean> => {
    try {
      await f();
      // A watch ended for good meanwhile keeps its sentence: the class's room says it was deleted, often before the
      // DELETE is answered, and clearing it left a blank page.
      const st = store.getState();
      say(st.status === 'closed' ? st.problem : null);
      return true;
    } catch (e) {
      say(sentenceOf(e, words('classWatch.serverRefused')));
      return false;
    }
  };

  /** The seats the console flags idle now, at every table. */
  const idleSeats = (): string[] =>
    (store.getState().console?.tables ?? []).flatMap((t, i) =>
      t.status.seats.flatMap((seat) =>
        idleReason(t, seat.party, now(), deps.idleAfterMs, uiLocale()) ? [`${i + 1}/${seat.party}`] : [],
      ),
    );
  /** Extend every table from the last round the console shows for it (a second click on the same sight is refused). */
  const extendAll = (): ClassCommand => ({
    command: 'extend',
    from: Object.fromEntries((store.getState().console?.tables ?? []).map((t) => [t.status.id, t.status.rounds])),
  });
  /** A step at every table; what it did (and where it did not fit) is said under the controls. */
  const classStep = (c: ClassSummary, command: ClassCommand) =>
    run(async () => {
      const r = await deps.classCommand(c.id, command);
      const seatName = (table: number, party: string) =>
        r.tables[table - 1]?.seats.find((s) => s.party === party)?.name ?? party;
      const lines: string[] = [];
      if (command.command === 'hand-idle') {
        const seats = r.handed.map((x) =>
          words('classWatch.handedSeat', { table: x.table, name: seatName(x.table, x.party), reason: x.reason }),
        );
        lines.push(
          seats.length === 0
            ? words('classWatch.handedNone')
            : words('classWatch.handed', { seats: seats.join(words('common.semicolon')) }),
        );
      }
      if (r.refused.length > 0)
        lines.push(
          words('classWatch.refused', {
            tables: r.refused
              .map((x) => words('classWatch.refusedAt', { table: x.table, reason: x.reason }))
              .join(words('common.semicolon')),
          }),
        );
      else if (command.command !== 'hand-idle') lines.push(words('classWatch.allDone'));
      done.textContent = lines.join(' ');
    });
  const classButton = (c: ClassSummary, text: string, command: ClassCommand, id: string) =>
    networkButton(text, () => classStep(c, command), { id });

  const drawHead = (c: ClassSummary) => {
    headFor = c;
    head.replaceChildren(
      h('h2', { id: 'console-title' }, `${c.title}`),
      h(
        'p',
        { class: 'class-code' },
        // The sentence runs around the address and the code, shown in bold: its parts are the catalog's.
        words('classWatch.codeOpenBefore'),
        h('strong', {}, ...addressText(deps.joinAddress)),
        words('classWatch.codeTypeCode'),
        h(
          'strong',
          { id: 'class-code', 'aria-label': words('classWatch.codeLabel', { letters: c.code.split('').join(' ') }) },
          c.code,
        ),
        c.open ? words('classWatch.codeSeatedAsTheyCome') : words('classWatch.codeAsOnRoster'),
      ),
      h(
        'div',
        { class: 'actions-row' },
        h(
          'a',
          { href: deps.boardAddress(c.code), target: '_blank', rel: 'noopener', class: 'button', id: 'open-board' },
          words('classWatch.board'),
        ),
        classButton(c, words('classWatch.pauseAll'), { command: 'pause' }, 'pause-all'),
        classButton(c, words('classWatch.resumeAll'), { command: 'resume' }, 'resume-all'),
        networkButton(words('classWatch.extendAll'), () => classStep(c, extendAll()), { id: 'extend-all' }),
        button(
          words('classWatch.handIdle'),
          () => {
            const count = idleSeats().length;
            confirmDialog({
              title: words('classWatch.handIdleTitle'),
              text: count === 0 ? words('classWatch.handIdleNone') : words('classWatch.handIdleText', { count }),
              confirm: words('classWatch.handIdleConfirm'),
              cancel: words('classWatch.keepPlaying'),
              onConfirm: () => void classStep(c, { command: 'hand-idle' }),
            });
          },
          { id: 'hand-idle' },
        ),
        button(
          words('classWatch.endAll'),
          () =>
            confirmDialog({
              title: words('classWatch.endAllTitle'),
              text: words('classWatch.endAllText'),
              confirm: words('classWatch.endAllConfirm'),
              cancel: words('classWatch.keepPlaying'),
              onConfirm: () => void classStep(c, { command: 'end' }),
            }),
          { id: 'end-all' },
        ),
        networkButton(words('classWatch.exportCsv'), () => run(() => deps.download(c.id, 'csv')), { id: 'export-csv' }),
        networkButton(words('classWatch.exportJson'), () => run(() => deps.download(c.id, 'json')), {
          id: 'export-json',
        }),
        deps.deleteClass ? button(words('classWatch.deleteClass'), () => askDelete(c), { id: 'delete-class' }) : null,
      ),
    );
  };

  /**
   * "Delete class…": what is erased (its tables, the roster's names, the worksheets and reflections sent, every move),
   * with the exports at hand to download first; refused at once, with why, while a table is being played.
   */
  const askDelete = (c: ClassSummary) => {
    const remove = deps.deleteClass;
    if (!remove) return;
    const tables = store.getState().console?.tables ?? [];
    const inPlay = tables.flatMap((x, i) =>
      x.status.phase === 'playing' || x.status.phase === 'paused' ? [i + 1] : [],
    );
    if (inPlay.length > 0)
      return say(
        words('classWatch.deleteClassInPlay', { count: inPlay.length, tables: formatList(inPlay.map(String)) }),
      );
    const text = words('classWatch.deleteClassText', {
      count: c.tables.length,
      trainees: c.members.length,
      worksheets: c.members.filter((m) => m.worksheet).length,
      reflections: c.members.filter((m) => m.reflection !== null).length,
    });
    confirmDialog({
      title: words('classWatch.deleteClassTitle'),
      text: [
        text,
        ' ',
        networkButton(words('classWatch.exportCsv'), () => run(() => deps.download(c.id, 'csv')), {
          id: 'delete-export-csv',
        }),
        ' ',
        networkButton(words('classWatch.exportJson'), () => run(() => deps.download(c.id, 'json')), {
          id: 'delete-export-json',
        }),
      ],
      confirm: words('classWatch.deleteClassConfirm'),
      cancel: words('classWatch.deleteClassCancel'),
      className: 'delete-class',
      onConfirm: () => void run(() => remove(c.id)),
    });
  };

  const card = (c: ClassSummary, t: ConsoleTable, index: number): HTMLElement => {
    const s = t.status;
    const n = index + 1;
    const open = s.phase === 'waiting' || s.phase === 'playing' || s.phase === 'paused';
    const running = open && t.outcome === null;
    const name = (p: string) => s.seats.find((x) => x.party === p)?.name ?? p;
    const step = (command: InstructorCommand) => run(() => deps.command(s.id, command));
    const events = c.events.filter((e) => !t.fired.includes(e.id));
    const eventSel = h(
      'select',
      { id: `event-${n}`, 'aria-label': words('classWatch.eventLabel', { n }) },
      ...events.map((e) => h('option', { value: e.id, ...gameLang(c.language) }, e.title)),
    );
    const controls = h(
      'div',
      { class: 'actions-row' },
      s.phase === 'waiting'
        ? networkButton(words('classWatch.start'), () => step({ command: 'start' }), {
            'aria-label': words('classWatch.startLabel', { n }),
          })
        : null,
      s.phase === 'playing'
        ? networkButton(words('classWatch.pause'), () => step({ command: 'pause' }), {
            'aria-label': words('classWatch.pauseLabel', { n }),
            id: `pause-${n}`,
          })
        : null,
      s.phase === 'paused'
        ? networkButton(words('classWatch.resume'), () => step({ command: 'resume' }), {
            'aria-label': words('classWatch.resumeLabel', { n }),
            id: `resume-${n}`,
            class: 'primary',
          })
        : null,
      running
        ? networkButton(words('classWatch.extend'), () => step({ command: 'extend', from: s.rounds }), {
            'aria-label': words('classWatch.extendLabel', { n }),
            id: `extend-${n}`,
          })
        : null,
      running && events.length > 0
        ? h(
            'span',
            {},
            eventSel,
            ' ',
            networkButton(words('classWatch.fire'), () => step({ command: 'event', event: eventSel.value }), {
              'aria-label': words('classWatch.fireLabel', { n }),
              id: `fire-${n}`,
            }),
          )
        : null,
      open
        ? button(
            words('classWatch.end'),
            () =>
              confirmDialog({
                title: words('classWatch.endTitle', { n }),
                text: words('classWatch.endText'),
                confirm: words('classWatch.endConfirm'),
                cancel: words('classWatch.keepPlaying'),
                // The button goes with the table's end: the focus goes to the card's heading (render), and this says why.
                onConfirm: () =>
                  void step({ command: 'end' }).then((ok) => {
                    if (ok) said.textContent = words('classWatch.tableEnded', { n });
                  }),
              }),
            { id: `end-${n}`, 'aria-label': words('classWatch.endLabel', { n }) },
          )
        : null,
    );
    const trainees = (party: string) =>
      t.trainees
        .filter((m) => m.party === party && m.role !== 'observer')
        .map(
          (m) =>
            `${m.name}${m.joined ? '' : ` (${words('classWatch.notJoined')})`}${m.worksheet ? ` (${m.worksheetRound === undefined ? words('classWatch.worksheetSent') : words('classWatch.worksheetSentLate', { round: m.worksheetRound })})` : ''}`,
        )
        .join(' & ');
    const seats = h(
      'table',
      { class: 'board-table stacks' },
      h(
        'tbody',
        {},
        ...s.seats.map((seat) => {
          const idle = idleReason(t, seat.party, now(), deps.idleAfterMs, uiLocale());
          const stance = t.text?.stances[seat.party];
          return h(
            'tr',
            { class: idle ? 'idle' : '' },
            h('th', { scope: 'row' }, seat.name, s.active === seat.party ? ' ▶' : ''),
            h('td', {}, seat.controller.kind === 'human' ? trainees(seat.party) || seatState(seat) : seatState(seat)),
            h(
              'td',
              {},
              t.left.includes(seat.party)
                ? words('classWatch.walkedAway')
                : [
                    stance ? words(stance === 'support' ? 'classWatch.supports' : 'classWatch.objects') : '',
                    // Its latest tour-de-table word names the text (the room's table panel says so too).
                    t.text?.livingWith.includes(seat.party) ? words('classWatch.livesWith') : '',
                  ]
                    .filter((w) => w !== '')
                    .join(SEPARATOR),
            ),
            h('td', {}, idle ? h('strong', { class: 'idle-flag' }, words('classWatch.idle', { reason: idle })) : ''),
            h(
              'td',
              {},
              actionsRow(
                running && seat.controller.kind === 'human' && !t.left.includes(seat.party)
                  ? networkButton(
                      words('classWatch.handToComputer'),
                      () => step({ command: 'computer', party: seat.party }),
                      {
                        'aria-label': words('classWatch.handToComputerLabel', { name: seat.name, n }),
                      },
                    )
                  : null,
                open &&
                  seat.controller.kind === 'computer' &&
                  c.human.includes(seat.party) &&
                  !t.left.includes(seat.party)
                  ? networkButton(
                      words('classWatch.backToTrainee'),
                      () => step({ command: 'human', party: seat.party }),
                      {
                        'aria-label': words('classWatch.backToTraineeLabel', { name: seat.name, n }),
                      },
                    )
                  : null,
                open && seat.controller.kind === 'human' && seat.held && !t.left.includes(seat.party)
                  ? networkButton(words('classWatch.freeSeat'), () => step({ command: 'free', party: seat.party }), {
                      'aria-label': words('classWatch.freeSeatLabel', { name: seat.name, n }),
                    })
                  : null,
              ),
            ),
          );
        }),
      ),
    );
    const observers = t.trainees.filter((m) => m.role === 'observer');
    return h(
      'section',
      { class: 'panel console-table', 'data-table': String(n), 'aria-label': words('classWatch.tableLabel', { n }) },
      // Where the focus goes when the control it was on leaves the card (render).
      h('h3', { id: `table-title-${n}`, tabindex: '-1' }, words('classWatch.tableHeading', { n, code: s.code })),
      // The steps first, under the heading: below the state and the text they moved with every move
      // (a line wrapping more or less), and a click aimed at one landed beside it.
      controls,
      h(
        'p',
        { class: 'table-state' },
        phaseText(s),
        s.active && s.phase === 'playing' ? words('classWatch.toMove', { name: name(s.active) }) : '',
      ),
      t.outcome
        ? h(
            'p',
            { class: 'outcome' },
            t.outcome.kind === 'agreement'
              ? words('classWatch.agreement', { round: t.outcome.round })
              : words('classWatch.noDeal', { reason: t.outcome.reason }),
          )
        : null,
      t.text
        ? h(
            'p',
            { class: 'text-on-table' },
            words('classWatch.onTable', { version: t.text.version, author: name(t.text.author), words: t.text.words }),
          )
        : h('p', { class: 'muted' }, words('classWatch.noText')),
      seats,
      observers.length > 0
        ? h('p', { class: 'muted' }, words('classWatch.observing', { names: observers.map((o) => o.name).join(', ') }))
        : null,
      h('ul', { class: 'recent' }, ...t.recent.map((line) => h('li', {}, line))),
      worksheets(t, n, name),
    );
  };

  /** Once the table is over: each trainee's worksheet against play (the server sends it then, in the table's language). */
  const worksheets = (t: ConsoleTable, n: number, name: (p: string) => string): HTMLElement | null => {
    const compared = t.trainees.filter((m) => m.comparison !== undefined);
    if (compared.length === 0) return null;
    return h(
      'details',
      { class: 'worksheets', id: `worksheets-${n}` },
      h('summary', {}, words('uiConsole.console.worksheets', { count: compared.length })),
      ...compared.map((m) =>
        h(
          'div',
          { class: 'worksheet-result', 'data-party': m.party },
          h('h4', {}, words('uiConsole.console.worksheetOf', { name: m.name, party: name(m.party) })),
          h('ul', GENERATED, ...(m.comparison ?? []).map((line) => h('li', {}, line))),
        ),
      ),
    );
  };

  const render = () => {
    const st = store.getState();
    // A lost connection is said over the console it still shows, and goes when the console is back; a refusal
    // that ends the watch for good (a wrong key, a class gone) is an alert, as a command refused is.
    const lost = st.status === 'closed' ? null : st.problem;
    link.hidden = lost === null;
    link.textContent = lost ?? '';
    if (st.status === 'closed' && st.problem) say(st.problem);
    const c = st.console;
    if (!c) {
      if (!st.problem) cards.replaceChildren(h('p', {}, words('classWatch.connecting')));
      // The class was deleted (the problem says so): what the console showed of it goes.
      else if (headFor) {
        const hadFocus = el.contains(document.activeElement);
        headFor = null;
        drawn.length = 0;
        answersFor = null;
        head.replaceChildren();
        cards.replaceChildren();
        done.textContent = '';
        answers.hidden = true;
        answers.replaceChildren();
        // "Delete class…" went with the rest: the focus fell to the page's body. It goes to the sentence saying why.
        if (hadFocus && !el.contains(document.activeElement)) problem.focus({ preventScroll: true });
      }
      return;
    }
    // A button pressed now must still be there when it is released (pressHold.ts).
    if (hold.held()) return;
    if (headFor !== c.class) drawHead(c.class);
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const focusedId = focused?.id ?? '';
    const focusedCard = focused?.closest<HTMLElement>('.console-table')?.dataset.table;
    c.tables.forEach((t, i) => {
      // In this browser's time zone, from the time the server sent. Said again when the console is opened again
      // (a reload, another device), on purpose: the instructor may have missed it or had the console closed when
      // it came, and it explains why that table's trainees had to rejoin; its time says it is not a new move.
      const at = t.status.takenOverAt;
      if (at !== undefined && !movedSaid.has(`${t.status.id}@${at}`)) {
        movedSaid.add(`${t.status.id}@${at}`);
        moved.append(h('p', { class: 'moved' }, movedSentence(i + 1, at, uiLocale())));
      }
      if (drawn[i] === t && cards.children[i]) return;
      drawn[i] = t;
      const fresh = card(c.class, t, i);
      const old = cards.children[i];
      if (old && old.tagName === 'SECTION') old.replaceWith(fresh);
      else {
        if (i === 0) cards.replaceChildren();
        cards.append(fresh);
      }
    });
    drawAnswers(c.class, c.tables);
    const again = focusedId ? document.getElementById(focusedId) : null;
    if (again) again.focus({ preventScroll: true });
    // The control went with the redraw ("End…" once the table has ended, "Pause" once paused): the focus fell to the
    // page's body, and a keyboard or screen-reader user started again from the top. It goes to that card's heading.
    else if (focusedCard && !el.contains(document.activeElement))
      document.getElementById(`table-title-${focusedCard}`)?.focus({ preventScroll: true });
  };

  const leaveProjector = projectorWhile('console');
  const hold = holdWhilePressed(el, render);
  const unsubscribe = store.subscribe(render);
  // Idle flags age with the clock, not only with updates.
  const ticker = setInterval(() => {
    drawn.fill(null);
    render();
  }, 15_000);
  render();
  return {
    el,
    destroy() {
      unsubscribe();
      hold.stop();
      clearInterval(ticker);
      store.getState().close();
      leaveProjector();
    },
  };
}
