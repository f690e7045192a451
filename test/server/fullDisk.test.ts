/**
 * A full disk under the classroom (a teacher's laptop, a small school server): every write the
 * store refuses is answered with a sentence saying why, nothing changes, nothing half-made is left
 * (a class is stored whole or not at all), the terminal hears it once a minute rather than per
 * phone, and play goes on once space is freed.
 *
 * The store's writes fail with the error SQLite itself raises when it cannot grow (caught from a
 * real database held to its size in `diskFullError`), through the store's own methods: the same
 * path a full disk takes (checked by hand on a 2 MB tmpfs, which a test cannot mount).
 */
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { TestServer } from './harness.ts';
import type { ClassPlacement, ClassSummary, TableSummary, WorksheetAnswers } from '../../src/protocol/index.ts';
import { TableStore } from '../../src/server/tableStore.ts';
import { guardedStore, isDiskFull, StoreWriteError } from '../../src/server/storeFailure.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import type { ClassroomStore } from '../../src/server/classroomStore.ts';

/** The error SQLite raises when the database cannot grow (SQLITE_FULL), from a real database. */
function diskFullError(): Error {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE t (x BLOB); PRAGMA max_page_count = 2;');
  try {
    db.prepare('INSERT INTO t VALUES (?)').run(new Uint8Array(100_000));
  } catch (e) {
    return e as Error;
  } finally {
    db.close();
  }
  throw new Error('SQLite stored 100 kB in two pages');
}

const FULL = diskFullError();
const WRITES = ['insertTable', 'saveClass', 'appendAction', 'updatePhase', 'updateControllers', 'saveSeat'] as const;
/** The store's writes that fail now, as on a full disk. */
const failing = new Set<(typeof WRITES)[number]>();

const errors = vi.spyOn(console, 'error');
const servers: TestServer[] = [];

beforeAll(() => {
  for (const name of WRITES) {
    const write = TableStore.prototype[name] as (...args: unknown[]) => unknown;
    vi.spyOn(TableStore.prototype, name).mockImplementation(function (this: TableStore, ...args: unknown[]) {
      if (failing.has(name)) throw FULL;
      return write.apply(this, args);
    } as never);
  }
});
afterEach(() => {
  failing.clear();
  errors.mockClear();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  vi.restoreAllMocks();
});

async function start(dataDir?: string): Promise<TestServer> {
  const s = await TestServer.start({ timeScale: 0.01, ...(dataDir ? { dataDir } : {}) });
  servers.push(s);
  return s;
}

const DISK_FULL = /the disk holding its data \(.*accord\.sqlite\) is full\. Nothing changed\. Free some space there/;

it('tells a full disk from other store errors, by SQLite’s code or PostgreSQL’s words', () => {
  expect(FULL.message).toBe('database or disk is full');
  expect(isDiskFull(FULL)).toBe(true);
  expect(new StoreWriteError(FULL).full).toBe(true);
  expect(isDiskFull(new Error('could not extend file "base/16384/16390": No space left on device'))).toBe(true);
  expect(isDiskFull(Object.assign(new Error('database is locked'), { errcode: 5 }))).toBe(false);
  expect(new StoreWriteError(new Error('database is locked')).full).toBe(false);
});

it('reports a failing store on the terminal at most once a minute, and passes the reads through', () => {
  let now = 0;
  const lines: string[] = [];
  const store = {
    location: '/srv/accord.sqlite',
    appendAction: () => {
      throw FULL;
    },
    classes: () => [{ id: 'c1', data: '{}' }],
  } as unknown as ClassroomStore;
  const guarded = guardedStore(
    store,
    (l) => lines.push(l),
    () => now,
  );
  for (now = 0; now < 150_000; now += 5_000)
    expect(() => guarded.appendAction('t', 1, '{}', now)).toThrow(StoreWriteError);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe(
    "The classroom's store (/srv/accord.sqlite) is full: moves, seats and new tables are refused, with a sentence, until space is freed there. Nothing stored is lost.",
  );
  expect(guarded.classes()).toEqual([{ id: 'c1', data: '{}' }]);
});

