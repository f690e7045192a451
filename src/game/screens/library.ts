/**
 * The scenario library: a card per bundled scenario, saved games to continue or delete, and
 * "open your own scenario file" by file picker or by dropping a file anywhere on the page.
 */
import { MAX_FILE_BYTES, tooBigMessage } from '../../scenario/limits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { problemList, warningList } from '../widgets/problemList.ts';
import type { AppState } from '../../store/types.ts';
import { KEPT_FINISHED_GAMES } from '../../store/pruneSaves.ts';
import { parseScenarioFile } from '../parseScenarioFile.ts';
import type { LibraryEntry } from '../../store/library.ts';
import { defaultControllers, defaultRole, randomSeed } from '../setupDefaults.ts';
import { button, clear, h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { instructorViewButton } from '../widgets/instructorEntry.ts';
import { formatBytes, savedWhen } from './storageFullDialog.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { playAcrossDevicesLink } from '../classroom/libraryEntry.ts';
import { fileProblem } from '../../scenario/types.ts';

import { formatList, languageName, t } from '../uiLocale.ts';
import { gameBlock } from '../gameLanguage.ts';
import type { MessageKey } from '../../i18n/index.ts';

const THEMES = ['data-in-diplomacy', 'diplomacy-for-data', 'data-for-diplomacy', 'track-1', 'track-2'];
const themeLabel = (theme: string): string =>
  THEMES.includes(theme) ? t(`uiLibrary.themes.${theme}` as MessageKey) : theme;

function scenarioCard(ctx: ScreenContext, entry: Extract<LibraryEntry, { ok: true }>): HTMLElement {
  const sc: Scenario = entry.scenario;
  const looks = looksFor(sc.parties);
  const titleId = `card-${sc.id}`;
  // Play now: the role to play is chosen on the card (see defaultRole for the one offered first).
  const roleId = `role-${sc.id}`;
  // The scenario's own words (its title, summary and parties' names) say their language where the screens speak
  // another: a French library read an English scenario's title with French sounds.
  const role = gameBlock(
    h(
      'select',
      { id: roleId, class: 'role' },
      ...sc.parties.map((p) => h('option', { value: p.id, selected: p.id === defaultRole(sc) }, p.name)),
    ),
    sc.language,
  );
  const roleName = () => sc.parties.find((p) => p.id === role.value)?.name ?? '';
  const printWords = sc.facilitatorGuide ? t('uiLibrary.printPacksGuide') : t('uiLibrary.printPacks');
  const playBtn = button(t('uiLibrary.playNow'), () => play(), { class: 'primary' });
  const nameButton = () =>
    playBtn.setAttribute('aria-label', t('uiLibrary.playNowLabel', { title: sc.title, role: roleName() }));
  role.addEventListener('change', nameButton);
  nameButton();
  const play = () => {
    ctx.store.getState().chooseScenario(entry);
    ctx.store.getState().startGame(defaultControllers(sc, ctx.strategies, 1, role.value), randomSeed());
  };
  return h(
    'article',
    { class: 'card', 'aria-labelledby': titleId, 'data-scenario': sc.id },
    gameBlock(h('h3', { id: titleId }, sc.title), sc.language),
    gameBlock(h('p', {}, sc.summary), sc.language),
    h(
      'p',
      { class: 'muted' },
      t('uiLibrary.facts', { parties: sc.parties.length, issues: sc.issues.length, minutes: sc.durationMinutes }),
    ),
    entry.languages && entry.languages.length > 0
      ? h(
          'p',
          { class: 'muted languages', 'data-languages': entry.languages.join(' ') },
          t('uiLibrary.languages', { languages: formatList(entry.languages.map(languageName)) }),
        )
      : null,
    // The actions come before the long lists, so a laptop shows "Play now" without scrolling.
    h('div', { class: 'play-as' }, h('label', { for: roleId }, t('uiLibrary.yourRole')), role),
    h(
      'div',
      { class: 'actions' },
      playBtn,
      button(t('uiLibrary.setUp'), () => ctx.store.getState().chooseScenario(entry), {
        'aria-label': t('uiLibrary.setUpLabel', { title: sc.title }),
      }),
      instructorViewButton(sc.title, () => ctx.store.getState().openInstructorView(entry)),
      playAcrossDevicesLink(sc.id, sc.title),
    ),
    h(
      'ul',
      { class: 'tags', 'aria-label': t('uiLibrary.parties') },
      ...sc.parties.map((p) => gameBlock(h('li', {}, mark(looks, p.id)), sc.language)),
    ),
    sc.themes.length > 0
      ? h(
          'ul',
          { class: 'tags', 'aria-label': t('uiLibrary.themesLabel') },
          ...sc.themes.map((x) => h('li', {}, themeLabel(x))),
        )
      : null,
    // The printable packs (src/game/print) open on their own page, for the class hour on paper.
    h(
      'p',
      { class: 'print-link' },
      h(
        'a',
        {
          href: `?print=${encodeURIComponent(sc.id)}`,
          target: '_blank',
          // The name begins with the link's visible words (WCAG 2.5.3, label in name).
          'aria-label': t('uiLibrary.printLabel', { what: printWords, title: sc.title }),
        },
        printWords,
      ),
    ),
  );
}

export function libraryScreen(ctx: ScreenContext): MountedScreen {
  const { store, saves } = ctx;
  /**
   * Where the focus goes once a deleted save's row is gone (the Delete button pressed went with it, and the focus
   * fell to the page's body: a keyboard user started again from the top): the Delete button now in its place,
   * else the last one, else the library's heading.
   */
  let refocusAt: number | null = null;
  /** A save is deleted only after the user confirms (the safe choice has the focus). */
  const deleteSave = (id: string, text: string, at: number) =>
    confirmDialog({
      title: t('uiLibrary.deleteTitle'),
      text,
      confirm: t('uiLibrary.deleteConfirm'),
      cancel: t('uiLibrary.deleteCancel'),
      onConfirm: () => {
        refocusAt = at;
        void saves.deleteSaves([id]);
      },
    });
  const deleteButton = (label: string, onClick: () => void, at: number) =>
    button(t('uiLibrary.delete'), onClick, { 'aria-label': label, 'data-delete-at': String(at) });
  const savesBox = h('section', { 'aria-labelledby': 'saves-title' });
  const heading = h('h2', {}, t('uiLibrary.heading'));
  const fileProblems = h('div', { 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'scenario-file', accept: '.json,application/json' });

  // The file controls sit under the cards, far down a long page: problems are brought into view and
  // take the focus, so the person who opened the file sees why it cannot be played.
  const showProblems = (list: HTMLElement) => {
    clear(fileProblems);
    list.tabIndex = -1;
    fileProblems.append(list);
    list.scrollIntoView?.({ block: 'center' });
    list.focus({ preventScroll: true });
  };
  const openFile = async (file: File) => {
    clear(fileProblems);
    if (file.size > MAX_FILE_BYTES) {
      showProblems(problemList(file.name, [fileProblem(file.name, tooBigMessage(file.size, t))]));
      return;
    }
    fileProblems.append(h('p', { class: 'muted' }, t('uiLibrary.reading', { file: file.name })));
    const entry = await parseScenarioFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!entry.ok) {
      showProblems(problemList(file.name, entry.problems));
      return;
    }
    clear(fileProblems);
    // A file that loads with warnings (a mistyped field is ignored: "treshold" leaves the rule's default
    // threshold) says so before the setup, and the instructor chooses to go on.
    if (entry.warnings.length > 0) {
      const list = warningList(file.name, entry.warnings);
      list.append(
        h(
          'p',
          {},
          button(t('uiLibrary.setUp'), () => store.getState().chooseScenario(entry), {
            class: 'primary',
            id: 'set-up-with-warnings',
          }),
        ),
      );
      showProblems(list);
      return;
    }
    store.getState().chooseScenario(entry);
  };
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void openFile(f);
    input.value = '';
  });

  const drop = h(
    'div',
    { class: 'dropzone' },
    h('label', { for: 'scenario-file' }, t('uiLibrary.openOwn')),
    input,
    h('p', { class: 'muted' }, t('uiLibrary.orDrop')),
    h(
      'p',
      {},
      instructorViewButton(t('uiLibrary.ownFile'), () => store.getState().openInstructorView(null), {
        id: 'instructor-own-file',
      }),
    ),
  );
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    drop.classList.add('over');
  };
  const onDragLeave = () => drop.classList.remove('over');
  const onDrop = (e: DragEvent) => {
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    drop.classList.remove('over');
    void openFile(f);
  };
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);

  const good = ctx.library.filter((e): e is Extract<LibraryEntry, { ok: true }> => e.ok);
  const bad = ctx.library.filter((e): e is Extract<LibraryEntry, { ok: false }> => !e.ok);
  const el = h(
    'div',
    { class: 'library' },
    heading,
    savesBox,
    h(
      'section',
      { 'aria-label': t('uiLibrary.scenarios') },
      good.length > 0
        ? h('div', { class: 'cards' }, ...good.map((e) => scenarioCard(ctx, e)))
        : h('p', {}, t('uiLibrary.noneBundled')),
    ),
    ...bad.map((e) => problemList(e.file, e.problems)),
    drop,
    fileProblems,
  );

  let lastSaves: unknown = null;
  let lastProblems: unknown = null;
  /** Redraws the saved games if they changed; whether it did. */
  const renderSaves = (s: AppState): boolean => {
    if (s.saves === lastSaves && s.saveProblems === lastProblems) return false;
    lastSaves = s.saves;
    lastProblems = s.saveProblems;
    clear(savesBox);
    if (s.saves.length === 0 && s.saveProblems.length === 0) return true;
    savesBox.append(
      h('h3', { id: 'saves-title' }, t('uiLibrary.savedGames')),
      h('p', { class: 'muted' }, t('uiLibrary.keptFinished', { kept: KEPT_FINISHED_GAMES })),
      h(
        'ul',
        { class: 'saves' },
        ...s.saves.map((g, i) =>
          h(
            'li',
            {},
            h('strong', {}, g.title),
            ' — ',
            t(g.finished ? 'uiLibrary.saveFinished' : 'uiLibrary.saveRunning', {
              round: g.round,
              humans: g.humans.length > 0 ? formatList(g.humans) : t('uiLibrary.computersOnly'),
              when: savedWhen(g.savedAt),
              size: formatBytes(g.bytes),
            }),
            ' ',
            button(
              g.finished ? t('uiLibrary.openDebrief') : t('uiLibrary.continue'),
              () => void saves.continueSave(g.id),
              {
                'aria-label': t(g.finished ? 'uiLibrary.openDebriefLabel' : 'uiLibrary.continueLabel', {
                  title: g.title,
                  when: savedWhen(g.savedAt),
                }),
              },
            ),
            ' ',
            deleteButton(
              t('uiLibrary.deleteLabel', { title: g.title, when: savedWhen(g.savedAt) }),
              () => deleteSave(g.id, t('uiLibrary.deleteText', { title: g.title, when: savedWhen(g.savedAt) }), i),
              i,
            ),
          ),
        ),
        ...s.saveProblems.map((p, n) => {
          const id = p.id;
          const at = s.saves.length + n;
          return h(
            'li',
            { class: 'error' },
            p.message,
            ' ',
            id !== null
              ? deleteButton(
                  t('uiLibrary.deleteUnreadableLabel', { id }),
                  () => deleteSave(id, t('uiLibrary.deleteUnreadableText', { id }), at),
                  at,
                )
              : null,
          );
        }),
      ),
    );
    return true;
  };
  const renderSavesAndFocus = (s: AppState) => {
    if (!renderSaves(s) || refocusAt === null) return;
    const at = refocusAt;
    refocusAt = null;
    // Only when the focus was lost: one moved on meanwhile stays where the user put it.
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const buttons = [...savesBox.querySelectorAll<HTMLButtonElement>('button[data-delete-at]')];
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) return next.focus();
    heading.tabIndex = -1;
    heading.focus();
  };
  renderSaves(store.getState());

  return {
    el,
    update: renderSavesAndFocus,
    destroy() {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    },
  };
}
