/** `replay` refuses an action log that Accord did not write as it is, each time with a sentence. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog, parseActionLog } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { run } from '../support/cli.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { seededRandom } from '../support/randomScenario.ts';
import { tempDir } from '../support/tempDir.ts';

const scenarioFile = new URL('../fixtures/minimal.json', import.meta.url).pathname;
const dir = tempDir('accord-replay-log-');

function goodLog(): Record<string, unknown> & { actions: Record<string, unknown>[] } {
  const loaded = parseScenario(readFileSync(scenarioFile), scenarioFile);
  if (!loaded.ok) throw new Error('the fixture must load');
  const { states } = playRandomGame(initialState(loaded.scenario, {}, 7), seededRandom(7));
  return JSON.parse(JSON.stringify(makeActionLog(states[states.length - 1] as GameState))) as ReturnType<
    typeof goodLog
  >;
}

async function replay(log: unknown, raw?: string) {
  const path = join(dir, `log-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, raw ?? JSON.stringify(log));
  return run('replay', scenarioFile, path);
}

describe('replay: the action log', () => {
  it('replays a log as the engine writes it', async () => {
    expect((await replay(goodLog())).code).toBe(0);
  });

  const refused: [string, (log: ReturnType<typeof goodLog>) => unknown, RegExp][] = [
    ['an extra field on an action', (l) => ((l.actions[0] as Record<string, unknown>)['cheat'] = 1), /"cheat" that a/],
    ['an extra field on the log', (l) => (l['note'] = 'x'), /field "note" that Accord does not write/],
    ['seed −3', (l) => (l['seed'] = -3), /"seed" must be a whole number from 0 to 4294967295; it is -3/],
    ['seed 3.5', (l) => (l['seed'] = 3.5), /it is 3\.5/],
    ['seed 1e300', (l) => (l['seed'] = 1e300), /it is 1e\+300/],
    ['a setup that is a list', (l) => (l['setup'] = []), /"setup" must be an object/],
    ['an action that is a list', (l) => (l.actions[0] = [] as unknown as Record<string, unknown>), /must be an object/],
    ['an unknown action type', (l) => ((l.actions[0] as Record<string, unknown>)['type'] = 'bribe'), /no known "type"/],
  ];
  for (const [what, change, message] of refused) {
    it(`refuses ${what} with a sentence (exit 1)`, async () => {
      const log = goodLog();
      change(log);
      const r = await replay(log);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    });
  }

  it('refuses a "__proto__" key on an action or in setup.players, written in the file', async () => {
    const log = goodLog();
    const text = JSON.stringify(log).replace('"actions":[{', '"actions":[{"__proto__":{"x":1},');
    const r = await replay(null, text);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/field "__proto__" that a/);
    const players = JSON.stringify({ ...log, setup: {} }).replace(
      '"setup":{}',
      '"setup":{"players":{"__proto__":"x"}}',
    );
    expect(parseActionLog(JSON.parse(players))).toEqual({
      ok: false,
      reason: '"setup.players" must map party ids to names.',
    });
  });
});

describe('replay: a class’s JSON export, one table at a time', () => {
  // Before, the console's "Export JSON" said it replays, but replay refused it ("format" should be "accord-log/1").
  const log = goodLog();
  const table = (number: number) => ({
    number,
    id: `t${number}`,
    code: number === 1 ? 'BCDFGH' : 'KLMNPQ',
    phase: 'finished',
    scenario: { ...(log['scenario'] as object), language: 'en' },
    setup: log['setup'],
    seed: log['seed'],
    actions: log.actions,
    reasons: {},
    controllers: {},
    scores: {},
  });
  const path = join(dir, 'accord-class-ABCDEF.json');
  writeFileSync(path, JSON.stringify({ format: 'accord-class/1', class: {}, tables: [table(1), table(2)] }));

  it('replays table N with --table N, as the log it holds', async () => {
    const plain = await replay(log);
    const r = await run('replay', scenarioFile, path, '--table', '2');
    expect(r.code).toBe(0);
    expect(r.out).toBe(plain.out);
    expect((await run('review', scenarioFile, path, '--table=1')).code).toBe(0);
  });

  it('without --table, or with a table it does not have, lists its tables in a sentence', async () => {
    const none = await run('replay', scenarioFile, path);
    expect(none.code).toBe(1);
    expect(none.err).toBe(
      `${path} is a class export of 2 tables: choose one with --table N (1 (BCDFGH, finished); 2 (KLMNPQ, finished)).`,
    );
    const three = await run('replay', scenarioFile, path, '--table', '3');
    expect(three.code).toBe(1);
    expect(three.err).toBe(
      `${path} has no table 3: its tables are 1 (BCDFGH, finished); 2 (KLMNPQ, finished); choose one with --table N.`,
    );
    expect((await run('replay', scenarioFile, path, '--table', '0')).code).toBe(2);
    const single = join(dir, 'one-game.json');
    writeFileSync(single, JSON.stringify(log));
    expect((await run('replay', scenarioFile, single, '--table', '1')).err).toMatch(
      /is the log of one game: --table picks a table of a class export/,
    );
  });
});
