/** `npm run scenario -- replay <scenario> <log>` */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { readFileSync } from 'node:fs';
import { playRandomGame } from '../support/randomPlayer.ts';
import { seededRandom } from '../support/randomScenario.ts';
import { run as cli } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const run = (...argv: string[]) => cli('replay', ...argv);

const scenarioFile = 'test/fixtures/minimal.json';
const dir = tempDir('accord-replay-');

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('replay verb', () => {
  const loaded = parseScenario(readFileSync(scenarioFile), scenarioFile);
  if (!loaded.ok) throw new Error('the minimal fixture must load');
  const { states } = playRandomGame(initialState(loaded.scenario, {}, 3), seededRandom(3));
  const log = makeActionLog(states[states.length - 1] as GameState);
  const logFile = write('game.json', log);

  it('prints every party’s scores with their explanation', async () => {
    const r = await run(scenarioFile, logFile);
    expect(r.code).toBe(0);
    for (const p of loaded.scenario.parties) expect(r.out).toContain(`${p.name}: final`);
    expect(r.out).toMatch(/Credibility/);
  });

  it('--json prints the ScoreReport', async () => {
    const r = await run(scenarioFile, logFile, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report.parties)).toEqual(loaded.scenario.parties.map((p) => p.id));
  });

  it('explains bad input with exit 1, bad usage with exit 2', async () => {
    expect((await run(scenarioFile)).code).toBe(2);
    const missing = await run(scenarioFile, join(dir, 'nope.json'));
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('no file')]);
    const broken = await run(scenarioFile, write('broken.json', '{ "format": '));
    expect([broken.code, broken.err]).toEqual([1, expect.stringContaining('not valid JSON')]);
    const other = await run(scenarioFile, write('other.json', { ...log, scenario: { id: 'other', version: '1.0.0' } }));
    expect([other.code, other.err]).toEqual([1, expect.stringContaining('"other"')]);
    const version = await run(
      scenarioFile,
      write('version.json', { ...log, scenario: { ...log.scenario, version: '9.9' } }),
    );
    expect([version.code, version.err]).toEqual([1, expect.stringContaining('version 9.9')]);
    const illegal = await run(
      scenarioFile,
      write('illegal.json', { ...log, actions: [log.actions[0], { type: 'pass', party: 'nobody' }] }),
    );
    expect([illegal.code, illegal.err]).toEqual([1, expect.stringContaining('action 1')]);
    const badScenario = await run(join(dir, 'missing-scenario.json'), logFile);
    expect(badScenario.code).toBe(1);
  });
});
