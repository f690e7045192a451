/**
 * The negotiation room: the Phaser table (loaded on demand), the DOM panels, and the pace of the
 * computer players (with Pause and Skip ahead). What is drawn comes from the store's table view
 * (selectors.ts): the public view, plus the unlocked human's own view and legal actions. In projector
 * mode the store keeps nobody unlocked while the computers move; the lone human then unlocks their
 * panel here, on their turn, with "Show my private panel".
 */
import type { GameState } from '../../engine/index.ts';
import type { AppState, RunningGame } from '../../store/types.ts';
import { PACE_MS, paceBefore } from '../../store/types.ts';
import { tableViewOf, turnOf } from '../../store/selectors.ts';
import { button, clear, h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { actionPanel, emptyDraft } from './actionPanel.ts';
import { draftFromKept, keepDraft } from './keptDraft.ts';
import { tabStorage, typedDrafts } from '../widgets/typedDrafts.ts';
import { mark, privatePanel, showLog, tablePanel } from './panels.ts';
import type { RoomCanvas } from './tableScene.ts';
import { publishCanvasHooks, roomClosed } from '../testHooks.ts';
import { tableModel } from './tableModel.ts';
import type { TableModel } from './tableModel.ts';
import { t } from '../uiLocale.ts';
import { gameWords } from '../gameLanguage.ts';
import { measureSince } from '../timing.ts';

/** The legend of the lines drawn on the table now ('' when none is drawn). */
function tableLegend(m: TableModel): string {
  const parts: string[] = [];
  if (m.trust && Object.keys(m.trust.to).length > 0) parts.push(t('uiRoom.legendTrust'));
  if (m.coalitionLinks.length > 0) parts.push(t('uiRoom.legendCoalitions'));
  return parts.join(' ');
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function roomScreen(ctx: ScreenContext): MountedScreen {
  const { store } = ctx;
  // Not a live region: it changes on every move ("… (computer) is thinking…" eleven times between two turns of
  // the GDPR game's player), which a screen reader read out each time. The moves are heard from the log (a log
  // region) and the turn coming back from the announcer below.
  const turnText = h('p', { class: 'turn' });
  // The single-key shortcuts, unless the player turned them off at setup (WCAG 2.1.4).
  const shortcuts = store.getState().settings.keyShortcuts;
  const skipBtn = button(t(shortcuts ? 'uiRoom.skip' : 'uiRoom.skipNoKey'), () => skipAhead(), {
    id: 'skip-ahead',
    ...(shortcuts ? { 'aria-keyshortcuts': 'S' } : {}),
  });
  // One button, two states: its text (its accessible name) says what pressing it does.
  const pauseBtn = button(t(shortcuts ? 'uiRoom.pause' : 'uiRoom.pauseNoKey'), () => togglePause(), {
    id: 'pause-bots',
    ...(shortcuts ? { 'aria-keyshortcuts': 'P' } : {}),
  });
  const debriefBtn = button(t('uiRoom.toDebrief'), () => store.getState().showDebrief(), {
    class: 'primary',
    id: 'to-debrief',
  });
  // Says whose turn it is when a projector hands the screen to the lone human, and when the computers hand
  // the turn back to a human (the turn line above changes on every move; this only at those moments).
  const turnAnnouncer = h('p', {
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    id: 'turn-announcer',
  });
  const status = h(
    'div',
    { class: 'status' },
    h('h2', { class: 'visually-hidden' }, t('uiRoom.roomHeading')),
    turnText,
    pauseBtn,
    skipBtn,
    debriefBtn,
    turnAnnouncer,
  );
  const canvasBox = h('div', {
    id: 'room-canvas',
    role: 'img',
    'aria-label': t('uiRoom.canvasLabel'),
  });
  // The latest event, in a band above the table (beside it in projector mode), never over the
  // seats; it flashes when new (see styles.css).
  // Not an alert: the event's line in the log (a log region) already says the same words, and a screen reader read
  // each event twice, 300-450 characters each time.
  const banner = h('div', { class: 'event-banner', id: 'event-banner', hidden: true });
  const stage = h('div', { class: 'stage' }, canvasBox);
  // What the lines on the table mean. Its line is always there (empty when no line is drawn), so the
  // table never changes size when the lines appear.
  const legend = h('p', { class: 'table-legend', id: 'table-legend' });
  const logBox = h('div', { class: 'log-box' });
  const tableBox = h('div');
  const privateBox = h('div');
  const actionBox = h('div');
  const left = h('div', { class: 'left' }, banner, stage, legend, logBox);
  // The human's move comes first on the right: "Propose" must show without scrolling on a laptop.
  const right = h('div', { class: 'right' }, actionBox, tableBox, privateBox);
  const el = h('div', { class: 'room' }, status, left, right);
  /**
   * Projector mode gives the table the whole left column (see styles.css): the log moves right, and
   * so does the event banner, so that an event never changes the table's size.
   */
  let projector = store.getState().settings.projector;
  const placeLog = () => {
    (projector ? right : left).append(logBox);
    (projector ? right : left).prepend(banner);
  };
  placeLog();

  let canvas: RoomCanvas | null = null;
  let model: TableModel | null = null;
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let skipping = false;
  /** True while a slice of computer moves runs: the page redraws once after the slice. */
  let inSlice = false;
  let lastState: GameState | null = null;
  let lastKey = '';
  let lastEventSeq = -1;
  /** The turn (`moves|party`) whose "Show my private panel" button last took focus: once per turn. */
  let lastUnlockTurn = '';
  /** The last render showed a computer to move: the human's next panel is the turn coming back. */
  let computersMoving = false;
  /** The human turn last announced as back from the computers ("round|party"): kept until that turn ends. */
  let announcedTurn = '';
  const draft = emptyDraft();
  /** Where each party's draft is kept through a reload, and while other parties hold the device (keptDraft.ts). */
  const keptOf = (gameId: string, party: string) => typedDrafts(tabStorage(), gameId, party);
  const keep = () => {
    const id = store.getState().game?.id;
    if (id && draft.party) keepDraft(draft, keptOf(id, draft.party));
  };
  // A click too: a side message sent here empties the draft in the button's handler, and is then forgotten.
  for (const type of ['input', 'change', 'click']) actionBox.addEventListener(type, keep);
  /** True once the end of the game was brought into view (once: the user may scroll away after). */
  let endShown = false;
  /** The first control of the human's panel, else the buttons of the status line, in that order. */
  const nextControl = (): HTMLElement | null =>
    actionBox.querySelector<HTMLElement>('button:not([disabled]), select, input, textarea') ??
    [skipBtn, pauseBtn, debriefBtn].find((b) => !b.hidden) ??
    null;

  void import('./tableScene.ts').then((m) => {
    if (destroyed) return;
    canvas = m.createRoomCanvas(canvasBox, projector);
    if (model) canvas.setModel(model);
    publishCanvasHooks(() => canvas);
  });

  const isComputerTurn = (g: RunningGame) => turnOf(g)?.by === 'computer';
  /** A computer's timed move is being made (its redraw goes to the next frame); a redraw is queued. */
  let botTurn = false;
  let redrawQueued = false;

  const togglePause = () => {
    const paused = !store.getState().botsPaused;
    if (paused && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    store.getState().setBotsPaused(paused);
  };

  /**
   * Lets the computers play until a human's turn or the end, in slices of ~30 ms so the page stays
   * responsive (the table and the log update between slices).
   */
  const skipAhead = () => {
    if (skipping) return;
    skipping = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const slice = () => {
      if (destroyed) return;
      const start = performance.now();
      let more = true;
      inSlice = true;
      try {
        while (more && performance.now() - start < 30) {
          const g = store.getState().game;
          more = !!g && isComputerTurn(g) && store.getState().screen.name === 'room' && store.getState().botMove();
        }
      } finally {
        inSlice = false;
      }
      skipping = more;
      render(store.getState(), true);
      if (more) setTimeout(slice, 0);
    };
    slice();
  };

  const schedule = (s: AppState) => {
    const g = s.game;
    if (skipping || s.botsPaused || timer !== null || !g || !isComputerTurn(g) || s.screen.name !== 'room') return;
    timer = setTimeout(
      () => {
        timer = null;
        if (destroyed) return;
        const t0 = performance.now();
        botTurn = true;
        try {
          store.getState().botMove();
        } finally {
          botTurn = false;
        }
        // The benchmark reads this: a computer's choice of move, without the redraw (next frame).
        measureSince('accord:bot-move', t0);
      },
      paceBefore(g.state, PACE_MS[s.settings.pace]),
    );
  };

  const render = (s: AppState, force = false) => {
    const g = s.game;
    if (!g || inSlice) return;
    const key = `${g.state.moves}|${g.revealedTo}|${g.rejection}|${s.settings.projector}|${s.botsPaused}`;
    if (!force && g.state === lastState && key === lastKey) return;
    lastState = g.state;
    lastKey = key;
    // Read before anything below hides a control: hiding "Skip ahead" as the human's turn comes back moves the
    // browser's focus to the body at once, and the focus would then not be handed on (keyboard players had to
    // Tab sixteen times back to their panel every turn).
    const hadFocus = document.activeElement instanceof HTMLElement && el.contains(document.activeElement);
    const focusedId = hadFocus ? (document.activeElement as HTMLElement).id : '';
    if (s.settings.projector !== projector) {
      projector = s.settings.projector;
      placeLog();
      canvas?.setProjector(projector);
    }
    const t0 = performance.now();
    const table = tableViewOf(g, s.settings.projector);
    const pub = table.publicView;
    const viewer = table.seat?.view ?? null;
    const shown = viewer ?? pub;
    const looks = looksFor(pub.parties);

    model = tableModel(pub, viewer);
    canvas?.setModel(model);
    legend.textContent = tableLegend(model);

    const active = table.turn?.party ?? null;
    const activeName = active ? (looks[active]?.name ?? active) : '';
    const computer = table.turn?.by === 'computer';
    turnText.replaceChildren(
      pub.status === 'finished'
        ? pub.outcome?.kind === 'agreement'
          ? t('uiRoom.overAgreement', { round: pub.outcome.round })
          : pub.outcome
            ? t('uiRoom.overNoDealReason', { reason: pub.outcome.reason })
            : t('uiRoom.overNoDeal')
        : h(
            'span',
            {},
            t('uiRoom.roundOf', { round: pub.round, rounds: pub.rounds }),
            active ? mark(looks, active) : '',
            computer ? t('uiRoom.thinking') : t('uiRoom.toMove'),
            pub.talkActionsLeft > 0 && !computer ? t('uiRoom.talkLeft', { count: pub.talkActionsLeft }) : '',
          ),
    );
    skipBtn.hidden = !computer;
    pauseBtn.hidden = pub.status !== 'running' || !table.hasComputers;
    pauseBtn.textContent = s.botsPaused
      ? t(shortcuts ? 'uiRoom.resume' : 'uiRoom.resumeNoKey')
      : t(shortcuts ? 'uiRoom.pause' : 'uiRoom.pauseNoKey');
    pauseBtn.classList.toggle('primary', s.botsPaused);
    debriefBtn.hidden = pub.status !== 'finished';
    if (s.botsPaused && computer) turnText.append(t('uiRoom.paused'));

    // Show a new event so the room notices (a screen reader hears it from the log).
    const events = pub.log.filter((e) => e.kind === 'event');
    const lastEvent = events[events.length - 1];
    if (lastEvent && lastEvent.seq !== lastEventSeq) {
      const fresh = lastEventSeq !== -1 || pub.log[pub.log.length - 1]?.seq === lastEvent.seq;
      lastEventSeq = lastEvent.seq;
      banner.hidden = false;
      banner.replaceChildren(
        h('strong', {}, t('uiRoom.eventRound', { round: lastEvent.round })),
        gameWords(lastEvent.text, pub.scenario.language),
      );
      // Flash only news (not the last event of a game just resumed); reduced motion: a steady highlight.
      banner.classList.remove('new');
      if (fresh) {
        void banner.offsetWidth; // restart the animation
        banner.classList.add('new');
      }
    }

    let unlockTurn = '';
    const thisTurn = `${pub.round}|${active ?? ''}`;
    let takeFocus: HTMLElement | null = null;
    tableBox.replaceChildren(tablePanel(shown, looks));
    showLog(logBox, shown, viewer?.party ?? null, looks);
    clear(privateBox);
    if (viewer) privateBox.append(privatePanel(viewer, looks));
    clear(actionBox);
    if (pub.status === 'running' && table.seat && active === table.seat.party) {
      if (draft.party !== active) Object.assign(draft, draftFromKept(active, keptOf(g.id, active)));
      actionBox.append(
        actionPanel(store, table.seat.view, table.seat.legal, looks, draft, () => render(store.getState(), true)),
      );
      // The turn is back from the computers: a screen reader hears it (the focus goes to the panel, below).
      if (computersMoving) {
        turnAnnouncer.textContent = t('uiRoom.yourTurnBack', { party: activeName });
        announcedTurn = thisTurn;
      }
    } else if (table.mayUnlock) {
      // Projector: the room has watched the public table; the human's panel opens only when they say so.
      const showBtn = button(t('uiRoom.showPrivate'), () => store.getState().showPrivatePanel(), {
        class: 'primary',
        id: 'show-private',
      });
      actionBox.append(
        h(
          'section',
          { class: 'panel unlock', 'aria-labelledby': 'unlock-title' },
          h('h3', { id: 'unlock-title' }, t('uiRoom.yourTurnName', { party: activeName })),
          h('p', {}, t('uiRoom.privateHidden')),
          showBtn,
        ),
      );
      unlockTurn = `${g.state.moves}|${active}`;
      if (unlockTurn !== lastUnlockTurn) {
        // The button has just appeared: a keyboard user presses Enter, a screen reader hears whose turn it is.
        lastUnlockTurn = unlockTurn;
        turnAnnouncer.textContent = t('uiRoom.announce', { party: activeName });
        if (!isTyping(document.activeElement)) takeFocus = showBtn;
      }
    } else if (pub.status === 'running') {
      actionBox.append(
        h(
          'section',
          { class: 'panel' },
          h('h3', {}, t('uiRoom.waiting')),
          h('p', {}, t(computer ? 'uiRoom.computerDeciding' : 'uiRoom.isNext', { party: activeName })),
        ),
      );
    }
    // Clear the announcement once the turn is over, so the next one is read out even if worded the same.
    if (unlockTurn === '' && announcedTurn !== thisTurn && turnAnnouncer.textContent !== '')
      turnAnnouncer.textContent = '';
    computersMoving = pub.status === 'running' && computer;
    if (takeFocus) takeFocus.focus({ preventScroll: true });
    else if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
    // The focused control went with the panel it was in ("Propose" ends the turn): rather than let the
    // focus fall to the page body, hand it to the control that matters next.
    const now = document.activeElement;
    if (hadFocus && (!(now instanceof HTMLElement) || !el.contains(now) || now.offsetParent === null))
      nextControl()?.focus({ preventScroll: true });
    if (g.state.status === 'finished' && !endShown) {
      // The game is over: bring "Go to the debrief" into view (it may sit above a long scrolled page).
      endShown = true;
      debriefBtn.focus({ preventScroll: true });
      debriefBtn.scrollIntoView({ block: 'nearest' });
    }
    measureSince('accord:room-render', t0);
    schedule(s);
  };

  const onKey = (e: KeyboardEvent) => {
    if (!shortcuts || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.key === 'p' || e.key === 'P') && !pauseBtn.hidden) {
      e.preventDefault();
      togglePause();
      return;
    }
    if (e.key === 's' || e.key === 'S') {
      const g = store.getState().game;
      if (g && isComputerTurn(g)) {
        e.preventDefault();
        skipAhead();
      }
    }
  };
  document.addEventListener('keydown', onKey);

  return {
    el,
    update: (s) => {
      if (!botTurn) return render(s);
      // A computer's timed move: its choice and the redraw in one task made the fast pace's long
      // frames (issue 17), so the redraw waits for the next frame (or 100 ms in a hidden tab, where
      // frames stop: the next move is scheduled by the redraw).
      if (redrawQueued) return;
      redrawQueued = true;
      const redraw = () => {
        if (!redrawQueued) return;
        redrawQueued = false;
        if (!destroyed) render(store.getState());
      };
      requestAnimationFrame(redraw);
      setTimeout(redraw, 100);
    },
    destroy() {
      destroyed = true;
      if (timer !== null) clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
      // Tearing down WebGL takes a while: do it after the next screen is up, in its own task.
      const c = canvas;
      setTimeout(() => c?.destroy(), 0);
      roomClosed();
    },
  };
}
