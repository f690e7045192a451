/**
 * test/support/tempDir.ts with test/setup/tempDirs.ts: every folder a test file makes is gone when the file
 * ends, whether made while the file is collected, in a `beforeAll` (where an `afterAll` registered would never
 * run) or in a test, passing or failing; still there in the file's own `afterAll`; and gone before the next file
 * of the same process begins. Runs the two files of test/fixtures/tempDir in a child Vitest, its temporary
 * folder one of ours, once with a process per file and once sharing one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './tempDir.ts';
import type { Line } from '../fixtures/tempDir/makesFolders.ts';

const root = resolve(import.meta.dirname, '../..');

function runFixtures(isolate: boolean): { status: number | null; output: string; lines: Line[]; left: string[] } {
  const tmp = tempDir('accord-tempdir-test-');
  const recordFile = join(tempDir('accord-tempdir-record-'), 'record.jsonl');
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'test/fixtures/tempDir/vitest.config.ts',
      isolate ? '--isolate' : '--no-isolate',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, ACCORD_TEMPDIR_RECORD: recordFile, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  const lines = readFileSync(recordFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  return {
    status: r.status,
    output: r.stdout + r.stderr,
    lines,
    left: readdirSync(tmp).filter((name) => name.startsWith('accord-')),
  };
}

describe.each([
  ['a process per file', true],
  ['one process for both files', false],
])('with %s', (_, isolate) => {
  it('removes every folder when its file ends, after its own afterAll, before the next file', () => {
    const { status, output, lines, left } = runFixtures(isolate);
    // The failing test fails the run, and only it.
    expect(status, output).toBe(1);
    expect(output).toContain('fails on purpose');
    expect(output).toMatch(/2 failed \| 2 passed/);

    const made = lines.flatMap((l) => (l.made ? [l.made] : []));
    expect(made).toHaveLength(8);
    expect(made.filter((dir) => existsSync(dir))).toEqual([]);
    expect(left).toEqual([]);
    // Each file's own afterAll still sees its four folders.
    expect(lines.filter((l) => l.ownAfterAllSees !== undefined).map((l) => l.ownAfterAllSees)).toEqual([4, 4]);
    // The file that ran second saw the first's four folders recorded and none of them left.
    const starts = lines.filter((l) => l.othersMade !== undefined);
    expect(starts.map((l) => l.othersMade).sort()).toEqual([0, 4]);
    expect(starts.map((l) => l.othersLeft)).toEqual([0, 0]);
  }, 120_000);
});
