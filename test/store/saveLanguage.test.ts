/**
 * A game keeps the language its scenario was read in: a bilingual scenario started in French comes back in
 * French from its save, whatever the file's own first language (saves.ts `restore` reads the save's
 * `language`; without it the GDPR scenario came back in English).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import { loadScenarioText } from '../../src/store/library.ts';
import type { Controller } from '../../src/store/types.ts';
import { make } from './storeFixture.ts';

const file = 'gdpr-research-exemption.json';
const text = readFileSync(resolve(import.meta.dirname, '../../scenarios', file), 'utf8');

it('a game started in French on a bilingual scenario resumes in French', async () => {
  const french = loadScenarioText(text, file, 'fr');
  if (!french.ok) throw new Error('the GDPR scenario does not load in French');
  const english = loadScenarioText(text, file, 'en');
  if (!english.ok) throw new Error('the GDPR scenario does not load in English');
  expect(french.scenario.title).not.toBe(english.scenario.title);
  const [human, ...others] = french.scenario.parties.map((p) => p.id) as [string, ...string[]];
  const controllers: Record<string, Controller> = {
    [human]: { kind: 'human', name: 'Ana' },
    ...Object.fromEntries(others.map((p) => [p, { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' }])),
  };
  const storage = memorySaveStorage();
  const store = make();
  const saves = persistGames(store, { storage });
  store.getState().chooseScenario(french);
  store.getState().startGame(controllers, 7);
  expect(store.getState().game?.state.scenario.language).toBe('fr');
  store.getState().toLibrary();
  await saves.flush();
  const id = store.getState().saves[0]?.id as string;

  const page = make();
  const again = persistGames(page, { storage });
  await again.hydrate();
  await again.continueSave(id);
  const resumed = page.getState().game;
  expect(resumed?.state.scenario.language).toBe('fr');
  expect(resumed?.state.scenario.title).toBe(french.scenario.title);
});