it(
  'a full disk refuses a move, a seat, a new table, a class and a command, each with a sentence; play goes on once space is freed',
  { timeout: 30_000 },
  async () => {
    const server = await start();
    const table = await server.createTable({ scenario: 'ocap-research-agreement', parties: {} });
    expect((await server.command(table.id, { command: 'start' })).status).toBe(200);
    const ana = await server.join(table.roomId, { role: 'seat', code: table.code, name: 'Ana', party: 'council' });
    await ana.next('seat', (u) => u.table.phase === 'playing');
    const session = server.server.classroom.session(table.id)!;

    for (const w of WRITES) failing.add(w);
    await expect(
      server.join(table.roomId, { role: 'seat', code: table.code, name: 'Ben', party: 'university' }),
    ).rejects.toThrow(
      'The server could not store your seat (its disk is full: tell your instructor); nothing changed: try again in a moment.',
    );
    ana.act({ type: 'pass', party: 'council' });
    expect((await ana.next('refused')).reason).toBe(
      'The server could not store this move (its disk is full: tell your instructor); nothing changed: try again.',
    );
    expect(session.state.moves).toBe(0);

    const newTable = await server.api('POST', '/api/tables', {
      body: { scenario: 'ocap-research-agreement', parties: {} },
    });
    expect(newTable.status).toBe(507);
    expect(newTable.body.error).toMatch(DISK_FULL);
    const newClass = await server.api('POST', '/api/classes', {
      body: { scenario: 'ocap-research-agreement', human: ['council'], tables: 3 },
    });
    expect(newClass.status).toBe(507);
    expect(newClass.body.error).toMatch(DISK_FULL);
    const pause = await server.command(table.id, { command: 'pause' });
    expect(pause.status).toBe(409);
    expect(pause.body.error).toMatch(DISK_FULL);
    const computer = await server.command(table.id, { command: 'computer', party: 'university' });
    expect(computer.body.error).toMatch(DISK_FULL);
    expect(session.phase).toBe('playing');
    expect(session.controller('university')).toEqual({ kind: 'human' });
    expect(session.state.status).toBe('running');
    expect(((await server.api('GET', '/api/tables')).body.tables as TableSummary[]).length).toBe(1);
    // The terminal heard it once, not once per refusal; no stack trace of an "unexpected" error.
    const said = errors.mock.calls.map((c) => String(c[0]));
    expect(said.filter((l) => /is full: moves, seats and new tables are refused/.test(l))).toHaveLength(1);
    expect(said.filter((l) => /database or disk is full/.test(l))).toEqual([]);

    failing.clear();
    ana.act({ type: 'pass', party: 'council' });
    await ana.next('seat', (u) => u.table.moves === 1);
    const ben = await server.join(table.roomId, { role: 'seat', code: table.code, name: 'Ben', party: 'university' });
    expect((await ben.next('welcome')).seat?.party).toBe('university');
    expect((await server.command(table.id, { command: 'pause' })).status).toBe(200);
    await Promise.all([ana.leave(), ben.leave()]);
  },
);

it('a class is stored whole or not at all: a disk that fills up midway leaves no tables behind', async () => {
  const server = await start();
  // The tables fit, the class's own record does not: the tables go with it.
  failing.add('saveClass');
  const body = { scenario: 'ocap-research-agreement', human: ['council'], tables: 3 };
  expect((await server.api('POST', '/api/classes', { body })).status).toBe(507);
  expect((await server.api('GET', '/api/tables')).body.tables).toEqual([]);
  expect((await server.api('GET', '/api/classes')).body.classes).toEqual([]);
  await server.server.close();
  const again = await start(server.dataDir);
  expect(again.server.restored).toBe(0);
  failing.clear();
  expect((await again.api('POST', '/api/classes', { body })).status).toBe(201);
  expect(((await again.api('GET', '/api/tables')).body.tables as TableSummary[]).length).toBe(3);
});

it('a trainee joins a class while its record cannot be written; a worksheet that cannot be kept is refused, not half-kept', async () => {
  const server = await start();
  const scenario = new ScenarioLibrary().find('autonomous-vehicle-data')!.scenario;
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: scenario.id, human: ['federal-regulator'], tables: 1, roster: ['Ana'], pace: 0 },
  });
  const cls = made.body.class as ClassSummary;
  failing.add('saveClass');
  // Her seat is stored (its key brings her back); the class's record catches up with its next save.
  const joined = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
  expect(joined.status).toBe(200);
  const ana = joined.body as unknown as ClassPlacement;
  const device = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await device.next('welcome');
  const issues = scenario.issues.map((i) => i.id);
  const sheet: WorksheetAnswers = {
    batna: 'Our own rules.',
    priorities: [issues[0]!],
    reservation: 40,
    othersWant: {},
    answers: {},
  };
  device.room.send('worksheet', { party: 'federal-regulator', answers: sheet });
  expect((await device.next('refused')).reason).toBe(
    'The server could not keep your answers (its disk is full: tell your instructor): send them again in a moment.',
  );
  const member = () => server.server.classroom.classById(cls.id)!.summary().members[0]!;
  expect(member().worksheet).toBe(false);
  failing.clear();
  device.room.send('worksheet', { party: 'federal-regulator', answers: sheet });
  expect((await device.next('class-hour')).saved).toBe(true);
  expect(member()).toMatchObject({ joined: true, worksheet: true });
  await device.leave();
});

it('computer players wait while the disk is full, then play on', { timeout: 20_000 }, async () => {
  const server = await start();
  const scenario = new ScenarioLibrary().find('ocap-research-agreement')!.scenario;
  const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
  failing.add('appendAction');
  const table = await server.createTable({
    scenario: scenario.id,
    parties: Object.fromEntries(scenario.parties.map((p) => [p.id, computer])),
    pace: 0,
  });
  const session = server.server.classroom.session(table.id)!;
  const tries = vi.mocked(TableStore.prototype.appendAction);
  tries.mockClear();
  await new Promise((r) => setTimeout(r, 300));
  expect(session.state.moves).toBe(0);
  // Once per scaled second (10 ms here), not in a tight loop.
  expect(tries.mock.calls.length).toBeGreaterThan(0);
  expect(tries.mock.calls.length).toBeLessThan(60);
  failing.clear();
  for (let waited = 0; waited < 10_000 && session.state.moves === 0; waited += 50)
    await new Promise((r) => setTimeout(r, 50));
  expect(session.state.moves).toBeGreaterThan(0);
});
