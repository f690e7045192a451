/**
 * The app shell: a header bar (title, projector mode, full screen, back to the library) and the
 * current screen. A screen is rebuilt only when the store's `screen` changes; otherwise it gets
 * `update` calls, so typing and focus survive moves made by others.
 */
import type { AppState, Screen } from '../store/types.ts';
import { button, clear, h } from './dom.ts';
import { confirmDialog } from './widgets/confirmDialog.ts';
import type { MountedScreen, ScreenContext } from './screen.ts';
import { libraryScreen } from './screens/library.ts';
import { setupScreen } from './screens/setup.ts';
import { storageFullDialog } from './screens/storageFullDialog.ts';
import { onLocaleChange, t } from './uiLocale.ts';
import { nameSkipLink } from './skipLink.ts';
import { LOCALES } from '../i18n/index.ts';
import { loadCatalogs } from '../i18n/load.ts';
import { onFirstUse } from '../store/onFirstUse.ts';
import { languageSwitch } from './widgets/languageSwitch.ts';
import type * as Briefing from './screens/briefing.ts';

/** What leaving a running game means, in the language of the screens. */
export const leaveText = (): string => t('ui.leaveText');

function screenKey(s: Screen): string {
  switch (s.name) {
    case 'handover':
      return `handover:${s.party}:${s.purpose}`;
    case 'brief':
      return `brief:${s.party}`;
    default:
      return s.name;
  }
}

