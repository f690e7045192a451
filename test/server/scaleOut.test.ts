/**
 * Several server processes share one classroom (issue 18): Debian's Redis and PostgreSQL started for
 * the test, and three Accord processes (`npm run serve` as children) with ACCORD_REDIS_URL,
 * ACCORD_DATABASE_URL, their own ACCORD_PUBLIC_ADDRESS and one instructor key.
 *
 * Trainees join a table held by process A through process B (and their connections land on A); the
 * console lists and commands every process's tables through any of them. A is killed mid-game:
 * exactly one of B and C claims its table from PostgreSQL and restores it (at once, when a device asks for it), and the trainees rejoin
 * their seats with their seat keys through C, with nothing lost. Without Redis, health checks fail.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Device, tempDir } from './harness.ts';
import { startPostgres, startRedis } from '../support/services.ts';
import { serveSharing } from '../support/serverProcess.ts';
import type { Service } from '../support/services.ts';
import type { ClassLine, ClassPlacement, ClassSummary, JoinLookup, TableSummary } from '../../src/protocol/index.ts';

const KEY = 'scale-out-test-instructor-key';

interface Process {
  url: string;
  kill(): void;
  /** SIGSTOP, then SIGCONT: a process that holds its tables but answers nothing meanwhile. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
  /** What it has printed so far. */
  output(): string;
}

const cleanup: (() => Promise<void> | void)[] = [];
let redis: Service;
let postgres: Service;

beforeAll(async () => {
  const [r, pg] = await Promise.all([startRedis(), startPostgres()]);
  [redis, postgres] = [r, pg];
  // Each service stopped by its own closure: a later test that starts another Redis reassigns `redis`, and
  // a run filtered to that test (-t) left this one running.
  cleanup.push(
    () => r.stop(),
    () => pg.stop(),
  );
}, 60_000);

afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
}, 30_000);

async function serve(name: string): Promise<Process> {
  const dataDir = tempDir(`accord-${name}-`);
  const server = await serveSharing({
    dataDir,
    redisUrl: redis.url,
    key: KEY,
    env: {
      ACCORD_DATABASE_URL: postgres.url,
      // No claim rounds on a timer during the test: a dead process's table is claimed only because a
      // device asks for it (the on-demand claim that closes the gap before the next round).
      ACCORD_CLAIM_EVERY_MS: '3600000',
    },
  });
  cleanup.push(server.kill, () => rmSync(dataDir, { recursive: true, force: true }));
  return { url: server.url, kill: server.kill, signal: (s) => void server.child.kill(s), output: server.output };
}

async function api(p: Process, method: string, path: string, body?: unknown, language?: string) {
  const res = await fetch(p.url + path, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${KEY}`,
      ...(language ? { 'accept-language': language } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** This process's own figures from its Prometheus endpoint. */
async function metric(p: Process, name: string): Promise<number> {
  const text = await (await fetch(`${p.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name + ' '));
  if (!line) throw new Error(`No ${name} in:\n${text}`);
  return Number(line.slice(name.length + 1));
}

