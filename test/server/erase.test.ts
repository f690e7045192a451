/**
 * A school erases a class's personal data once it is done with it: `DELETE /api/classes/:id` erases the class
 * and all its tables (moves, seats, names, worksheets, reflections, seat and observer keys) from the SQLite
 * file, and the scenario text no other table uses; every device still connected is told in a sentence, and its
 * class code and seat keys then open nothing. Refused (409, a sentence) while a table is being played; a second
 * DELETE is a 404 with a sentence. `DELETE /api/tables/:id` does the same for a table outside any class.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { Device } from './harness.ts';
import { CLASS_ROOM_NAME, ROOM_NAME } from '../../src/protocol/index.ts';
import type { ClassPlacement, ClassServerMessages, ClassSummary, WorksheetAnswers } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import { DATABASE_FILE } from '../../src/server/startServer.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = 'federal-regulator';
/** Names no scenario text holds, to look for in the database's bytes. */
const NAMES = ['Zygmunt Quillfeather', 'Ottoline Brackenbury'];

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

/** A question to the data folder's SQLite file, on a connection of its own. */
function query<T>(sql: string, ...args: string[]): T[] {
  const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE), { readOnly: true });
  try {
    return db.prepare(sql).all(...args) as unknown as T[];
  } finally {
    db.close();
  }
}

/** The database's bytes, with its journal. */
function fileBytes(): string {
  const file = join(server.dataDir, DATABASE_FILE);
  return [file, `${file}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

async function newClass(roster: string[]): Promise<ClassSummary> {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: [HUMAN], tables: 2, roster, pace: 0, seed: 7 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.class as ClassSummary;
}

async function place(cls: ClassSummary, name: string): Promise<ClassPlacement> {
  const joined = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  return joined.body as unknown as ClassPlacement;
}

const classNext = <K extends keyof ClassServerMessages>(device: Device, type: K) =>
  device.next(type as never) as unknown as Promise<ClassServerMessages[K]>;

const rooms = async (name: string) => (await matchMaker.query({ name })).map((r) => r.roomId);

it(
  'erases a class that is over: its rooms close with a sentence, its codes and keys open nothing, its rows and names are gone',
  { timeout: 60_000 },
  async () => {
    // A table outside the class plays the same scenario: the text they share stays for it.
    const lone = await server.twoSeatTable();
    const cls = await newClass(NAMES);
    const [zyg, otto] = [await place(cls, NAMES[0]!), await place(cls, NAMES[1]!)];
    const seat = await server.join(zyg.roomId, { role: 'seat', code: zyg.code, seatKey: zyg.seatKey! });
    await seat.next('welcome');
    const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
    const sheet: WorksheetAnswers = {
      batna: 'Quillfeather keeps the crash data.',
      priorities: [scenario.issues[0]!.id],
      reservation: 40,
      othersWant: {},
      answers: {},
    };
    seat.room.send('worksheet', { party: HUMAN, answers: sheet });
    await seat.next('class-hour');
    const projector = await server.join(otto.roomId, { role: 'projector', code: otto.code });
    await projector.next('public');
    const board = await server.join(cls.id, { role: 'board', code: cls.code } as never);
    await classNext(board, 'board');
    const ended = await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } });
    expect(ended.status).toBe(200);
    const ids = cls.tables.map((t) => t.id);
    expect(query<{ n: number }>('SELECT COUNT(*) AS n FROM seats WHERE table_id IN (?, ?)', ...ids)[0]!.n).toBe(2);
    expect(fileBytes()).toContain('Quillfeather');

    const deleted = await server.api('DELETE', `/api/classes/${cls.id}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body).toEqual({ deleted: { tables: 2, trainees: 2 } });

    // Every device still connected is told why, and its room closes.
    const told =
      'The instructor deleted this class: its tables, names, worksheets and reflections are erased. This page can be closed.';
    expect((await seat.next('deleted')).reason).toBe(told);
    expect((await projector.next('deleted')).reason).toBe(told);
    expect((await classNext(board, 'deleted')).reason).toBe(told);
    await expect.poll(async () => (await rooms(ROOM_NAME)).filter((id) => ids.includes(id))).toEqual([]);
    await expect.poll(async () => (await rooms(CLASS_ROOM_NAME)).filter((id) => id === cls.id)).toEqual([]);

    // Gone from the lists; its class code, its tables' codes and the seat key open nothing.
    const classes = (await server.api('GET', '/api/classes')).body.classes as ClassSummary[];
    expect(classes.map((c) => c.id)).not.toContain(cls.id);
    expect((await server.api('GET', `/api/class/${cls.code}`, { key: null })).status).toBe(404);
    expect(
      (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: NAMES[0] }, key: null })).status,
    ).toBe(404);
    expect((await server.api('GET', `/api/join/${zyg.code}`, { key: null })).status).toBe(404);
    await expect(server.join(zyg.roomId, { role: 'seat', code: zyg.code, seatKey: zyg.seatKey! })).rejects.toThrow();
    expect((await server.api('GET', `/api/classes/${cls.id}/export.csv`)).status).toBe(404);

    // Its rows are gone from the file, and the names from its bytes; the scenario text stays for the other table.
    for (const [from, column] of [
      ['tables', 'id'],
      ['seats', 'table_id'],
      ['shared_seats', 'table_id'],
      ['actions', 'table_id'],
    ])
      expect(query(`SELECT 1 FROM ${from} WHERE ${column} IN (?, ?)`, ...ids)).toEqual([]);
    expect(query('SELECT 1 FROM classes WHERE id = ?', cls.id)).toEqual([]);
    expect(query('SELECT hash FROM scenario_texts')).toHaveLength(1);
    const bytes = fileBytes();
    for (const name of ['Quillfeather', 'Brackenbury']) expect(bytes).not.toContain(name);

    // A second DELETE: no such class, in a sentence.
    const again = await server.api('DELETE', `/api/classes/${cls.id}`);
    expect(again).toEqual({ status: 404, body: { error: 'There is no class with this id.' } });

    // The table outside any class, never started, goes too; then its scenario text, used by no table any more.
    const loneDeleted = await server.api('DELETE', `/api/tables/${lone.id}`);
    expect(loneDeleted.status, JSON.stringify(loneDeleted.body)).toBe(200);
    expect(query('SELECT 1 FROM tables WHERE id = ?', lone.id)).toEqual([]);
    expect(query('SELECT hash FROM scenario_texts')).toEqual([]);
    expect(await server.api('DELETE', `/api/tables/${lone.id}`)).toEqual({
      status: 404,
      body: { error: 'There is no table with this id: it may have been deleted already.' },
    });
  },
);

