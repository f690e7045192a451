// @vitest-environment jsdom
/**
 * The way into the instructor view (library button, confirmation, store) and the view's DOM: every
 * sheet, reloading a broken then a fixed file without losing the last good rendering.
 * (jsdom has no Web Worker: the analysis itself is covered by instructorModel.test.ts and the
 * browser test.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmText } from '../../src/game/widgets/instructorEntry.ts';
import { instructorScreen } from '../../src/game/instructor/instructorScreen.ts';
import { warningsBody } from '../../src/game/instructor/instructorPanels.ts';
import { fileProblem } from '../../src/scenario/types.ts';
import { libraryScreen } from '../../src/game/screens/library.ts';
import { createAppStore } from '../../src/store/appStore.ts';
import { loadLibrary } from '../../src/store/library.ts';
import type { LibraryEntry } from '../../src/store/library.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { loadGameRules } from '../../src/store/gameRules.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';

const gdprText = readFileSync(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'), 'utf8');
const library = loadLibrary({ '/scenarios/gdpr-research-exemption.json': gdprText });
const gdpr = library[0] as Extract<LibraryEntry, { ok: true }>;

afterEach(() => document.body.replaceChildren());

const buttonNamed = (root: ParentNode, name: RegExp) =>
  [...root.querySelectorAll('button')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  ) as HTMLButtonElement;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Sets a file on an <input type=file> the way a user's choice does, and fires `change`. */
function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change'));
}

describe('entering the instructor view', () => {
  it('goes through a confirmation from the library card; Cancel stays in the library', () => {
    const store = createAppStore();
    const screen = libraryScreen({
      store,
      saves: persistGames(store, { storage: memorySaveStorage() }),
      library,
      strategies: ['adaptive'],
    });
    document.body.append(screen.el);
    const card = screen.el.querySelector('article[data-scenario="gdpr-research-exemption"]') as HTMLElement;
    const entry = buttonNamed(card, /^Instructor view of .*confidential sheet/);
    expect(entry.textContent).toMatch(/confidential/);

    entry.click();
    let dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.textContent).toContain(confirmText());
    buttonNamed(dialog, /^Cancel$/).click();
    expect(document.querySelector('dialog')).toBeNull();
    expect(store.getState().screen.name).toBe('library');

    entry.click();
    dialog = document.querySelector('dialog') as HTMLDialogElement;
    buttonNamed(dialog, /^Open the instructor view$/).click();
    const s = store.getState().screen;
    expect(s.name).toBe('instructor');
    if (s.name === 'instructor') expect(s.choice?.scenario.id).toBe('gdpr-research-exemption');
    // The trainee's choice is untouched: nothing from the instructor view enters a game's setup.
    expect(store.getState().choice).toBeNull();
    screen.destroy?.();
  });

  it('opens with no scenario for the instructor’s own file, and never during a game', async () => {
    const store = createAppStore();
    const screen = libraryScreen({
      store,
      saves: persistGames(store, { storage: memorySaveStorage() }),
      library,
      strategies: ['adaptive'],
    });
    document.body.append(screen.el);
    (screen.el.querySelector('#instructor-own-file') as HTMLButtonElement).click();
    buttonNamed(document.querySelector('dialog') as HTMLElement, /^Open the instructor view$/).click();
    expect(store.getState().screen).toEqual({ name: 'instructor', choice: null });
    screen.destroy?.();

    store.getState().toLibrary();
    store.getState().chooseScenario(gdpr);
    // Choosing a scenario loads the rules engine; the game starts once it has.
    await loadGameRules();
    store.getState().startGame({ commission: { kind: 'human', name: 'Ana' } }, 1);
    expect(store.getState().game).not.toBeNull();
    store.getState().openInstructorView(gdpr);
    expect(store.getState().screen.name).not.toBe('instructor');
  });
});

