/**
 * What a process sharing a classroom through Redis checks before it serves, and what it checks on
 * every question another process passes it: the instructor key (a process started with another key
 * is refused; a passed instructor's question must prove the key) and its own address, with Redis
 * started for the test. Processes of different versions do not start together, and say so rather than that
 * the key differs.
 */
import { rmSync } from 'node:fs';
import { requestFromIPC, subscribeIPC } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { Device, tempDir } from './harness.ts';
import { freePort, startRedis } from '../support/services.ts';
import { ServerExited, serveSharing } from '../support/serverProcess.ts';
import type { RedisService } from '../support/services.ts';
import type { ClassSummary, TableSummary } from '../../src/protocol/index.ts';
import { keyProof } from '../../src/server/secrets.ts';

const KEY = 'scale-out-start-instructor-key';

const cleanup: (() => Promise<void> | void)[] = [];
let redis: RedisService;

beforeAll(async () => {
  redis = await startRedis();
  cleanup.push(() => redis.stop());
}, 30_000);

afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
}, 30_000);

/** A process sharing the classroom through the test's Redis (each with its own SQLite file). */
async function serve(env: NodeJS.ProcessEnv = {}): Promise<{ url: string; output(): string }> {
  const dataDir = tempDir('accord-start-');
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await serveSharing({ dataDir, redisUrl: redis.url, key: KEY, env });
  cleanup.push(server.kill);
  return server;
}

