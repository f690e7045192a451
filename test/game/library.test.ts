// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { libraryScreen } from '../../src/game/screens/library.ts';
import { createAppStore } from '../../src/store/appStore.ts';
import { describeProblem, loadLibrary } from '../../src/store/library.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';

const minimal = readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8');
const broken = '{\n  "id": "x",\n  "title": 3\n}';

describe('the scenario library', () => {
  it('parses bundled files, skips the schema and reports broken files with line:column', () => {
    const lib = loadLibrary({
      '/scenarios/minimal.json': minimal,
      '/scenarios/scenario.schema.json': '{}',
      '/scenarios/broken.json': broken,
    });
    expect(lib).toHaveLength(2);
    expect(lib[0]?.ok).toBe(true);
    const bad = lib[1];
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok) {
      expect(bad.problems.length).toBeGreaterThan(0);
      expect(describeProblem(bad.problems[0] as (typeof bad.problems)[0])).toMatch(/^broken\.json \d+:\d+ — /);
    }
  });

  it('shows a card per scenario with its parties and a one-click start; broken files show their problems', async () => {
    const store = createAppStore();
    const library = loadLibrary({ '/scenarios/minimal.json': minimal, '/scenarios/broken.json': broken });
    const screen = libraryScreen({
      store,
      saves: persistGames(store, { storage: memorySaveStorage() }),
      library,
      strategies: ['adaptive'],
    });
    document.body.append(screen.el);
    const card = screen.el.querySelector('article[data-scenario="minimal"]');
    expect(card?.textContent).toContain('A minimal scenario');
    expect(card?.textContent).toContain('City council');
    expect(screen.el.querySelector('.problems')?.textContent).toMatch(/broken\.json \d+:\d+/);
    // Every button has an accessible name.
    for (const b of screen.el.querySelectorAll('button'))
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    const play = [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Play now');
    play?.click();
    // The rules engine loads on first use (not with the library): the game starts once it is there.
    // Importing the engine takes longer than waitFor's default second on a loaded machine.
    await vi.waitFor(() => expect(store.getState().screen).toEqual({ name: 'briefing' }), { timeout: 15_000 });
    expect(store.getState().game?.controllers.city).toEqual({ kind: 'human', name: 'Player 1' });
    expect(store.getState().game?.controllers.university?.kind).toBe('computer');
    screen.destroy?.();
  });
});

describe('a file that loads with warnings', () => {
  it('shows them with line:column before the setup, and sets up only when asked', async () => {
    const store = createAppStore();
    const screen = libraryScreen({
      store,
      saves: persistGames(store, { storage: memorySaveStorage() }),
      library: loadLibrary({ '/scenarios/minimal.json': minimal }),
      strategies: ['adaptive'],
    });
    // "treshold" for "threshold": ignored, so the rule's default threshold would apply unseen.
    const typo = minimal.replace('"rule": "unanimity"', '"rule": "unanimity",\n    "treshold": 0.6');
    expect(typo).not.toBe(minimal);
    document.body.replaceChildren(screen.el); // the earlier test's screen has inputs of the same ids
    const input = screen.el.querySelector<HTMLInputElement>('#scenario-file')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [new File([typo], 'my-file.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change'));
    const list = await vi.waitFor(() => screen.el.querySelector('.file-warnings') ?? Promise.reject(new Error('none')));
    expect(list.querySelector('h3')?.textContent).toBe('my-file.json loads, with 1 warning: read it before you play');
    expect(list.querySelector('li')?.textContent).toMatch(
      /^my-file\.json \d+:\d+ \(warning\) .*"treshold".*"threshold"/,
    );
    expect(store.getState().screen).toEqual({ name: 'library' });
    list.querySelector<HTMLButtonElement>('#set-up-with-warnings')!.click();
    expect(store.getState().screen.name).toBe('setup');
    screen.destroy?.();
  });
});

describe('library order', () => {
  it('puts the flagship scenarios first', () => {
    const gdpr = readFileSync(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'), 'utf8');
    const lib = loadLibrary({ '/scenarios/a.json': minimal, '/scenarios/gdpr-research-exemption.json': gdpr });
    expect(lib.map((e) => (e.ok ? e.scenario.id : e.file))).toEqual(['gdpr-research-exemption', 'minimal']);
  });
});