it('refuses, in a sentence, to erase a class or a table still being played, and a class’s table on its own', async () => {
  const cls = await newClass(['Ana', 'Bo']);
  const ana = await place(cls, 'Ana');
  const seat = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await seat.next('seat', (u) => u.table.phase === 'playing');

  const refused = await server.api('DELETE', `/api/classes/${cls.id}`);
  expect(refused).toEqual({
    status: 409,
    body: {
      error:
        'Table 1 of this class is still being played: end it (End all tables) before deleting the class. Nothing was erased.',
    },
  });
  expect((await server.api('DELETE', `/api/tables/${ana.tableId}`)).body).toEqual({
    error: `This table belongs to the class ${cls.code}: delete the class, which erases its tables with it. Nothing was erased.`,
  });
  const classes = (await server.api('GET', '/api/classes')).body.classes as ClassSummary[];
  expect(classes.map((c) => c.id)).toContain(cls.id);
  expect(query('SELECT 1 FROM classes WHERE id = ?', cls.id)).toHaveLength(1);
  expect(seat.count('deleted')).toBe(0);
  // Both tables played: said of both.
  const bo = await place(cls, 'Bo');
  const boSeat = await server.join(bo.roomId, { role: 'seat', code: bo.code, seatKey: bo.seatKey! });
  await boSeat.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.api('DELETE', `/api/classes/${cls.id}`)).body.error).toBe(
    'Tables 1 and 2 of this class are still being played: end them (End all tables) before deleting the class. Nothing was erased.',
  );

  const lone = await server.twoSeatTable();
  const a = await server.join(lone.roomId, { role: 'seat', code: lone.code, name: 'A', party: 'federal-regulator' });
  await server.join(lone.roomId, { role: 'seat', code: lone.code, name: 'B', party: 'neighbour-ministry' });
  await a.next('seat', (u) => u.table.phase === 'playing');
  expect(await server.api('DELETE', `/api/tables/${lone.id}`)).toEqual({
    status: 409,
    body: { error: `The table ${lone.code} is still being played: end it before deleting it. Nothing was erased.` },
  });
  // Once ended, it may go (its devices told).
  expect((await server.command(lone.id, { command: 'end' })).status).toBe(200);
  expect((await server.api('DELETE', `/api/tables/${lone.id}`)).body).toEqual({ deleted: { tables: 1, trainees: 2 } });
  expect((await a.next('deleted')).reason).toMatch(/^The instructor deleted this table/);
  // Without the instructor key, nothing.
  expect((await server.api('DELETE', `/api/classes/${cls.id}`, { key: null })).status).toBe(401);
});

it('lists the finished tables of no class kept on the server after their room has gone, so that they can be erased', async () => {
  const lone = await server.twoSeatTable();
  const a = await server.join(lone.roomId, { role: 'seat', code: lone.code, name: 'Ana', party: 'federal-regulator' });
  const b = await server.join(lone.roomId, { role: 'seat', code: lone.code, name: 'Ben', party: 'neighbour-ministry' });
  await a.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.command(lone.id, { command: 'end' })).status).toBe(200);
  const cls = await newClass(['Cy']);
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  await Promise.all([a.leave(), b.leave()]);
  // Its room gone a minute after its devices (0.6 s here), it is no longer in the live list…
  await expect
    .poll(async () => ((await server.api('GET', '/api/tables')).body.tables as { id: string }[]).map((t) => t.id))
    .not.toContain(lone.id);
  // …but kept, and listed as kept (a class's tables are not: they go with their class).
  const kept = (await server.api('GET', '/api/tables/kept')).body.tables as { id: string }[];
  expect(kept).toEqual([
    { id: lone.id, code: lone.code, title: lone.title, phase: 'ended', createdAt: lone.createdAt, trainees: 2 },
  ]);
  expect((await server.api('DELETE', `/api/tables/${lone.id}`)).body).toEqual({ deleted: { tables: 1, trainees: 2 } });
  expect((await server.api('GET', '/api/tables/kept')).body.tables).toEqual([]);
  expect(query('SELECT 1 FROM seats WHERE table_id = ?', lone.id)).toEqual([]);
  expect((await server.api('GET', '/api/tables/kept', { key: null })).status).toBe(401);
});
