/**
 * The store loads the rules engine and the computer players on first use (issue 17: the library page
 * goes without them): choosing a scenario starts the load, and a game started before it has finished
 * starts when it has, unless the player has left the setup meanwhile.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Controller } from '../../src/store/types.ts';

const text = readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8');

/** A fresh copy of the store's modules: nothing loaded yet. */
async function freshStore() {
  const { createAppStore } = await import('../../src/store/appStore.ts');
  const rules = await import('../../src/store/gameRules.ts');
  const { loadScenarioText } = await import('../../src/store/library.ts');
  const entry = loadScenarioText(text, 'minimal.json');
  if (!entry.ok) throw new Error('fixture does not load');
  const [first, second] = entry.scenario.parties.map((p) => p.id) as [string, string];
  const controllers: Record<string, Controller> = {
    [first]: { kind: 'human', name: 'Ana' },
    [second]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
  };
  return { store: createAppStore(), rules, choice: entry, controllers };
}

beforeEach(() => {
  vi.resetModules();
});

describe('the rules engine, loaded on first use', () => {
  it('is not loaded until asked for, and a game started before it is there starts when it is', async () => {
    const { store, rules, choice, controllers } = await freshStore();
    expect(rules.loadedGameRules()).toBeNull();
    expect(() => rules.gameRules()).toThrow(/not loaded yet/);
    store.getState().chooseScenario(choice);
    store.getState().startGame(controllers, 7);
    // Not yet: the setup stays up while the engine loads.
    expect(store.getState().game).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'setup' });
    // Importing the engine takes longer than waitFor's default second on a loaded machine.
    await vi.waitFor(() => expect(store.getState().screen).toEqual({ name: 'briefing' }), { timeout: 15_000 });
    expect(rules.loadedGameRules()).not.toBeNull();
    expect(store.getState().game?.state.status).toBe('running');
    expect(store.getState().game?.seed).toBe(7);
    // Loaded once: a second game starts at once.
    store.getState().toLibrary();
    store.getState().chooseScenario(choice);
    store.getState().startGame(controllers, 8);
    expect(store.getState().game?.seed).toBe(8);
  });

  it('starts nothing if the player went back to the library before the engine was there', async () => {
    const { store, rules, choice, controllers } = await freshStore();
    store.getState().chooseScenario(choice);
    store.getState().startGame(controllers, 7);
    store.getState().toLibrary();
    await rules.loadGameRules();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().game).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'library' });
  });

  it('starts one game when the start is asked for twice while the engine loads', async () => {
    const { store, choice, controllers } = await freshStore();
    const ids: string[] = [];
    store.subscribe((s, prev) => {
      if (s.game && s.game !== prev.game && s.game.id !== prev.game?.id) ids.push(s.game.id);
    });
    store.getState().chooseScenario(choice);
    store.getState().startGame(controllers, 7);
    store.getState().startGame(controllers, 7);
    // Importing the engine takes longer than waitFor's default second on a loaded machine.
    await vi.waitFor(() => expect(store.getState().screen).toEqual({ name: 'briefing' }), { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 0));
    expect(ids).toHaveLength(1);
  });
});
