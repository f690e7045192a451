/**
 * A school runs one server from morning to evening, class after class. A table that is over keeps its
 * room while devices read its debrief, and lets it go a minute after they have left (0.6 s here, at timeScale
 * 0.01): its room (with the timer Colyseus runs for every room), and the classroom's hold on it. Its class keeps
 * it for the board and the export.
 */
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { ROOM_NAME } from '../../src/protocol/index.ts';
import type { ClassPlacement, ClassSummary, TableSummary } from '../../src/protocol/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

const tableRooms = async () => (await matchMaker.query({ name: ROOM_NAME })).map((r) => r.roomId).sort();
const listed = async () =>
  ((await server.api('GET', '/api/tables')).body.tables as TableSummary[]).map((t) => t.id).sort();

it('a table that is over lets its room go once its last device has left, not before', async () => {
  const t = await server.twoSeatTable();
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
  const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
  await ana.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
  await projector.next('public', (u) => u.table.phase === 'ended');

  // Devices still read the debrief: the room stays.
  await Promise.all([ana.leave(), ben.leave()]);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await tableRooms()).toEqual([t.id]);
  expect(await listed()).toEqual([t.id]);

  // The last device leaves; a trainee reloading the debrief a moment later still finds the table.
  const seatKey = (await ana.next('welcome')).seat!.seatKey;
  await projector.leave();
  const reloaded = await server.join(t.roomId, { role: 'seat', code: t.code, seatKey });
  expect((await reloaded.next('seat')).table.phase).toBe('ended');
  await reloaded.leave();
  await expect.poll(tableRooms, { timeout: 10_000 }).toEqual([]);
  expect(await listed()).toEqual([]);
  expect(server.server.classroom.session(t.id)).toBeNull();
});

it("a class's tables let their rooms go once over and left; the class's board and export still read them", async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 2, roster: ['Ana', 'Bo'] },
  });
  expect(made.status).toBe(201);
  const cls = made.body.class as ClassSummary;
  const join = async (name: string) => {
    const p = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
      .body as unknown as ClassPlacement;
    return server.join(p.roomId, { role: 'seat', code: p.code, seatKey: p.seatKey! });
  };
  const devices = [await join('Ana'), await join('Bo')];
  await devices[0]!.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  const ids = cls.tables.map((t) => t.id).sort();
  const ours = (all: string[]) => all.filter((id) => ids.includes(id));
  expect(ours(await tableRooms())).toEqual(ids);

  await Promise.all(devices.map((d) => d.leave()));
  await expect.poll(async () => ours(await tableRooms()), { timeout: 10_000 }).toEqual([]);
  expect(ours(await listed())).toEqual([]);
  const board = (await server.api('GET', '/api/classes')).body.classes as ClassSummary[];
  expect(board.map((c) => c.id)).toEqual([cls.id]);
  const csv = await server.api('GET', `/api/classes/${cls.id}/export.csv`);
  expect(csv.status).toBe(200);
  expect(
    String(csv.body.text)
      .split('\n')
      .filter((l) => /^(Ana|Bo),/.test(l)),
  ).toHaveLength(2);
});

it("a class's table over while others negotiate keeps its room for its devices to come back to the debrief", async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 2, roster: ['Ana', 'Bo'] },
  });
  expect(made.status).toBe(201);
  const cls = made.body.class as ClassSummary;
  const placed = async (name: string) =>
    (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
      .body as unknown as ClassPlacement;
  const ana = await placed('Ana');
  const bo = await placed('Bo');
  const anaPhone = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await anaPhone.next('seat', (u) => u.table.phase === 'playing');
  // Ana's table ends; Bo's still negotiates. Ana's phone sleeps (its connection gone) well past the minute.
  expect((await server.command(ana.tableId, { command: 'end' })).status).toBe(200);
  await anaPhone.next('seat', (u) => u.held !== undefined);
  await anaPhone.leave();
  await new Promise((r) => setTimeout(r, 2000));
  expect(await tableRooms()).toContain(ana.tableId);
  // Bo's table ends: the phone wakes to the full debrief; once it has gone, the rooms go too.
  expect((await server.command(bo.tableId, { command: 'end' })).status).toBe(200);
  const woken = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  expect((await woken.next('seat', (u) => u.result?.debrief !== null && u.result?.debrief !== undefined)).held).toBe(
    undefined,
  );
  await woken.leave();
  await expect
    .poll(async () => (await tableRooms()).filter((id) => id === ana.tableId || id === bo.tableId), {
      timeout: 10_000,
    })
    .toEqual([]);
});
