/**
 * The projector of a classroom table: the public table and nothing else (the server sends this
 * device `viewFor(state, 'public')` only). The Phaser table, the text on the table and the log on
 * the left; on the right the join code in large letters, a QR code of the join address (sized to
 * leave the address on the screen: qrFit.ts), the seats people take, who is to move and the turn
 * clock. At the end, the public debrief with its chart. No hand-over screens: no one's private panel
 * is ever on this screen.
 */
import type { PublicView } from '../../engine/index.ts';
import type { TableStatus } from '../../protocol/index.ts';
import type { RemoteTableStore } from '../../store/remoteTable.ts';
import { h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import { logPanel, mark, tablePanel } from '../room/panels.ts';
import type { RoomCanvas } from '../room/tableScene.ts';
import { tableModel } from '../room/tableModel.ts';
import { publicDebriefPanel } from './classroomDebrief.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { joinPanel } from './joinPanel.ts';
import { fitQrToScreen } from './qrFit.ts';
import { addressOf } from './route.ts';
import { phaseText, showClock } from './tableStatus.ts';
import { t as tr } from '../uiLocale.ts';

/**
 * The seats people take: each free, or whose it is. The computer's seats are one line under them: a
 * list of every party (seven lines and more, long names wrapping) ran off a projector's screen.
 */
function seatList(t: TableStatus): HTMLElement[] {
  const people = t.seats.filter((s) => s.controller.kind !== 'computer');
  const computers = t.seats.length - people.length;
  return [
    h(
      'ul',
      // Named for screen readers; a visible "Seats" heading cost the projector a line it did not have.
      { class: 'seat-list', id: 'projector-seats', 'aria-label': tr('uiClass.projSeats') },
      ...people.map((s) =>
        h(
          'li',
          {},
          h('strong', {}, s.name),
          ': ',
          s.held
            ? h('span', {}, s.player ?? tr('uiClass.projTaken'), s.connected ? '' : tr('uiClass.projReconnectingSeat'))
            : h('span', { class: 'free' }, tr('uiClass.projFree')),
        ),
      ),
    ),
    ...(computers > 0
      ? [h('p', { class: 'muted', id: 'projector-computers' }, tr('uiClass.projComputers', { count: computers }))]
      : []),
  ];
}

export function projectorScreen(store: RemoteTableStore, joinBase: string): MountedClassroomScreen {
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
  const join = joinPanel({
    code,
    address: joinAddress,
    heading: tr('uiClass.projJoinTitle'),
    then: tr('uiClass.projTypeCode'),
    more: seatsBox,
  });
  const joinBox = join.el;
  const title = h('h2', { id: 'projector-title' }, tr('uiClass.projectorTitle', { code }));
  const el = h(
    'div',
    { class: 'classroom projector-screen' },
    // A projector cannot scroll: the table takes the left column from the top (4:3 at its full width
    // fits under the page header at 16:9); who is to move, the clock and the code sit on the right.
    h('div', { class: 'left' }, canvasBox, debriefBox, tableBox),
    h('div', { class: 'right' }, title, link, turn, clock, joinBox, logBox),
  );

  let canvas: RoomCanvas | null = null;
  let destroyed = false;
  let lastView: PublicView | null = null;
  let lastTable: TableStatus | null = null;
  let lastDebrief: unknown = null;
  void import('../room/tableScene.ts').then((m) => {
    if (destroyed) return;
    canvas = m.createRoomCanvas(canvasBox, true);
    if (lastView) canvas.setModel(tableModel(lastView, null));
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
    if (t && t !== lastTable) {
      lastTable = t;
      title.textContent = tr('uiClass.projTitle', { title: t.title, code: t.code });
      seatsBox.replaceChildren(...seatList(t));
      joinBox.hidden = t.phase === 'finished' || t.phase === 'ended';
      // The last seat taken: the address is what must stay on the screen now.
      joinFit.fit();
    }
    if (view && view !== lastView) {
      lastView = view;
      const looks = looksFor(view.parties);
      canvas?.setModel(tableModel(view, null));
      tableBox.replaceChildren(tablePanel(view, looks));
      logBox.replaceChildren(logPanel(view.log, null));
      const active = view.active;
      turn.replaceChildren(
        ...(t && t.phase === 'playing' && active
          ? [mark(looks, active), tr('uiClass.projToMove'), phaseText(t)]
          : [t ? phaseText(t) : '']),
      );
    }
    if (s.debrief !== lastDebrief) {
      lastDebrief = s.debrief;
      debriefBox.replaceChildren(...(s.debrief ? [publicDebriefPanel(s.debrief)] : []));
    }
    tick();
  };

  document.documentElement.classList.add('projector');
  // The address always, and the seats while any is free, on the screen: the QR code gives way.
  const joinFit = fitQrToScreen(join.qr, el, () => {
    if (joinBox.hidden) return null;
    const free = lastTable?.seats.some((s) => s.controller.kind !== 'computer' && !s.held);
    return free ? seatsBox : join.howTo;
  });
  const unsubscribe = store.subscribe(render);
  const ticker = setInterval(tick, 1000);
  render();
  return {
    el,
    wake: () => store.getState().wake(),
    destroy() {
      destroyed = true;
      joinFit.stop();
      unsubscribe();
      clearInterval(ticker);
      store.getState().close();
      document.documentElement.classList.remove('projector');
      const c = canvas;
      setTimeout(() => c?.destroy(), 0);
    },
  };
}
