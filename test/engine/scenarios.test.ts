/** Every scenarios/*.json (and the minimal fixture) loads and is played to the end by random legal players. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog, replayLog, score } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { seededRandom } from '../support/randomScenario.ts';

// Paths from this file, not from the folder the tests run in: run from anywhere, nothing is skipped.
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const files = [
  ...readdirSync(path('../../scenarios/'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => path(`../../scenarios/${f}`)),
  path('../fixtures/minimal.json'),
];

describe('scenario files played to the end', () => {
  it('finds the shipped scenarios and the minimal fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s', (file) => {
    const loaded = parseScenario(readFileSync(file), file);
    expect(loaded.ok, JSON.stringify(loaded.ok ? [] : loaded.problems.slice(0, 3))).toBe(true);
    if (!loaded.ok) return;
    for (let seed = 0; seed < 20; seed++) {
      const { states } = playRandomGame(initialState(loaded.scenario, {}, seed), seededRandom(seed));
      const last = states[states.length - 1] as GameState;
      expect(last.status).toBe('finished');
      for (const p of Object.values(score(last).parties)) expect(p.final >= 0 && p.final <= 100).toBe(true);
      const again = replayLog(loaded.scenario, makeActionLog(last));
      expect(again.ok && JSON.stringify(again.state) === JSON.stringify(last)).toBe(true);
    }
  });
});
