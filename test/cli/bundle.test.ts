/**
 * The command-line tool runs from its esbuild bundle (dist-cli/main.js, scripts/build-cli.mjs):
 * `npm run scenario` runs scripts/cli.mjs, which rebuilds the bundle when a source is newer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempDir.ts';

const root = resolve(import.meta.dirname, '../..');
const bundle = join(root, 'dist-cli', 'main.js');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'cli.mjs'), ...args], { encoding: 'utf8', cwd: root });
const scratch = tempDir('accord-cli-');

describe('the scenario tool bundle', () => {
  it('is built by scripts/build-cli.mjs and runs a verb without TypeScript', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
    expect(existsSync(bundle)).toBe(true);
    const inputs = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('src/cli/main.ts');
    const help = cli('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Verbs:');
    expect(help.stderr).not.toContain('Building');
  });

  it('plays a tournament on worker threads built beside the bundle', () => {
    const run = cli('tournament', 'test/fixtures/minimal.json', '--games', '45', '--threads', '2');
    expect(run.status).toBe(0);
    expect(existsSync(join(root, 'dist-cli', 'tournamentWorker.js'))).toBe(true);
    expect(run.stdout).toContain('45 games');
  });

  it('writes a new scenario whose $schema points at the real schema file', () => {
    const file = join(scratch, 'case.json');
    const run = cli('new', file);
    expect(run.status).toBe(0);
    const schema = (JSON.parse(readFileSync(file, 'utf8')) as { $schema: string }).$schema;
    expect(existsSync(resolve(dirname(file), schema))).toBe(true);
    expect(resolve(dirname(file), schema)).toBe(join(root, 'scenarios', 'scenario.schema.json'));
  });

  it('rebuilds itself when a source file is newer than the bundle', () => {
    utimesSync(bundle, new Date(0), new Date(0));
    const run = cli('help');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Building the scenario tool: .* changed/);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});
