/**
 * The projector of a classroom table: the public table and nothing else (the server sends this
 * device `viewFor(state, 'public')` only). The Phaser table (each seat with who sits there: a name,
 * a free seat, the computer), the text on the table and the log on the left; on the right the join
 * code in large letters, a QR code of the join address (sized to leave the address on the screen:
 * qrFit.ts), who is to move and the turn clock. At the end, the public debrief with its chart. No
 * hand-over screens: no one's private panel is ever on this screen.
 */
import type { PublicView } from '../../engine/index.ts';
import type { TableStatus } from '../../protocol/index.ts';
import type { RemoteTableStore } from '../../store/remoteTable.ts';
import { h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import { logPanel, mark, tablePanel } from '../room/panels.ts';
import type { RoomCanvas } from '../room/tableScene.ts';
import { tableModel, type TableModel } from '../room/tableModel.ts';
import { publishCanvasHooks } from '../testHooks.ts';
import { heldDebriefPanel, heldKey, publicDebriefPanel } from './classroomDebrief.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { joinPanel, type JoinPanel } from './joinPanel.ts';
import { fitQrToScreen } from './qrFit.ts';
import { projectorWhile } from './projectorFit.ts';
import { addressOf } from './route.ts';
import { phaseText, showClock } from './tableStatus.ts';
import { t as tr } from '../uiLocale.ts';
import { tWithGameWords } from '../gameLanguage.ts';

/** Who sits at a seat, as the table's canvas writes it under the party's name. */
function seatPlayer(s: TableStatus['seats'][number]): string {
  if (s.controller.kind === 'computer') return tr('uiClass.projComputerSeat');
  if (!s.held) return tr('uiClass.projFree');
  return `${s.player ?? tr('uiClass.projTaken')}${s.connected ? '' : tr('uiClass.projReconnectingSeat')}`;
}

/**
 * The public table's canvas model, each seat with who sits there (a name, a free seat, the computer):
 * on the table, where the room looks, rather than in a list beside it, which ran off the screen (at
 * 1080p the seven lines of a table of people started at its bottom edge).
 */
function modelWithSeats(view: PublicView, t: TableStatus | null): TableModel {
  const model = tableModel(view, null);
  if (!t) return model;
  const players = new Map(t.seats.map((s) => [s.party, seatPlayer(s)]));
  return { ...model, seats: model.seats.map((x) => ({ ...x, player: players.get(x.id) ?? x.player })) };
}

/** The same for screen readers (the canvas is a picture to them): who sits where. */
function seatList(t: TableStatus): HTMLElement {
  return h(
    'ul',
    { class: 'seat-list visually-hidden', id: 'projector-seats', 'aria-label': tr('uiClass.projSeats') },
    ...t.seats.map((s) =>
      h(
        'li',
        {},
        h('strong', {}, s.name),
        tr('common.colon'),
        h('span', s.controller.kind !== 'computer' && !s.held ? { class: 'free' } : {}, seatPlayer(s)),
      ),
    ),
  );
}

/**
 * `as`: 'projector' (the table's projector address) or 'observer' (a class's observer, on their own
 * phone or laptop: no projector mode and no join panel; it showed a 390 px phone the projector's two
 * columns, a thumbnail of the table beside a column of title words broken letter by letter).
 */
export function projectorScreen(
  store: RemoteTableStore,
  joinBase: string,
  as: 'projector' | 'observer' = 'projector',
): MountedClassroomScreen {
  const { code } = store.getState();
  const joinAddress = addressOf(joinBase, { name: 'join', code });
  const link = h('p', { class: 'link-status', role: 'status', hidden: true });
  const turn = h('p', { class: 'turn-banner', id: 'projector-turn', 'aria-live': 'polite' });
  const clock = h('p', { class: 'turn-clock', id: 'projector-clock' });
  const canvasBox = h('div', {
    class: 'projector-canvas',
    role: 'img',
    'aria-label': tr('uiRoom.canvasLabel'),
  });
  const tableBox = h('div');
  const logBox = h('div');
  const seatsBox = h('div');
  const debriefBox = h('div');
  // How to join: the projector's, not an observer's (already seated as one). At a class's table, the class's
  // code, as the class board shows it: the class seats its trainees by name, and the table refuses a seat
  // asked for with its own code (its status names the class once it arrives).
  const joinFor = (classCode: string | undefined) =>
    classCode
      ? joinPanel({
          code: classCode,
          address: addressOf(joinBase, { name: 'join', code: classCode }),
          heading: tr('uiClass.boardJoinTitle'),
          then: tr('uiClass.boardTypeName'),
        })
      : joinPanel({
          code,
          address: joinAddress,
          heading: tr('uiClass.projJoinTitle'),
          then: tr('uiClass.projTypeCode'),
        });
  let join = as === 'projector' ? joinFor(undefined) : null;
  let joinClass: string | undefined;
  const title = h('h2', { id: 'projector-title' }, tr('uiClass.projectorTitle', { code }));
  const el = h(
    'div',
    { class: 'classroom projector-screen' },
    // A projector cannot scroll: the table takes the left column from the top (4:3 at its full width
    // fits under the page header at 16:9); who is to move, the clock and the code sit on the right.
    // The title comes first, so a screen reader meets the page's heading before the table's own (classroom.css
    // puts it at the top of the right column); then the table, then who moves, the seats and the log.
    title,
    h('div', { class: 'left' }, canvasBox, debriefBox, tableBox),
    // The seats' list is for screen readers only, an observer's too (the join panel is not theirs).
    h('div', { class: 'right' }, link, turn, clock, seatsBox, ...(join ? [join.el] : []), logBox),
  );

  let canvas: RoomCanvas | null = null;
  let destroyed = false;
  let lastView: PublicView | null = null;
  let lastTable: TableStatus | null = null;
  let lastDebrief: unknown = null;
  let lastHeld = '';
  void import('../room/tableScene.ts').then((m) => {
    if (destroyed) return;
    canvas = m.createRoomCanvas(canvasBox, document.documentElement.classList.contains('projector'));
    if (lastView) canvas.setModel(modelWithSeats(lastView, lastTable));
    publishCanvasHooks(() => canvas);
  });

  const tick = () => {
    const s = store.getState();
    showClock(clock, s.table, s.clockOffset);
  };

  const render = () => {
    const s = store.getState();
    link.hidden = s.status === 'open';
    link.textContent =
      s.status === 'connecting'
        ? tr('uiClass.projConnecting')
        : s.status === 'reconnecting'
          ? tr('uiClass.projReconnecting')
          : (s.problem ?? tr('uiClass.projNotConnected'));
    const view = s.publicView;
    const t = s.table;
    // The table was deleted (the link line says so): what the screen showed of it goes.
    if (view === null && t === null && lastView !== null) {
      lastView = null;
      lastTable = null;
      for (const box of [title, seatsBox, tableBox, logBox, turn, debriefBox]) box.replaceChildren();
      canvasBox.hidden = true;
      if (join) join.el.hidden = true;
    }
    // The canvas is redrawn when the table moves on or a seat is taken or freed (it writes who sits there).
    const seated = t !== null && t !== lastTable;
    const moved = view !== null && view !== lastView;
    // The title is the scenario's, in the table's language, unless the instructor typed another (whose language
    // nobody knows): only the scenario's says its language (gameLanguage.ts).
    if (seated || moved) {
      const told = view?.scenario.title === t?.title ? view?.scenario.language : undefined;
      if (t)
        title.replaceChildren(
          ...(told
            ? tWithGameWords('uiClass.projTitle', { title: t.title }, told, { code: t.code })
            : [tr('uiClass.projTitle', { title: t.title, code: t.code })]),
        );
    }
    if (seated) {
      lastTable = t;
      seatsBox.replaceChildren(seatList(t));
      if (join && t.classCode !== joinClass) {
        joinClass = t.classCode;
        const next = joinFor(joinClass);
        join.el.replaceWith(next.el);
        join = next;
        stopFitting();
        stopFitting = fitJoin(next);
      }
      if (join) join.el.hidden = t.phase === 'finished' || t.phase === 'ended';
    }
    if ((seated || moved) && view) canvas?.setModel(modelWithSeats(view, t));
    if (moved) {
      lastView = view;
      const looks = looksFor(view.parties);
      tableBox.replaceChildren(tablePanel(view, looks));
      logBox.replaceChildren(logPanel(view, null));
      const active = view.active;
      turn.replaceChildren(
        ...(t && t.phase === 'playing' && active
          ? [mark(looks, active), tr('uiClass.projToMove'), phaseText(t)]
          : [t ? phaseText(t) : '']),
      );
    }
    // At a class's table over before the others: the outcome and why the debrief waits (the server sends it later).
    const held = s.debrief === null && s.held && view ? s.held : null;
    if (s.debrief !== lastDebrief || heldKey(held) !== lastHeld) {
      lastDebrief = s.debrief;
      lastHeld = heldKey(held);
      debriefBox.replaceChildren(
        ...(s.debrief ? [publicDebriefPanel(s.debrief)] : held && view ? [heldDebriefPanel(held, view)] : []),
      );
    }
    tick();
  };

  const leaveProjector = as === 'projector' ? projectorWhile('table') : () => undefined;
  // The address on the screen: the QR code gives way.
  const fitJoin = (panel: JoinPanel) => fitQrToScreen(panel.qr, el, () => (panel.el.hidden ? null : panel.howTo));
  let stopFitting = join ? fitJoin(join) : () => undefined;
  const unsubscribe = store.subscribe(render);
  const ticker = setInterval(tick, 1000);
  render();
  return {
    el,
    wake: () => store.getState().wake(),
    destroy() {
      destroyed = true;
      stopFitting();
      unsubscribe();
      clearInterval(ticker);
      store.getState().close();
      leaveProjector();
      const c = canvas;
      setTimeout(() => c?.destroy(), 0);
    },
  };
}