async function eventually<T>(what: string, probe: () => Promise<T | null>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it(
  'trainees join through another process, the console sees every table, and a killed process’s table is restored once with nothing lost',
  { timeout: 90_000 },
  async () => {
    const [a, b, c] = await Promise.all([serve('a'), serve('b'), serve('c')]);

    // A table on A, another on B; the console (through C) lists both and starts A's.
    const created = await api(a, 'POST', '/api/tables', {
      scenario: 'ocap-research-agreement',
      parties: { council: 'human', university: 'human' },
    });
    expect(created.status).toBe(201);
    const t = created.body.table as TableSummary;
    const other = (await api(b, 'POST', '/api/tables', { scenario: 'care-data', parties: {} })).body
      .table as TableSummary;
    const listed = (await api(c, 'GET', '/api/tables')).body.tables as TableSummary[];
    expect(listed.map((x) => x.code).sort()).toEqual([t.code, other.code].sort());
    expect((await api(c, 'POST', `/api/tables/${t.id}/command`, { command: 'start' })).status).toBe(200);
    expect((await api(c, 'POST', '/api/tables/t-none/command', { command: 'start' })).status).toBe(404);

    // Trainees find the table and join it through B; their connections land on A, which holds it.
    const lookup = (await api(b, 'GET', `/api/join/${t.code}`)).body as unknown as JoinLookup;
    expect(lookup).toMatchObject({ roomId: t.id, phase: 'playing' });
    expect((await api(b, 'GET', '/api/join/BCDFGH')).status).toBe(404);
    const ana = await Device.join(b.url, lookup.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'council' });
    const ben = await Device.join(b.url, lookup.roomId, {
      role: 'seat',
      code: t.code,
      name: 'Ben',
      party: 'university',
    });
    expect(await metric(a, 'accord_clients')).toBe(2);
    expect(await metric(b, 'accord_clients')).toBe(0);
    const anaKey = (await ana.next('welcome')).seat!.seatKey;
    const benKey = (await ben.next('welcome')).seat!.seatKey;
    ana.act({ type: 'pass', party: 'council' });
    await ben.next('seat', (u) => u.table.moves === 1);
    ben.act({ type: 'side-message', party: 'university', to: 'council', text: 'Kept across processes.' });
    const before = await ana.next('seat', (u) => u.table.moves === 2);
    expect(await metric(a, 'accord_actions_total')).toBe(2);

    // A class held by B answers through C: the console's list, the class code, a trainee's join (once),
    // a class-wide command and the exports. (Behind a proxy without sticky routing, any process answers.)
    const made = await api(b, 'POST', '/api/classes', {
      scenario: 'ocap-research-agreement',
      human: ['council', 'university'],
      tables: 1,
    });
    expect(made.status).toBe(201);
    const cls = made.body.class as ClassSummary;
    const classes = (await api(c, 'GET', '/api/classes')).body.classes as ClassSummary[];
    expect(classes.map((x) => x.code)).toEqual([cls.code]);
    expect((await api(c, 'GET', `/api/class/${cls.code}`)).body).toMatchObject({ id: cls.id, code: cls.code });
    expect((await api(c, 'GET', '/api/class/BCDFGH')).status).toBe(404);
    // The process that holds the class answers in the language of the request it was passed.
    const unnamed = await api(c, 'POST', `/api/class/${cls.code}/join`, { name: ' ' }, 'fr-FR');
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error).toBe('Saisissez votre nom pour rejoindre la classe.');
    const zoe = await api(c, 'POST', `/api/class/${cls.code}/join`, { name: 'Zoé' });
    expect(zoe.status).toBe(200);
    const placed = zoe.body as unknown as ClassPlacement;
    expect(placed).toMatchObject({ name: 'Zoé', tableId: cls.tables[0]!.id });
    const again = (await api(a, 'GET', '/api/classes')).body.classes as ClassSummary[];
    expect(again[0]!.members.filter((m) => m.name === 'Zoé')).toHaveLength(1);
    const zoeSeat = await Device.join(c.url, placed.roomId, {
      role: 'seat',
      code: placed.code,
      seatKey: placed.seatKey!,
    });
    expect((await zoeSeat.next('welcome')).seat).toMatchObject({ name: 'Zoé', party: placed.party });
    await zoeSeat.leave();
    const started = await api(c, 'POST', `/api/classes/${cls.id}/command`, { command: 'start' });
    expect(started.status).toBe(200);
    expect((await api(c, 'POST', '/api/classes/c-none/command', { command: 'start' })).status).toBe(404);
    const csv = await fetch(`${c.url}/api/classes/${cls.id}/export.csv`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(csv.headers.get('content-disposition')).toContain(`accord-class-${cls.code}.csv`);
    expect(await csv.text()).toContain('Zoé');
    expect((await api(c, 'GET', `/api/classes/${cls.id}/export.json`)).status).toBe(200);

    // A class on A too: nothing has moved yet.
    const onA = (await api(a, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect(onA.moved).toBeUndefined();
    // A page of the list through C gathers each process's share of it: the latest class (A's), then the older (B's).
    const latest = (await api(c, 'GET', '/api/classes?limit=1')).body;
    expect((latest.classes as ClassSummary[]).map((x) => x.code)).toEqual([onA.code]);
    const older = (await api(c, 'GET', `/api/classes?limit=1&before=${String(latest.earlier)}`)).body;
    expect((older.classes as ClassSummary[]).map((x) => x.code)).toEqual([cls.code]);
    expect(older.earlier).toBeUndefined();
    // Each class as its line, which B sent C: Zoé, who joined through C, counted, and no roster.
    expect((older.classes as ClassLine[])[0]).toMatchObject({ id: cls.id, trainees: { listed: 1, joined: 1 } });
    expect((older.classes as ClassLine[])[0]).not.toHaveProperty('members');
    expect(((await api(c, 'GET', '/api/tables')).body.tables as TableSummary[]).map((x) => x.moved)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);

    // A dies mid-game. Its devices would retry A's address: they rejoin elsewhere instead.
    for (const d of [ana, ben]) d.room.reconnection.enabled = false;
    const killedAt = Date.now();
    a.kill();
    // The first lookups may come before PostgreSQL has noticed A's connection closed.
    const restored = await eventually('The restore of the table on demand', async () => {
      const r = await api(c, 'GET', `/api/join/${t.code}`);
      return r.status === 200 ? (r.body as unknown as JoinLookup) : null;
    });
    expect(restored).toMatchObject({ roomId: t.id, phase: 'playing' });
    // Exactly one of B and C holds it: the console lists each table once.
    const after = (await api(b, 'GET', '/api/tables', undefined, 'fr')).body.tables as TableSummary[];
    expect(after.map((x) => x.code).sort()).toEqual(
      [t.code, other.code, cls.tables[0]!.code, onA.tables[0]!.code].sort(),
    );
    // The instructor reads which tables moved, and when (the server's clock, its time zone named), once each.
    const moved = after.find((x) => x.id === t.id)!;
    expect(moved.takenOverAt).toBeGreaterThanOrEqual(killedAt);
    const at = (locale: string) =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(
        moved.takenOverAt,
      );
    expect(moved.moved).toBe(
      `La table ${t.code} est passée à un autre processus du serveur à ${at('fr')}, après l’arrêt du processus qui la tenait\u202f; chaque coup que les participants ont vu est conservé.`,
    );
    expect(
      after
        .filter((x) => x.moved !== undefined)
        .map((x) => x.id)
        .sort(),
    ).toEqual([t.id, onA.tables[0]!.id].sort());
    const classesAfter = (await api(c, 'GET', '/api/classes')).body.classes as ClassSummary[];
    expect(classesAfter.find((x) => x.id === onA.id)?.moved).toEqual([
      `Table 1 moved to another server process at ${at('en')}, after the process holding it stopped; every move the trainees saw is kept.`,
    ]);
    expect(classesAfter.find((x) => x.id === cls.id)?.moved).toBeUndefined();
    // A page's lines say so too, as the whole list does.
    const linesAfter = (await api(c, 'GET', '/api/classes?limit=2')).body.classes as ClassLine[];
    expect(linesAfter.map((x) => [x.id, x.moved, x.tables])).toEqual(
      classesAfter.map((x) => [x.id, x.moved, x.tables]),
    );
    const playing = async (p: Process) => metric(p, 'accord_tables{phase="playing"}');
    // (B's own table still waits for its trainees; the class's table plays on B; the other one playing
    // is A's, restored by B or by C.)
    expect((await playing(b)) + (await playing(c))).toBe(2);
    const ana2 = await Device.join(c.url, t.id, { role: 'seat', code: t.code, seatKey: anaKey });
    expect((await ana2.next('welcome')).seat).toMatchObject({ party: 'council', name: 'Ana' });
    const seen = await ana2.next('seat');
    expect(seen.view).toEqual(before.view);
    expect(seen.view.sideMessages.map((m) => m.text)).toEqual(['Kept across processes.']);
    await expect(
      Device.join(c.url, t.id, { role: 'seat', code: t.code, name: 'Eve', party: 'university' }),
    ).rejects.toThrow(/already held by Ben/);
    const ben2 = await Device.join(c.url, t.id, { role: 'seat', code: t.code, seatKey: benKey });
    ben2.act({ type: 'pass', party: 'university' });
    expect((await ana2.next('seat', (u) => u.table.moves === 3)).table.active).not.toBe('university');

    const health = await fetch(`${c.url}/healthz`);
    expect(health.status).toBe(200);
    await Promise.all([ana2.leave(), ben2.leave()]);
    // Without Redis a process cannot route devices to other processes: its health check says so.
    await redis.stop();
    const down = await fetch(`${c.url}/healthz`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { problem: string }).problem).toMatch(/^Redis cannot be reached/);
    b.kill();
    c.kill();
  },
);

it(
  'a table whose process does not answer while it holds it is being restored, not unknown: 503 with Retry-After',
  {
    timeout: 60_000,
  },
  async () => {
    // The test before stopped Redis.
    const again = await startRedis();
    redis = again;
    cleanup.push(() => again.stop());
    const a = await serve('hold');
    const t = (await api(a, 'POST', '/api/tables', { scenario: 'care-data', parties: {} })).body.table as TableSummary;
    // A class held by a live process is that process's to show: another starting says nothing of it (it
    // printed "Class …: one of its tables cannot be restored (or another process holds it)" for each).
    const made = await api(a, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 });
    expect(made.status).toBe(201);
    const b = await serve('ask');
    const code = (made.body.class as ClassSummary).code;
    expect(((await api(b, 'GET', '/api/classes')).body.classes as ClassSummary[]).map((c) => c.code)).toContain(code);
    expect(b.output()).not.toContain('cannot be restored');
    // A holds the table's lock in PostgreSQL but answers nobody, as a process busy restoring tables does.
    a.signal('SIGSTOP');
    try {
      const res = await fetch(`${b.url}/api/code/${t.code}`, { headers: { 'accept-language': 'fr' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(await res.json()).toEqual({
        error: `La table ${t.code} est en cours de restauration par un autre processus du serveur\u202f: patientez un instant, la page réessaie.`,
      });
      expect((await api(b, 'GET', '/api/join/BCDFGH')).status).toBe(404);
    } finally {
      a.signal('SIGCONT');
    }
  },
);
