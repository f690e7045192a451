/**
 * Join codes are short enough to read aloud, so what keeps a stranger on the school's network from finding
 * one is that they cannot try many: a script asked about 1,000 codes a second. Past CODE_MISSES codes that
 * open nothing in a minute, a device's lookups are refused with a sentence and `Retry-After`, a right code
 * too, until its oldest miss is a minute old; other devices are not affected.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { CODE_MISS_WINDOW_MS, CODE_MISSES, CodeGuesses } from '../../src/server/codeGuesses.ts';
import { JOIN_CODE_ALPHABET, type ClassSummary } from '../../src/protocol/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

it('refuses a device’s lookups, a right code too, once it has asked about too many codes that open nothing', async () => {
  const table = await server.twoSeatTable();
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'gdpr-research-exemption', human: ['commission'], tables: 1, pace: 0 },
  });
  const cls = made.body.class as ClassSummary;
  // A mistyped code or two is answered as before, and a right one still opens.
  expect((await server.api('GET', '/api/code/ZZZZZZ', { key: null })).status).toBe(404);
  expect((await server.api('GET', `/api/code/${table.code}`, { key: null })).status).toBe(200);
  const open = new Set([table.code, cls.code]);
  const wrong = [...JOIN_CODE_ALPHABET].map((c) => c.repeat(6)).filter((c) => !open.has(c));
  const routes = ['/api/code/', '/api/join/', '/api/class/'];
  for (let i = 1; i < CODE_MISSES; i++) {
    const r = await server.api('GET', routes[i % 3]! + wrong[i % wrong.length]!, { key: null });
    expect(r.status, JSON.stringify(r.body)).toBe(404);
  }
  const refusal =
    /^Too many codes that open nothing were typed on this device: wait (\d+) s, then type the code again\.$/;
  for (const path of [`/api/code/${table.code}`, `/api/join/${table.code}`, `/api/class/${cls.code}`]) {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(((await res.json()) as { error: string }).error).toMatch(refusal);
  }
  const join = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
  expect(join.status).toBe(429);
  // The instructor's routes are not lookups.
  expect((await server.api('GET', '/api/tables')).status).toBe(200);
});

it('counts each address apart, and forgets a miss a minute later', () => {
  let now = 1_000_000;
  const guesses = new CodeGuesses(() => now);
  for (let i = 0; i < CODE_MISSES - 1; i++) guesses.missed('10.0.0.9');
  expect(guesses.wait('10.0.0.9')).toBe(0);
  now += 20_000;
  guesses.missed('10.0.0.9');
  expect(guesses.wait('10.0.0.9')).toBe(CODE_MISS_WINDOW_MS / 1000 - 20);
  expect(guesses.wait('10.0.0.7')).toBe(0);
  now += CODE_MISS_WINDOW_MS / 2;
  expect(guesses.wait('10.0.0.9')).toBe(10);
  now += 10_000;
  expect(guesses.wait('10.0.0.9')).toBe(0);
});

it('docs/deploy.md gives the allowance the server applies', () => {
  const deploy = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  expect(deploy).toContain(`each address may ask a process about ${CODE_MISSES} such codes a minute`);
});
