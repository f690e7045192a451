/**
 * The scenario library: a card per bundled scenario, saved games to continue or delete, and
 * "open your own scenario file" by file picker or by dropping a file anywhere on the page.
 */
import { MAX_FILE_BYTES, tooBigMessage } from '../../scenario/limits.ts';
import type { Problem, Scenario } from '../../scenario/types.ts';
import type { AppState } from '../../store/types.ts';
import { parseScenarioFile } from '../parseScenarioFile.ts';
import type { LibraryEntry } from '../../store/library.ts';
import { defaultControllers, randomSeed } from '../setupDefaults.ts';
import { button, clear, h } from '../dom.ts';
import { looksFor, partyMarkSvg } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { instructorViewButton } from '../instructor/confirmEntry.ts';

const THEME_LABEL: Record<string, string> = {
  'data-in-diplomacy': 'Data in diplomacy',
  'diplomacy-for-data': 'Diplomacy for data',
  'data-for-diplomacy': 'Data for diplomacy',
  'track-1': 'Track I',
  'track-2': 'Track II',
};

export function problemList(file: string, problems: Problem[]): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error');
  return h(
    'div',
    { class: 'problems', role: 'alert' },
    h('h3', {}, `${file} cannot be played: ${errors.length} ${errors.length === 1 ? 'mistake' : 'mistakes'} to fix`),
    h(
      'ul',
      {},
      ...problems.map((p) =>
        h(
          'li',
          {},
          h('code', {}, p.line > 0 ? `${p.file} ${p.line}:${p.column}` : p.file),
          ' ',
          p.severity === 'warning' ? '(warning) ' : '',
          p.message,
        ),
      ),
    ),
  );
}

function scenarioCard(ctx: ScreenContext, entry: Extract<LibraryEntry, { ok: true }>): HTMLElement {
  const sc: Scenario = entry.scenario;
  const looks = looksFor(sc.parties);
  const titleId = `card-${sc.id}`;
  const play = () => {
    ctx.store.getState().chooseScenario(entry);
    ctx.store.getState().startGame(defaultControllers(sc, ctx.strategies), randomSeed());
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
    h(
      'div',
      { class: 'actions' },
      button('Play now', play, {
        class: 'primary',
        'aria-label': `Play ${sc.title} now: you play ${sc.parties[0]?.name ?? 'the first party'}, the computer plays the others`,
      }),
      button('Set up…', () => ctx.store.getState().chooseScenario(entry), {
        'aria-label': `Set up a game of ${sc.title}`,
      }),
      instructorViewButton(sc.title, () => ctx.store.getState().openInstructorView(entry)),
    ),
  );
}

export function libraryScreen(ctx: ScreenContext): MountedScreen {
  const { store } = ctx;
  const savesBox = h('section', { 'aria-labelledby': 'saves-title' });
  const fileProblems = h('div', { 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'scenario-file', accept: '.json,application/json' });

  const openFile = async (file: File) => {
    clear(fileProblems);
    if (file.size > MAX_FILE_BYTES) {
      fileProblems.append(
        problemList(file.name, [
          {
            severity: 'error',
            file: file.name,
            line: 0,
            column: 0,
            pointer: '',
            message: tooBigMessage(file.size),
          },
        ]),
      );
      return;
    }
    const entry = await parseScenarioFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!entry.ok) {
      fileProblems.append(problemList(file.name, entry.problems));
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
            `, ${g.humans.join(', ') || 'computers only'}, saved ${new Date(g.savedAt).toLocaleString()} `,
            button(g.finished ? 'Open debrief' : 'Continue', () => store.getState().continueSave(g.id), {
              'aria-label': `${g.finished ? 'Open the debrief of' : 'Continue'} ${g.title} saved ${new Date(g.savedAt).toLocaleString()}`,
            }),
            ' ',
            button('Delete', () => store.getState().deleteSave(g.id), {
              'aria-label': `Delete the saved game ${g.title} saved ${new Date(g.savedAt).toLocaleString()}`,
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
              ? button('Delete', () => store.getState().deleteSave(id), {
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
