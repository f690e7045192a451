// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/bots/types.ts';
import type { ScreenContext } from '../../src/game/screen.ts';
import { setupScreen } from '../../src/game/screens/setup.ts';
import { strategySentence } from '../../src/game/strategyText.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const file = resolve(import.meta.dirname, '../fixtures/minimal.json');
const loaded = parseScenario(readFileSync(file, 'utf8'), 'minimal.json');
if (!loaded.ok) throw new Error('the fixture does not load');
const scenario = loaded.scenario;

describe('the setup screen', () => {
  it('explains every computer strategy it offers in a sentence, tied to each strategy menu', () => {
    const strategies = [...STRATEGIES];
    const state = { choice: { scenario }, settings: { pace: 'normal', projector: false } };
    const ctx = { store: { getState: () => state }, library: [], strategies } as unknown as ScreenContext;
    const { el } = setupScreen(ctx);
    const items = [...el.querySelectorAll('#strategy-sentences li')].map((li) => li.textContent);
    expect(items).toEqual(strategies.map(strategySentence));
    for (const p of scenario.parties)
      expect(el.querySelector(`#strategy-${p.id}`)?.getAttribute('aria-describedby')).toBe('strategy-sentences');
  });
});
