/**
 * docs/deploy.md and the README say how to start the classroom server: the environment variables in
 * deploy.md's table are the ones the server reads (no more, no fewer), and every `npm start -- --flag` or
 * `npm run serve -- --flag` they write is an option of src/server/main.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkScaleOut, SINGLE_PROCESS } from '../../src/server/scaleOut.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const deploy = read('docs/deploy.md');
const readme = read('README.md');
const server = readdirSync(join(root, 'src/server'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`src/server/${f}`))
  .join('\n');

it('documents in its table every variable the server reads from the environment, and only those', () => {
  const table = [...deploy.matchAll(/^\| `(ACCORD_[A-Z_]+)` \|/gm)].map((m) => m[1]!);
  const fromEnv = [...server.matchAll(/get\('(ACCORD_[A-Z_]+)'\)|process\.env\.(ACCORD_[A-Z_]+)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  // The data folder's variable is in section 1, with --data.
  expect(deploy).toContain('`ACCORD_DATA`');
  expect([...new Set(fromEnv)].sort()).toEqual([...table, 'ACCORD_DATA'].sort());
  const says = /four environment variables \(two more, `(ACCORD_[A-Z_]+)` and `(ACCORD_[A-Z_]+)`, are optional\)/.exec(
    deploy,
  );
  expect(table.length).toBe(6);
  expect(says?.slice(1)).toEqual(table.slice(4));
});

it('gives the limits the server checks: the instructor key and how often to look for tables to claim', () => {
  const key = (k: string) => () => checkScaleOut({ ...SINGLE_PROCESS, instructorKey: k });
  expect(deploy).toContain('(16–200 letters, digits, `-`, `_`;');
  expect(key('a'.repeat(16))).not.toThrow();
  expect(key('a'.repeat(200))).not.toThrow();
  expect(key('a'.repeat(15))).toThrow();
  expect(key('a'.repeat(201))).toThrow();
  const every = (ms: number) => () => checkScaleOut({ ...SINGLE_PROCESS, claimEveryMs: ms });
  expect(deploy).toContain('(with PostgreSQL; default 2000, from 100 to 3600000)');
  expect(server).toContain('scale.claimEveryMs ?? 2000');
  expect(every(100)).not.toThrow();
  expect(every(3_600_000)).not.toThrow();
  expect(every(99)).toThrow();
  expect(every(3_600_001)).toThrow();
  const retries = (n: number) => () => checkScaleOut({ ...SINGLE_PROCESS, redisRetries: n });
  expect(deploy).toContain('(default 20, from 0 to 1000;');
  expect(retries(0)).not.toThrow();
  expect(retries(1000)).not.toThrow();
  expect(retries(-1)).toThrow();
  expect(retries(1001)).toThrow();
});

it('names only options that the server takes', () => {
  const main = read('src/server/main.ts');
  const options = /options: \{([\s\S]*?)\n {6}\},/.exec(main)![1]!;
  const taken = new Set([...options.matchAll(/^\s+([a-z-]+): \{ type/gm)].map((m) => `--${m[1]}`));
  const lines = [deploy, readme].flatMap((doc) => doc.split('\n')).filter((l) => /npm (start|run serve) -- /.test(l));
  const named = lines.flatMap((l) => [...l.split('#')[0]!.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((flag) => !taken.has(flag))).toEqual([]);
});
