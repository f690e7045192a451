/** Every scenarios/*.json (and the minimal fixture) loads and is played to the end by random legal players. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog, replayLog, score } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { seededRandom } from '../support/randomScenario.ts';

const files = [
  ...(existsSync('scenarios')
    ? readdirSync('scenarios')
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .map((f) => join('scenarios', f))
    : []),
  ...(existsSync('test/fixtures/minimal.json') ? ['test/fixtures/minimal.json'] : []),
];

describe.skipIf(files.length === 0)('scenario files played to the end', () => {
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