describe('the instructor view', () => {
  it('shows every party’s sheet side by side, BATNAs and the rules; leaving returns to the library', () => {
    const store = createAppStore();
    store.getState().openInstructorView(gdpr);
    const view = instructorScreen(
      { store, saves: persistGames(store, { storage: memorySaveStorage() }), library, strategies: [] },
      gdpr,
    );
    document.body.append(view.el);
    expect(view.el.querySelector('h2')?.textContent).toBe(`Instructor view: ${gdpr.scenario.title}`);
    const cols = [...view.el.querySelectorAll('table.sheets thead th[data-party]')].map((th) =>
      th.getAttribute('data-party'),
    );
    expect(cols).toEqual(gdpr.scenario.parties.map((p) => p.id));
    const cell = view.el.querySelector('table.sheets tbody[data-issue="legal-basis"] tr td[data-party="parliament"]');
    expect(cell?.textContent).toContain('30');
    const text = view.el.textContent ?? '';
    for (const p of gdpr.scenario.parties) {
      expect(text).toContain(p.name);
      expect(text).toContain(p.batna.description);
    }
    expect(text).toContain('Weighted majority');
    expect(text).toContain('The analysis cannot run in this browser'); // jsdom: no Worker
    (view.el.querySelector('#instructor-leave') as HTMLButtonElement).click();
    expect(store.getState().screen.name).toBe('library');
    view.destroy?.();
  });

  it('reloads a broken file (errors with line:column, last rendering kept) then a fixed one (re-rendered)', async () => {
    const store = createAppStore();
    const view = instructorScreen(
      { store, saves: persistGames(store, { storage: memorySaveStorage() }), library, strategies: [] },
      gdpr,
    );
    document.body.append(view.el);
    const input = view.el.querySelector('#instructor-file') as HTMLInputElement;
    const problems = view.el.querySelector('#instructor-problems') as HTMLElement;

    chooseFile(
      input,
      'my-gdpr.json',
      JSON.stringify({ ...(JSON.parse(gdprText) as Record<string, unknown>), title: 42 }, null, 2),
    );
    await until(() => problems.textContent !== '');
    expect(problems.textContent).toMatch(/my-gdpr\.json \d+:\d+/);
    expect(view.el.querySelector('h2')?.textContent).toBe(`Instructor view: ${gdpr.scenario.title}`);
    expect(view.el.querySelector('table.sheets')).not.toBeNull();
    expect(view.el.querySelector('#instructor-file-status')?.textContent).toContain(
      'Still showing the last version that loaded',
    );

    const fixed = JSON.parse(gdprText) as {
      title: string;
      parties: { id: string; sheet: Record<string, Record<string, number>> }[];
    };
    fixed.title = 'GDPR, edited';
    const parliament = fixed.parties.find((p) => p.id === 'parliament');
    if (parliament?.sheet['legal-basis']) parliament.sheet['legal-basis']['specific-consent'] = 37;
    chooseFile(input, 'my-gdpr.json', JSON.stringify(fixed, null, 2));
    await until(() => view.el.querySelector('h2')?.textContent === 'Instructor view: GDPR, edited');
    expect(problems.textContent).toBe('');
    expect(
      view.el.querySelector('table.sheets tbody[data-issue="legal-basis"] tr td[data-party="parliament"]')?.textContent,
    ).toContain('37');
    expect(view.el.querySelector('#instructor-file-status')?.textContent).toMatch(/^Loaded my-gdpr\.json at /);
    view.destroy?.();
  });

  it('without a scenario, asks for a file and hides the (empty) content', () => {
    const store = createAppStore();
    const view = instructorScreen(
      { store, saves: persistGames(store, { storage: memorySaveStorage() }), library, strategies: [] },
      null,
    );
    expect(view.el.querySelector('h2')?.textContent).toBe('Instructor view: open a scenario file');
    expect((view.el.querySelector('#instructor-content') as HTMLElement).hidden).toBe(true);
    view.destroy?.();
  });
});

describe('the authoring warnings panel', () => {
  it('lists the loader’s warnings about the file before the report’s, and is clean only without either', () => {
    const typo = {
      ...fileProblem('my-gdpr.json', 'Unknown field "redlines": it is ignored (a typo of "redLines"?)'),
      line: 12,
      column: 7,
      severity: 'warning' as const,
    };
    expect(warningsBody([], []).textContent).toBe('No warnings: the authoring report is clean.');
    const panel = warningsBody([], [typo]);
    expect(panel.querySelector('#warnings-clean')).toBeNull();
    expect(panel.textContent).toBe(
      'my-gdpr.json 12:7 (warning) Unknown field "redlines": it is ignored (a typo of "redLines"?)',
    );
  });
});
