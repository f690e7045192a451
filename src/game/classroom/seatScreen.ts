/**
 * A trainee's own device at a classroom table: only its party's view, as the server sent it. Whose
 * turn it is comes first (visible at once, and in the tab's title); then the move panel on its
 * turn, the text on the table, its private position (brief, sheet, BATNA, preview, side messages,
 * evidence) and the log. The same panels as the shared screen, fed by the remote source. Usable at
 * 390×844: one column, every control at least 44 px tall (classroom.css).
 */
import type { PartyId } from '../../engine/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../store/remoteTable.ts';
import { seatSink } from '../../store/remoteTable.ts';
import { button, h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import type { PartyLook } from '../partyStyle.ts';
import { actionPanel, emptyDraft } from '../room/actionPanel.ts';
import { logPanel, privatePanel, tablePanel } from '../room/panels.ts';
import { publicDebriefPanel, seatResultPanel } from './classroomDebrief.ts';
import { clockText, phaseText } from './tableStatus.ts';

export interface SeatScreen {
  el: HTMLElement;
  destroy(): void;
}

/** What the connection line says (null: nothing to say, the device is at its table). */
function linkText(s: RemoteTableState): string | null {
  switch (s.status) {
    case 'connecting':
      return 'Joining the table…';
    case 'open':
      return null;
    case 'reconnecting':
      return s.problem ?? 'Connection lost: getting your seat back…';
    case 'closed':
      return s.problem ?? 'You are not connected to the table.';
  }
}

export function seatScreen(store: RemoteTableStore, onLeft: (problem: string) => void): SeatScreen {
  const linkLine = h('span', {});
  const retry = button('Try again', () => store.getState().wake(), { id: 'seat-retry' });
  const link = h(
    'p',
    { class: 'link-status', role: 'status', 'aria-live': 'polite', hidden: true },
    linkLine,
    ' ',
    retry,
  );
  const banner = h('p', { class: 'turn-banner', id: 'turn-banner', role: 'status', 'aria-live': 'assertive' });
  const clock = h('p', { class: 'turn-clock', id: 'turn-clock', 'aria-live': 'off' });
  const body = h('div', { class: 'seat-screen' });
  const el = h(
    'div',
    { class: 'classroom seat-view' },
    h('h2', { class: 'visually-hidden' }, 'Your seat at the table'),
    link,
    banner,
    clock,
    body,
  );
  const draft = emptyDraft();
  const sink = seatSink(store);
  const baseTitle = document.title;
  let lastKey = '';
  let looks: Record<PartyId, PartyLook> = {};
  let looksOf: unknown = null;

  const tick = () => {
    const s = store.getState();
    const c = s.table ? clockText(s.table, s.clockOffset, Date.now()) : null;
    clock.hidden = c === null;
    clock.textContent = c?.text ?? '';
    clock.classList.toggle('low', c?.low ?? false);
  };

  const render = (force = false) => {
    const s = store.getState();
    const said = linkText(s);
    link.hidden = said === null;
    linkLine.textContent = said ?? '';
    retry.hidden = s.status !== 'closed';
    // Never seated (a refused join) or no longer (the seat went to a computer): back to the join form.
    if (s.status === 'closed' && !s.seat) return onLeft(said ?? '');
    const seat = s.seat;
    const table = s.table;
    if (!seat || !table) return;
    const key = `${table.moves}|${table.phase}|${s.refusal}|${s.status}|${s.result ? 1 : 0}|${seat.legal.length}`;
    if (!force && key === lastKey) return tick();
    lastKey = key;
    if (looksOf !== seat.view.parties) {
      looksOf = seat.view.parties;
      looks = looksFor(seat.view.parties);
    }
    const me = seat.view.party;
    const myName = looks[me]?.name ?? me;
    const running = seat.view.status === 'running' && table.phase === 'playing';
    const mine = running && seat.view.active === me;
    const activeName = seat.view.active ? (looks[seat.view.active]?.name ?? seat.view.active) : '';
    banner.classList.toggle('mine', mine);
    banner.textContent = mine
      ? `Your turn, ${seat.name || myName} (${myName})`
      : running
        ? `${activeName} is to move. You play ${myName}.`
        : `${phaseText(table)} You play ${myName}.`;
    document.title = mine ? `● Your turn · ${baseTitle}` : baseTitle;
    tick();

    const focusedId =
      document.activeElement instanceof HTMLElement && el.contains(document.activeElement)
        ? document.activeElement.id
        : '';
    const parts: (HTMLElement | null)[] = [];
    if (s.result) parts.push(seatResultPanel(s.result, myName));
    if (s.debrief) parts.push(h('div', { class: 'wide' }, publicDebriefPanel(s.debrief)));
    if (mine) {
      parts.push(actionPanel(sink, seat.view, seat.legal, looks, draft, () => render(true)));
    } else if (s.refusal) {
      parts.push(h('p', { class: 'error', role: 'alert' }, s.refusal));
    }
    parts.push(tablePanel(seat.view, looks), privatePanel(seat.view, looks), logPanel(seat.view.log, me));
    body.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  };

  const unsubscribe = store.subscribe(() => render());
  const ticker = setInterval(tick, 1000);
  render(true);
  return {
    el,
    destroy() {
      unsubscribe();
      clearInterval(ticker);
      document.title = baseTitle;
    },
  };
}
