/**
 * The scenario library: a card per bundled scenario, saved games to continue or delete, and
 * "open your own scenario file" by file picker or by dropping a file anywhere on the page.
 */
import { MAX_FILE_BYTES, tooBigMessage } from '../../scenario/limits.ts';
import type { Scenario } from '../../scenario/types.ts';
import { problemList } from '../widgets/problemList.ts';
import type { AppState } from '../../store/types.ts';
import { parseScenarioFile } from '../parseScenarioFile.ts';
import type { LibraryEntry } from '../../store/library.ts';
import { defaultControllers, defaultRole, randomSeed } from '../setupDefaults.ts';
import { button, clear, h } from '../dom.ts';
import { looksFor, partyMarkSvg } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { instructorViewButton } from '../widgets/instructorEntry.ts';
import { formatBytes, savedWhen } from './storageFullDialog.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { playAcrossDevicesLink } from '../classroom/libraryEntry.ts';
import { fileProblem } from '../../scenario/types.ts';

const THEME_LABEL: Record<string, string> = {
  'data-in-diplomacy': 'Data in diplomacy',
  'diplomacy-for-data': 'Diplomacy for data',
  'data-for-diplomacy': 'Data for diplomacy',
  'track-1': 'Track I',
  'track-2': 'Track II',
};

function scenarioCard(ctx: ScreenContext, entry: Extract<LibraryEntry, { ok: true }>): HTMLElement {
  const sc: Scenario = entry.scenario;
  const looks = looksFor(sc.parties);
  const titleId = `card-${sc.id}`;
  // Play now: the role to play is chosen on the card (see defaultRole for the one offered first).
  const roleId = `role-${sc.id}`;
  const role = h(
    'select',
    { id: roleId, class: 'role' },
    ...sc.parties.map((p) => h('option', { value: p.id, selected: p.id === defaultRole(sc) }, p.name)),
  );
  const roleName = () => sc.parties.find((p) => p.id === role.value)?.name ?? '';
  const playBtn = button('Play now', () => play(), { class: 'primary' });
  const nameButton = () =>
    playBtn.setAttribute('aria-label', `Play ${sc.title} now as ${roleName()}; the computer plays the others`);
  role.addEventListener('change', nameButton);
  nameButton();
  const play = () => {
    ctx.store.getState().chooseScenario(entry);
    ctx.store.getState().startGame(defaultControllers(sc, ctx.strategies, 1, role.value), randomSeed());
  };
  return h(
    'article',
    { class: 'card', 'aria-labelledby': titleId, 'data-scenario': sc.id },
    h('h3', { id: titleId }, sc.title),
    h('p', {}, sc.summary),
    h(
      'p',
      { class: 'muted' },
      `${sc.parties.length} parties · ${sc.issues.length} issues · about ${sc.durationMinutes} minutes`,
    ),
    // The actions come before the long lists, so a laptop shows "Play now" without scrolling.
    h('div', { class: 'play-as' }, h('label', { for: roleId }, 'Your role'), role),
    h(
      'div',
      { class: 'actions' },
      playBtn,
      button('Set up…', () => ctx.store.getState().chooseScenario(entry), {
        'aria-label': `Set up a game of ${sc.title}`,
      }),
      instructorViewButton(sc.title, () => ctx.store.getState().openInstructorView(entry)),
      playAcrossDevicesLink(sc.id, sc.title),
    ),
    h(
      'ul',
      { class: 'tags', 'aria-label': 'Parties' },
      ...sc.parties.map((p) => {
        const look = looks[p.id];
        return h('li', { class: 'party-mark' }, look ? partyMarkSvg(look.shape, look.colour) : null, p.name);
      }),
    ),
    sc.themes.length > 0
      ? h('ul', { class: 'tags', 'aria-label': 'Themes' }, ...sc.themes.map((t) => h('li', {}, THEME_LABEL[t] ?? t)))
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
          'aria-label': `Printable packs for ${sc.title}`,
        },
        sc.facilitatorGuide ? 'Printable packs and facilitator guide' : 'Printable packs',
      ),
    ),
  );
}

export function libraryScreen(ctx: ScreenContext): MountedScreen {
  const { store, saves } = ctx;
  /** A save is deleted only after the user confirms (the safe choice has the focus). */
  const deleteSave = (id: string, what: string) =>
    confirmDialog({
      title: 'Delete this saved game?',
      text: `${what} will be gone for good.`,
      confirm: 'Delete it',
      cancel: 'Keep it',
      onConfirm: () => void saves.deleteSaves([id]),
    });
  const savesBox = h('section', { 'aria-labelledby': 'saves-title' });
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
      showProblems(problemList(file.name, [fileProblem(file.name, tooBigMessage(file.size))]));
      return;
    }
    fileProblems.append(h('p', { class: 'muted' }, `Reading ${file.name}…`));
    const entry = await parseScenarioFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!entry.ok) {
      showProblems(problemList(file.name, entry.problems));
      return;
    }
    clear(fileProblems);
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
    h('label', { for: 'scenario-file' }, 'Open your own scenario file (.json): '),
    input,
    h('p', { class: 'muted' }, 'or drop a scenario file anywhere on this page.'),
    h(
      'p',
      {},
      instructorViewButton('your own scenario file', () => store.getState().openInstructorView(null), {
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
    h('h2', {}, 'Choose a scenario'),
    savesBox,
    h(
      'section',
      { 'aria-label': 'Scenarios' },
      good.length > 0
        ? h('div', { class: 'cards' }, ...good.map((e) => scenarioCard(ctx, e)))
        : h('p', {}, 'No scenario is bundled yet: open your own file below.'),
    ),
    ...bad.map((e) => problemList(e.file, e.problems)),
    drop,
    fileProblems,
  );

  let lastSaves: unknown = null;
  let lastProblems: unknown = null;
  const renderSaves = (s: AppState) => {
    if (s.saves === lastSaves && s.saveProblems === lastProblems) return;
    lastSaves = s.saves;
    lastProblems = s.saveProblems;
    clear(savesBox);
    if (s.saves.length === 0 && s.saveProblems.length === 0) return;
    savesBox.append(
      h('h3', { id: 'saves-title' }, 'Saved games'),
      h(
        'ul',
        { class: 'saves' },
        ...s.saves.map((g) =>
          h(
            'li',
            {},
            h('strong', {}, g.title),
            ' — ',
            g.finished ? 'finished' : `round ${g.round}`,
            `, ${g.humans.join(', ') || 'computers only'}, saved ${savedWhen(g.savedAt)} (${formatBytes(g.bytes)}) `,
            button(g.finished ? 'Open debrief' : 'Continue', () => void saves.continueSave(g.id), {
              'aria-label': `${g.finished ? 'Open the debrief of' : 'Continue'} ${g.title} saved ${savedWhen(g.savedAt)}`,
            }),
            ' ',
            button('Delete', () => deleteSave(g.id, `The saved game ${g.title} (saved ${savedWhen(g.savedAt)})`), {
              'aria-label': `Delete the saved game ${g.title} saved ${savedWhen(g.savedAt)}`,
            }),
          ),
        ),
        ...s.saveProblems.map((p) => {
          const id = p.id;
          return h(
            'li',
            { class: 'error' },
            p.message,
            ' ',
            id !== null
              ? button('Delete', () => deleteSave(id, `The unreadable saved game “${id}”`), {
                  'aria-label': `Delete the unreadable saved game ${id}`,
                })
              : null,
          );
        }),
      ),
    );
  };
  renderSaves(store.getState());

  return {
    el,
    update: renderSaves,
    destroy() {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    },
  };
}