it(
  'a process with another instructor key refuses to start, and a passed instructor’s question must prove the key',
  {
    timeout: 60_000,
  },
  async () => {
    const a = await serve();
    await expect(serve({ ACCORD_INSTRUCTOR_KEY: 'another-instructor-key-0001' })).rejects.toThrow(
      /ACCORD_INSTRUCTOR_KEY differs from the key of the 1 other server process\(es\) already sharing ACCORD_REDIS_URL: give every process the same key\./,
    );

    // A class on A, then a class-wide command passed to A over Redis as a process with another key would.
    const made = await fetch(`${a.url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ scenario: 'care-data', human: ['gps'], tables: 1 }),
    });
    expect(made.status).toBe(201);
    const cls = ((await made.json()) as { class: ClassSummary }).class;
    // Shut down before the later tests restart Redis: a client left connected rejects unheard then.
    const presence = new RedisPresence(redis.url);
    try {
      const [channel] = await presence.channels('accord:peer:*');
      const ask = (question: string, args: unknown[]) =>
        requestFromIPC<unknown>(presence, channel!, question, args, 2000);
      for (const proof of ['0'.repeat(64), undefined])
        expect(await ask('class-command', [cls.id, { command: 'end' }, 'fr', proof])).toEqual({
          status: 403,
          body: { error: 'Ce n’est pas la clé de formateur affichée par le serveur.' },
        });
      expect(await ask('class-export', [cls.id, 'json', 'en', 'x'])).toMatchObject({ status: 403 });
      // Nothing listed for a question without the key, only the refusal.
      expect(await ask('classes', ['en', 'x'])).toEqual({
        status: 403,
        body: { error: 'This is not the instructor key printed by the server.' },
      });
    } finally {
      await presence.shutdown();
    }
    // Nothing was ended: the class still plays.
    const tables = await fetch(`${a.url}/api/tables`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(((await tables.json()) as { tables: TableSummary[] }).tables.map((t) => t.phase)).toEqual(['waiting']);
  },
);

it(
  'an instructor’s question captured on Redis and sent again, to another process, or with its time stamp changed, is refused with a sentence',
  { timeout: 60_000 },
  async () => {
    const [a, b] = [await serve(), await serve()];
    const instructor = (p: { url: string }, path: string, body?: unknown) =>
      fetch(p.url + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'accept-language': 'fr' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const made = await instructor(a, '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 });
    const cls = ((await made.json()) as { class: ClassSummary }).class;
    const phases = async () =>
      ((await (await instructor(a, '/api/tables')).json()) as { tables: TableSummary[] }).tables
        .filter((t) => t.id === cls.tables[0]!.id)
        .map((t) => t.phase);
    const presence = new RedisPresence(redis.url);
    try {
      // Someone reading Redis: every question passed to A, as it travels.
      const holder = await (async () => {
        for (const c of await presence.channels('accord:peer:*')) {
          const answer = await requestFromIPC<unknown>(presence, c, 'class-lookup', [cls.code, 'en'], 2000);
          if ((answer as { status: number }).status === 200) return c;
        }
        throw new Error(`No process answers for class ${cls.code}`);
      })();
      const seen: [string, string, unknown[]][] = [];
      await presence.subscribe(holder, (m: [string, string, unknown[]]) => seen.push(m));
      // Fresh questions passed from B to A pass: the class starts, pauses and resumes.
      for (const command of ['start', 'pause', 'resume'])
        expect((await instructor(b, `/api/classes/${cls.id}/command`, { command })).status).toBe(200);
      expect(await phases()).toEqual(['playing']);
      const pause = seen.find(([q, , args]) => q === 'class-command' && JSON.stringify(args).includes('pause'));
      expect(pause).toBeDefined();
      const [, , captured] = pause!;

      // The same question sent again: refused, the table plays on.
      expect(await requestFromIPC<unknown>(presence, holder, 'class-command', captured, 2000)).toEqual({
        status: 409,
        body: {
          error:
            'Le processus du serveur qui détient ceci a refusé la requête\u202f: il avait déjà reçu cette même requête (une copie renvoyée par Redis). Rien n’a été fait deux fois.',
        },
      });
      // With a time stamp and nonce made fresh: its proof no longer matches.
      const stamp = captured.at(-1) as { at: number; nonce: string; proof: string };
      const tampered = [...captured.slice(0, -1), { ...stamp, at: Date.now(), nonce: 'fresh-nonce-0001' }];
      expect(await requestFromIPC<unknown>(presence, holder, 'class-command', tampered, 2000)).toEqual({
        status: 403,
        body: { error: 'Ce n’est pas la clé de formateur affichée par le serveur.' },
      });
      // Sent to B instead, which has not seen its nonce (as a process that took the class over would not have):
      // refused, as the question was sent to A. B answered 404 (it holds no class), having passed the proof.
      const other = (await presence.channels('accord:peer:*')).find((c) => c !== holder);
      expect(await requestFromIPC<unknown>(presence, other!, 'class-command', captured, 2000)).toEqual({
        status: 409,
        body: {
          error:
            'Le processus du serveur qui détient ceci a refusé la requête\u202f: elle avait été envoyée à un autre processus du serveur (une copie renvoyée par Redis). Rien n’a été fait.',
        },
      });
      expect(await phases()).toEqual(['playing']);
      expect(a.output()).toContain(
        'Refused an instructor\'s "class-command" passed by another server process: The server process holding this refused the request: it had already received this very request (a copy sent again through Redis). Nothing was done twice.',
      );
      // A fresh one still passes.
      expect((await instructor(b, `/api/classes/${cls.id}/command`, { command: 'pause' })).status).toBe(200);
      expect(await phases()).toEqual(['paused']);
    } finally {
      await presence.shutdown();
    }
  },
);

it('a process given the address of a running one refuses to start, naming it', { timeout: 60_000 }, async () => {
  const a = await serve();
  const address = new URL(a.url).host;
  await expect(serve({ ACCORD_PUBLIC_ADDRESS: address.toUpperCase() + '/' })).rejects.toThrow(
    `ACCORD_PUBLIC_ADDRESS ${address.toUpperCase()}/ is already the address of another running server process: give each process its own (where devices reach it).`,
  );
});

/** The text a process of the previous version (1) proved at start-up: no version in it. */
const helloOfVersion1 = (nonce: string, at: number, address: string) =>
  `hello:${nonce}:${at}:${JSON.stringify(address)}`;

it(
  'a process starting beside one of an older version refuses, naming the version, not the key',
  { timeout: 60_000 },
  async () => {
    // A process of version 1 with the same key, as it answered: its proof on the nonce, its clock and address.
    const presence = new RedisPresence(redis.url);
    try {
      await subscribeIPC(presence, 'accord:peer:version-one', (question: string, args: unknown[]) => {
        if (question !== 'hello') return { status: 404, body: { error: 'not here' } };
        const at = Date.now();
        return {
          proof: keyProof(KEY, helloOfVersion1(String(args[0]), at, '127.0.0.1:1')),
          address: '127.0.0.1:1',
          at,
        };
      });
      // It started beside it (its proof matched), and then every instructor's question between them was refused.
      await expect(serve()).rejects.toThrow(
        'Another server process already sharing ACCORD_REDIS_URL (at 127.0.0.1:1) runs an older version of Accord: give every process the same version.',
      );
    } finally {
      await presence.shutdown();
    }
  },
);

it(
  'a process of an older version starting beside this one is refused, and this one says the cause is its version',
  { timeout: 60_000 },
  async () => {
    const a = await serve();
    const presence = new RedisPresence(redis.url);
    try {
      const channels = await presence.channels('accord:peer:*');
      // As a process of version 1 asks at its start: the nonce alone.
      const answers = await Promise.all(
        channels.map((c) =>
          requestFromIPC<{ proof: string; at: number; address: string }>(presence, c, 'hello', ['nonce-of-v1'], 2000),
        ),
      );
      // Its check fails (it then says that ACCORD_INSTRUCTOR_KEY differs: the only reason it knows)…
      for (const x of answers) expect(x.proof).not.toBe(keyProof(KEY, helloOfVersion1('nonce-of-v1', x.at, x.address)));
      // …and the running process says why.
      await vi.waitFor(() =>
        expect(a.output()).toContain(
          'A server process of an older version of Accord is starting on ACCORD_REDIS_URL and will refuse to start: it says that ACCORD_INSTRUCTOR_KEY differs, but the cause is its version (it cannot tell versions apart). Give every process the same version.',
        ),
      );
    } finally {
      await presence.shutdown();
    }
  },
);

it(
  'a process whose Redis does not answer refuses to start within seconds, with one sentence',
  { timeout: 30_000 },
  async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const exited = await serve({ ACCORD_REDIS_URL: nowhere }).then(
      () => null,
      (e: ServerExited) => e,
    );
    // Timed from the process's first line, not from its spawn: the refusal must not wait on Redis's retries, and a
    // loaded machine's seconds starting Node are not the server's (10.2 s from spawn at a load of 20).
    expect(exited).toBeInstanceOf(ServerExited);
    expect(exited!.printingMs).toBeLessThan(10_000);
    const refused = exited!.message;
    // serveInChild gives everything the process printed after its first line (a test runs without the built game).
    const printed = refused
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '' && !l.startsWith('No built game'));
    expect(printed).toEqual([
      `The Redis server ${nowhere} cannot be used (connect ECONNREFUSED ${nowhere.slice(8)}). Check ACCORD_REDIS_URL and that Redis is running and reachable from this machine.`,
    ]);
  },
);

it(
  'after Redis restarts empty, devices join the tables that existed before, through any process',
  { timeout: 60_000 },
  async () => {
    const [a, b] = [await serve(), await serve()];
    const made = await fetch(`${a.url}/api/tables`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ scenario: 'care-data', parties: {} }),
    });
    const table = ((await made.json()) as { table: TableSummary }).table;
    await redis.restart(2000);
    for (const p of [a, b]) {
      // The processes reconnect to Redis by themselves within a few seconds.
      const projector = await vi.waitFor(() => Device.join(p.url, table.id, { role: 'projector', code: table.code }), {
        timeout: 20_000,
        interval: 500,
      });
      await projector.leave();
    }
  },
);

it(
  'while Redis is away, the table list is refused with a sentence and every process goes on',
  { timeout: 90_000 },
  async () => {
    // Their Redis clients give up on the commands they queued after 2 reconnection attempts (ACCORD_REDIS_RETRIES),
    // about 0.3 s, then again every second or so, instead of ioredis's 20 (about 10.5 s: Redis had to stay away 20 s).
    // (ioredis's debug lines of its connections say when it gives up on them: checked below.)
    const retries = { ACCORD_REDIS_RETRIES: '2', DEBUG: 'ioredis:connection' };
    const [a, b] = [await serve(retries), await serve(retries)];
    const tables = (p: { url: string }) =>
      fetch(`${p.url}/api/tables`, { headers: { authorization: `Bearer ${KEY}`, 'accept-language': 'fr' } });
    // Away long enough for the commands Colyseus queued to fail, several times over.
    const back = redis.restart(4000);
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const refused = await tables(b);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      error:
        'Les processus du serveur ne peuvent pas se joindre en ce moment (Redis ne répond pas)\u202f: réessayez dans un instant.',
    });
    await back;
    for (const p of [a, b])
      expect(p.output()).toContain('reach maxRetriesPerRequest limitation, flushing command queue');
    for (const p of [a, b])
      await vi.waitFor(async () => expect((await tables(p)).status).toBe(200), { timeout: 20_000, interval: 500 });
  },
);
