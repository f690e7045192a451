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
import { privatePanel, showLog, tablePanel } from '../room/panels.ts';
import { heldDebriefPanel, heldKey, publicDebriefPanel, seatResultPanel } from './classroomDebrief.ts';
import { phaseText, showClock } from './tableStatus.ts';
import { t } from '../uiLocale.ts';
import { classHourKey, seatClassHour } from './seatClassHour.ts';
import { tabStorage, typedDrafts, type TypedDrafts } from '../widgets/typedDrafts.ts';
import { draftFromKept, keepDraft } from '../room/keptDraft.ts';

export interface SeatScreen {
  el: HTMLElement;
  destroy(): void;
}

/** What the connection line says (null: nothing to say, the device is at its table). */
function linkText(s: RemoteTableState): string | null {
  switch (s.status) {
    case 'connecting':
      return t('uiClass.joining');
    case 'open':
      return null;
    case 'reconnecting':
      return s.problem ?? t('uiClass.reconnecting');
    case 'closed':
      return s.problem ?? t('uiClass.notConnected');
  }
}

/** `onLeft`: the device is not at the table, with why (`freed`: its seat key was refused, the seat freed). */
export function seatScreen(store: RemoteTableStore, onLeft: (problem: string, freed: boolean) => void): SeatScreen {
  const linkLine = h('span', {});
  const retry = button(t('uiClass.tryAgain'), () => store.getState().wake(), { id: 'seat-retry' });
  const link = h(
    'p',
    { class: 'link-status', role: 'status', 'aria-live': 'polite', hidden: true },
    linkLine,
    ' ',
    retry,
  );
  // The banner says whose turn it is, and changes on every move: not a live region (it was, assertive, and a
  // screen reader broke off whatever it was reading to say "… is to move" after each of the others' moves). The
  // moves are heard from the log (a log region); the announcer says only the turn coming to this seat and the
  // table's pauses and end.
  const banner = h('p', { class: 'turn-banner', id: 'turn-banner', tabindex: '-1' });
  const announcer = h('p', { class: 'visually-hidden', role: 'status', id: 'seat-announcer' });
  let announced = '';
  const clock = h('p', { class: 'turn-clock', id: 'turn-clock', 'aria-live': 'off' });
  const who = h('p', { class: 'muted', id: 'seat-who' });
  const unkept = h('p', { class: 'notice', id: 'seat-unkept', hidden: true }, t('uiClass.seatNotKept'));
  const endBox = h('div', { class: 'wide', id: 'seat-end' });
  const classHourBox = h('div', { class: 'wide', id: 'seat-class-hour' });
  const moveBox = h('div', { id: 'seat-move' });
  const tableBox = h('div');
  const privateBox = h('div');
  const logBox = h('div');
  const body = h('div', { class: 'seat-screen' }, endBox, classHourBox, moveBox, tableBox, privateBox, logBox);
  /** What each part was last built from. */
  const built = new Map<HTMLElement, string>();
  /**
   * Rebuilds a part when its key changed; folded sections the trainee opened (the brief, the sheet)
   * stay open across the rebuild.
   */
  const place = (box: HTMLElement, key: string, build: () => (HTMLElement | null)[]) => {
    if (built.get(box) === key) return;
    built.set(box, key);
    const label = (e: Element) => e.textContent?.replace(/\s*\(\d+\)$/, '') ?? '';
    const opened = new Set([...box.querySelectorAll('details[open] > summary')].map(label));
    box.replaceChildren(...build().filter((p): p is HTMLElement => p !== null));
    for (const summary of box.querySelectorAll('details > summary'))
      if (opened.has(label(summary))) (summary.parentElement as HTMLDetailsElement).open = true;
    box.hidden = box.childElementCount === 0;
  };
  const el = h(
    'div',
    { class: 'classroom seat-view' },
    h('h2', { class: 'visually-hidden' }, t('uiClass.seatHeading')),
    link,
    who,
    unkept,
    banner,
    announcer,
    clock,
    body,
  );
  const draft = emptyDraft();
  /**
   * The side message being written and the package being built, kept through a reload of the page
   * (keptDraft.ts); set once seated.
   */
  let kept: TypedDrafts | null = null;
  const keep = () => kept && keepDraft(draft, kept);
  moveBox.addEventListener('input', keep);
  moveBox.addEventListener('change', keep);
  const sink = seatSink(store);
  const baseTitle = document.title;
  let looks: Record<PartyId, PartyLook> = {};
  let looksOf: unknown = null;

  const tick = () => {
    const s = store.getState();
    showClock(clock, s.table, s.clockOffset);
  };

  /** Counts rebuilds the move panel asked for (its walk-away confirmation). */
  let forced = 0;
  const render = (force = false) => {
    if (force) forced++;
    const s = store.getState();
    const said = linkText(s);
    link.hidden = said === null;
    linkLine.textContent = said ?? '';
    retry.hidden = s.status !== 'closed';
    // Never seated (a refused join) or no longer (the seat went to a computer): back to the join form.
    if (s.status === 'closed' && !s.seat) return onLeft(said ?? '', s.seatFreed);
    const seat = s.seat;
    const table = s.table;
    if (!seat || !table) return;
    unkept.hidden = s.seatKept;
    if (looksOf !== seat.view.parties) {
      looksOf = seat.view.parties;
      looks = looksFor(seat.view.parties);
    }
    const me = seat.view.party;
    if (!kept) {
      kept = typedDrafts(tabStorage(), s.code, me);
      Object.assign(draft, draftFromKept(me, kept));
    }
    const myName = looks[me]?.name ?? me;
    const running = seat.view.status === 'running' && table.phase === 'playing';
    const mine = running && seat.view.active === me;
    const activeName = seat.view.active ? (looks[seat.view.active]?.name ?? seat.view.active) : '';
    banner.classList.toggle('mine', mine);
    who.textContent = seat.name
      ? t('uiClass.namedPlay', { name: seat.name, party: myName })
      : t('uiClass.youPlay', { party: myName });
    banner.textContent = mine
      ? t('uiClass.yourTurn')
      : running
        ? t('uiClass.toMove', { party: activeName })
        : phaseText(table);
    document.title = mine ? t('uiClass.titleTurn', { title: baseTitle }) : baseTitle;
    const turnSaid = mine || !running ? banner.textContent : '';
    if (turnSaid !== announced) announcer.textContent = announced = turnSaid;
    tick();

    const focusedId =
      document.activeElement instanceof HTMLElement && el.contains(document.activeElement)
        ? document.activeElement.id
        : '';
    const v = seat.view;
    // Each part is rebuilt only when what it shows changed: a trainee reading the brief on a phone
    // is not scrolled about or folded shut by every computer move.
    // At a class's table over before the others: the outcome and why the debrief waits (the server sends it later).
    place(endBox, `${s.result ? 1 : 0}|${s.debrief ? 1 : 0}|${heldKey(s.held)}`, () => [
      s.result ? seatResultPanel(s.result, myName, v.scenario.language) : null,
      s.debrief ? publicDebriefPanel(s.debrief) : s.held ? heldDebriefPanel(s.held, v) : null,
    ]);
    // The worksheet keeps what the trainee typed: it is rebuilt only when its stage changes.
    place(classHourBox, classHourKey(s, v), () => seatClassHour(store, v));
    place(moveBox, mine ? `mine|${table.moves}|${s.refusal}|${s.sending}|${forced}` : `wait|${s.refusal}`, () => [
      mine
        ? actionPanel(sink, v, seat.legal, looks, draft, () => render(true))
        : s.refusal
          ? h('p', { class: 'error', role: 'alert' }, s.refusal)
          : null,
    ]);
    // The server took the message (the panel emptied its text): nothing left to keep.
    if (draft.message === '') kept.forget('message');
    // The table panel shows each party's tour-de-table word on the text: a word said changes it too.
    place(
      tableBox,
      JSON.stringify([
        v.table,
        v.coalitions,
        v.evidence,
        v.parties,
        v.log.filter((e) => e.kind === 'live-with').length,
      ]),
      () => [tablePanel(v, looks)],
    );
    place(
      privateBox,
      JSON.stringify([v.preview, v.batna, v.sheet, v.coalition, v.trust, v.sideMessages, v.knownEvidence, v.parties]),
      () => [privatePanel(v, looks)],
    );
    showLog(logBox, v, me, looks);
    if (focusedId && !el.contains(document.activeElement))
      document.getElementById(focusedId)?.focus({ preventScroll: true });
    // A move sent disables the panel until the server answers, and a move that ends the turn takes the panel away:
    // either way the focused control went, and the browser dropped the focus to the page's body (a keyboard user
    // Tabbed from the top of the page after every move). It goes back to that control once it is there again, else
    // to the panel's first, else to the banner saying whose turn it is.
    const now = document.activeElement;
    if (lastControl && (now === null || now === document.body || (now === banner && fellBack))) {
      const usable = (c: HTMLElement | null): c is HTMLElement =>
        c !== null && el.contains(c) && !(c as HTMLButtonElement).disabled && c.closest('[hidden]') === null;
      const back = document.getElementById(lastControl);
      const target =
        (usable(back) ? back : null) ??
        [...moveBox.querySelectorAll<HTMLElement>('button, select, input, textarea')].find(usable) ??
        banner;
      fellBack = target === banner;
      target.focus({ preventScroll: true });
    }
  };
  /** The control of the seat last focused (its id), and whether the focus was put on the banner for want of it. */
  let lastControl = '';
  let fellBack = false;
  el.addEventListener('focusin', (e) => {
    if (e.target === banner) return;
    fellBack = false;
    if (e.target instanceof HTMLElement && e.target.id && moveBox.contains(e.target)) lastControl = e.target.id;
  });

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