/** Moves focus to a screen's heading so keyboard and screen-reader users follow along. */
function focusHeading(el: HTMLElement): void {
  const heading = el.querySelector<HTMLElement>('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/**
 * A screen whose module loads when it first opens: the briefing, the room, the debrief and the
 * instructor view bring the engine's views, the analysis, the chart and the table (and load Phaser),
 * which the library does not need, so they stay out of the first page's download (issue 17). Until the module is there the screen
 * is an empty box (`display: contents`, no layout of its own) that says it is loading.
 */
function lazyScreen(ctx: ScreenContext, load: () => Promise<(ctx: ScreenContext) => MountedScreen>): MountedScreen {
  const el = h('div', { style: 'display: contents', 'aria-busy': 'true' });
  let inner: MountedScreen | null = null;
  let latest: AppState | null = null;
  let destroyed = false;
  load().then(
    (make) => {
      if (destroyed) return;
      inner = make(ctx);
      el.removeAttribute('aria-busy');
      el.append(inner.el);
      focusHeading(inner.el);
      if (latest) inner.update?.(latest);
    },
    (e: unknown) => {
      if (destroyed) return;
      el.removeAttribute('aria-busy');
      el.append(
        h('p', { class: 'notice' }, t('ui.screenFailed', { reason: e instanceof Error ? e.message : String(e) })),
      );
    },
  );
  return {
    el,
    update(state) {
      latest = state;
      inner?.update?.(state);
    },
    destroy() {
      destroyed = true;
      inner?.destroy?.();
    },
  };
}

type BriefingModule = typeof Briefing;
/** The briefing screens' module once loaded: from then on they mount at once, as the others do. */
let briefing: BriefingModule | null = null;
/** Loads the briefing screens (and the engine's views they use); the setup screen starts it. */
const loadBriefing = onFirstUse(() => import('./screens/briefing.ts').then((m) => (briefing = m)));

/** A briefing screen: at once if its module is loaded, else as a lazy screen. */
function briefingScreen(ctx: ScreenContext, make: (m: BriefingModule) => (c: ScreenContext) => MountedScreen) {
  return briefing ? make(briefing)(ctx) : lazyScreen(ctx, async () => make(await loadBriefing()));
}

const loadRoom = () => import('./room/roomScreen.ts');
const loadDebrief = () => import('./debrief/debriefScreen.ts');
/** The table's drawing (Phaser), which the room loads once it is up. */
const loadTable = () => import('./room/tableScene.ts');

/**
 * Once a game is being set up, the screens it will need load in the background: a game started on a
 * Wi-Fi that then drops (a classroom's, a train's) goes on to its debrief, instead of "This screen could
 * not load… reload the page" at the next screen (and a reload offline shows nothing at all). A load
 * that fails now is tried again when its screen opens.
 */
function warmUpGame(): void {
  for (const load of [loadBriefing, loadRoom, loadTable]) load().catch(() => undefined);
  warmUpDebrief();
}

/** The debrief's module and its workers (their code loads with them), started ahead. */
function warmUpDebrief(): void {
  loadDebrief().then(
    (m) => m.startDebriefWorkers(),
    () => undefined,
  );
}

function mountScreen(ctx: ScreenContext, state: AppState): MountedScreen {
  const s = state.screen;
  switch (s.name) {
    case 'library':
      return libraryScreen(ctx);
    case 'setup':
      // The briefing, the room and the debrief come next: load them while the setup is filled in.
      warmUpGame();
      return setupScreen(ctx);
    // "Play now" skips the setup: the warm-up starts with the briefing (each part loads once).
    case 'briefing':
      warmUpGame();
      return briefingScreen(ctx, (m) => m.backgroundScreen);
    case 'handover': {
      warmUpGame();
      const { party, purpose } = s;
      return briefingScreen(ctx, (m) => (c) => m.handoverScreen(c, party, purpose));
    }
    case 'brief': {
      warmUpGame();
      const party = s.party;
      return briefingScreen(ctx, (m) => (c) => m.briefScreen(c, party));
    }
    case 'room':
      // A saved game continued from the library skips the setup: its debrief loads while it is played.
      warmUpDebrief();
      return lazyScreen(ctx, async () => (await loadRoom()).roomScreen);
    case 'debrief':
      return lazyScreen(ctx, async () => (await loadDebrief()).debriefScreen);
    case 'instructor': {
      const choice = s.choice;
      return lazyScreen(ctx, async () => {
        // Its scenario may be in a language other than the screens' (the first page has only theirs).
        const [{ instructorScreen }] = await Promise.all([
          import('./instructor/instructorScreen.ts'),
          loadCatalogs(LOCALES),
        ]);
        return (c) => instructorScreen(c, choice);
      });
    }
  }
}

export function mountApp(root: HTMLElement, ctx: ScreenContext): () => void {
  let teardown = mountShell(root, ctx);
  // A new language rebuilds the shell and the screen that is up, from the store: the game goes on.
  const unlisten = onLocaleChange((locale) => {
    if (ctx.libraryIn) ctx.library = ctx.libraryIn(locale);
    const { choice, screen } = ctx.store.getState();
    // The scenario chosen for a new game is read again in the new language (a game keeps its own).
    if (choice && screen.name === 'setup') {
      const again = ctx.library.find((e) => e.ok && e.file === choice.file && e.source === choice.source);
      if (again?.ok) ctx.store.getState().chooseScenario(again);
    }
    teardown();
    teardown = mountShell(root, ctx);
    root.querySelector<HTMLElement>('.language-switch')?.focus();
  });
  return () => {
    unlisten();
    teardown();
  };
}

function mountShell(root: HTMLElement, ctx: ScreenContext): () => void {
  const { store } = ctx;
  clear(root);
  nameSkipLink();
  const projectorBtn = h(
    'button',
    {
      type: 'button',
      'aria-pressed': 'false',
      class: 'projector-toggle',
      onclick: () => store.getState().setSettings({ projector: !store.getState().settings.projector }),
    },
    t('ui.projectorMode'),
  );
  const fullBtn = button(t('ui.fullScreen'), () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  });
  // A browser that cannot show a page full screen (an iPhone's Safari) gets no button that does nothing.
  fullBtn.hidden = document.fullscreenEnabled !== true;
  // Leaving a running game asks first (it is saved, but a stray click should not end a class's session).
  const libraryBtn = button(t('ui.scenarioLibrary'), () => {
    const { game } = store.getState();
    if (!game || game.state.status !== 'running') return store.getState().toLibrary();
    confirmDialog({
      title: t('ui.leaveTitle'),
      text: leaveText(),
      confirm: t('ui.leaveConfirm'),
      cancel: t('ui.leaveCancel'),
      onConfirm: () => store.getState().toLibrary(),
    });
  });
  const language = languageSwitch();
  // While the storage lacks moves a strip under the header says so for as long as it lasts (the notice, once
  // dismissed, no longer does), in a live region of its own: screen readers hear it come, and go when a save
  // succeeds. Its own strip, sticky (styles.css): in the header it scrolled away with the page (a phone's room
  // is three screens long), and a header kept in view would take a fifth of a phone's screen.
  const saveState = h('div', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const bar = h('header', { class: 'bar' }, h('h1', {}, t('ui.title')), libraryBtn, projectorBtn, fullBtn, language.el);
  const main = h('main', { id: 'main', tabindex: '-1' });
  const noticeBox = h('div', { role: 'status', 'aria-live': 'polite' });
  root.append(bar, saveState, noticeBox, main);
  const chooseSavesToDelete = (label: string) => button(label, () => void storageFullDialog(store, ctx.saves));
  // A reload or a closed tab would lose the moves the storage lacks: the browser asks first.
  const warnUnsaved = (e: BeforeUnloadEvent) => {
    if (store.getState().unsaved) e.preventDefault();
  };
  window.addEventListener('beforeunload', warnUnsaved);

  let key = '';
  let current: MountedScreen | null = null;
  let lastNotice: string | null | undefined;
  let lastUnsaved: 'storageFull' | 'other' | null = null;

  const render = (state: AppState) => {
    document.documentElement.classList.toggle('projector', state.settings.projector);
    projectorBtn.setAttribute('aria-pressed', String(state.settings.projector));
    libraryBtn.hidden = state.screen.name === 'library';
    language.setGameLanguage(state.game ? state.game.state.scenario.language : null);
    if (state.notice !== lastNotice) {
      lastNotice = state.notice;
      clear(noticeBox);
      if (state.notice)
        noticeBox.append(
          h(
            'p',
            { class: 'notice' },
            state.notice,
            ' ',
            state.storageFull ? chooseSavesToDelete(t('ui.chooseSavesToDelete')) : null,
            state.storageFull ? ' ' : null,
            button(t('ui.dismiss'), () => store.getState().dismissNotice()),
          ),
        );
    }
    const unsaved = !state.unsaved ? null : state.storageFull ? 'storageFull' : 'other';
    if (unsaved !== lastUnsaved) {
      const was = lastUnsaved;
      lastUnsaved = unsaved;
      clear(saveState);
      if (unsaved)
        saveState.append(
          h(
            'span',
            { class: 'unsaved-mark' },
            t(`ui.unsaved.${unsaved}`),
            unsaved === 'storageFull' ? chooseSavesToDelete(t('ui.unsaved.freeSpace')) : null,
          ),
        );
      else if (was) saveState.append(h('span', { class: 'visually-hidden' }, t('ui.unsaved.savedAgain')));
    }
    const k = screenKey(state.screen);
    if (k !== key) {
      key = k;
      current?.destroy?.();
      clear(main);
      current = mountScreen(ctx, state);
      main.append(current.el);
      focusHeading(current.el);
      window.scrollTo(0, 0);
    }
    current?.update?.(state);
  };
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', warnUnsaved);
    current?.destroy?.();
  };
}
