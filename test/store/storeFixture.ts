/**
 * Shared by the store's tests: the minimal scenario, a store with fixed ids, and a briefed start.
 * The rules engine is loaded before any test runs, so a game starts at once (the store loads it on
 * first use in the page: test/store/gameRules.test.ts covers a start before it has loaded).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { createAppStore } from '../../src/store/appStore.ts';
import type { AppStore, StoreDeps } from '../../src/store/appStore.ts';
import { loadScenarioText } from '../../src/store/library.ts';
import { loadGameRules } from '../../src/store/gameRules.ts';
import { humansOf } from '../../src/store/seating.ts';
import type { Controller, ScenarioChoice } from '../../src/store/types.ts';

await loadGameRules();

export const text = readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8');
const entry = loadScenarioText(text, 'minimal.json');
if (!entry.ok) throw new Error('fixture does not load');
export const choice: ScenarioChoice = entry;
export const scenario = entry.scenario;
export const [first, second] = scenario.parties.map((p) => p.id) as [string, string];

let ids = 0;
export const make = (deps: StoreDeps = {}): AppStore => createAppStore({ newId: () => `g${++ids}`, ...deps });

export const oneHuman: Record<string, Controller> = {
  [first]: { kind: 'human', name: 'Ana' },
  [second]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
};
export const twoHumans: Record<string, Controller> = {
  [first]: { kind: 'human', name: 'Ana' },
  [second]: { kind: 'human', name: 'Ben' },
};
export const computersOnly: Record<string, Controller> = {
  [first]: { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
  [second]: { kind: 'computer', strategy: 'boulware', difficulty: 'hard' },
};

/** Chooses the minimal scenario, starts a game and walks every human through the briefing. */
export function startThroughBriefing(store: AppStore, controllers: Record<string, Controller>, seed = 7): void {
  store.getState().chooseScenario(choice);
  store.getState().startGame(controllers, seed);
  expect(store.getState().screen).toEqual({ name: 'briefing' });
  for (const p of humansOf(controllers)) {
    store.getState().continueBriefing();
    expect(store.getState().screen).toEqual({ name: 'handover', party: p, purpose: 'brief' });
    expect(store.getState().game?.revealedTo).toBeNull();
    store.getState().confirmHandover();
    expect(store.getState().screen).toEqual({ name: 'brief', party: p });
    expect(store.getState().game?.revealedTo).toBe(p);
  }
  store.getState().continueBriefing();
}
