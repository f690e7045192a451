/**
 * A table that is over lets its room go a minute after its last device has left (roomsReleased), and a restart
 * opens only open tables. A trainee whose phone slept past that minute, or who opens the debrief again later,
 * was told that no open table had the code: its result and the debrief were gone from every device. The code now
 * opens the table again (a class's table from its class, a table of no class from the store), until it is deleted.
 */
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TestServer } from './harness.ts';
import { ROOM_NAME } from '../../src/protocol/index.ts';
import type { ClassPlacement, ClassSummary, JoinLookup } from '../../src/protocol/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

const tableRooms = async () => (await matchMaker.query({ name: ROOM_NAME })).map((r) => r.roomId);

it('a table of no class, its room gone, opens again by its code with the seat’s result; so after a restart', async () => {
  const t = await server.twoSeatTable();
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
  const seatKey = (await ana.next('welcome')).seat!.seatKey;
  await ana.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
  await ana.next('seat', (u) => u.table.phase === 'ended');
  await Promise.all([ana.leave(), ben.leave()]);
  await expect.poll(async () => (await tableRooms()).includes(t.id), { timeout: 10_000 }).toBe(false);

  const lookup = await server.api('GET', `/api/join/${t.code}`, { key: null });
  expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
  expect((lookup.body as unknown as JoinLookup).phase).toBe('ended');
  const back = await server.join((lookup.body as unknown as JoinLookup).roomId, {
    role: 'seat',
    code: t.code,
    seatKey,
  });
  const update = await back.next('seat', (u) => u.result !== undefined && u.result !== null);
  expect(update.table.phase).toBe('ended');
  expect(update.result?.debrief).not.toBeNull();
  await back.leave();
  // It lets go again once left.
  await expect.poll(async () => (await tableRooms()).includes(t.id), { timeout: 10_000 }).toBe(false);

  // After a restart, the same.
  const dataDir = server.dataDir;
  await server.stop(false);
  server = await TestServer.start({ timeScale: 0.01, dataDir });
  const again = await server.api('GET', `/api/code/${t.code}`, { key: null });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  const projector = await server.join(t.id, { role: 'projector', code: t.code });
  expect((await projector.next('public')).table.phase).toBe('ended');
  await projector.leave();
});

it("a class's table, its room gone once the class released its debrief, opens again by its code", async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 1, roster: ['Ana'] },
  });
  const cls = made.body.class as ClassSummary;
  const ana = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null }))
    .body as unknown as ClassPlacement;
  const phone = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await phone.next('seat', (u) => u.table.phase === 'playing');
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  await phone.next('seat', (u) => u.table.phase === 'ended');
  await phone.leave();
  await expect.poll(async () => (await tableRooms()).includes(ana.tableId), { timeout: 10_000 }).toBe(false);

  const lookup = await server.api('GET', `/api/join/${ana.code}`, { key: null });
  expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
  const woken = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  const update = await woken.next('seat', (u) => u.result !== undefined && u.result !== null);
  expect(update.result?.debrief).not.toBeNull();
  await woken.leave();
});

it('a code that no table ever had is still unknown', async () => {
  expect((await server.api('GET', '/api/join/ZZZZZZ', { key: null })).status).toBe(404);
});

it('a wrong code is looked up by its code, not by reading every finished table the store keeps', async () => {
  const store = server.server.classroom.store;
  const read = vi.spyOn(store, 'overTables');
  try {
    expect((await server.api('GET', '/api/join/ZZZZZY', { key: null })).status).toBe(404);
    expect((await server.api('GET', '/api/code/ZZZZZX', { key: null })).status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  } finally {
    read.mockRestore();
  }
});

it('a device joining a finished table by its id as its room closes is served, not told the room is not found', async () => {
  const t = await server.twoSeatTable();
  const asProjector = { role: 'projector', code: t.code } as const;
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  await ana.next('welcome');
  expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
  await ana.next('seat', (u) => u.table.phase === 'ended');
  // /api/join has answered with the room's id; the device's join by that id is let through (classReady, which the
  // matchmaking guard asks of every join by id) just as the room, its last device gone a minute ago, closes: held
  // until the room is gone (or 4 s, if the room stays for it), then on to Colyseus.
  const classroom = server.server.classroom;
  const ready = classroom.classReady.bind(classroom);
  const lookup = await server.api('GET', `/api/join/${t.code}`, { key: null });
  expect(lookup.status).toBe(200);
  classroom.classReady = async (...args: Parameters<typeof ready>) => {
    const answer = await ready(...args);
    const end = Date.now() + 4000;
    while ((await tableRooms()).includes(t.id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return answer;
  };
  try {
    await ana.leave();
    let projector;
    try {
      projector = await server.join(t.roomId, asProjector);
    } catch (e) {
      expect.fail(`refused: ${(e as Error).message}`);
    }
    expect((await projector.next('public')).table.phase).toBe('ended');
    await projector.leave();

    // One let through as Colyseus has begun to dispose of the room: the table is opened again, in a new room.
    classroom.classReady = async (...args: Parameters<typeof ready>) => {
      void matchMaker.getLocalRoomById(t.id)?.disconnect();
      return ready(...args);
    };
    let again;
    try {
      again = await server.join(t.roomId, asProjector);
    } catch (e) {
      expect.fail(`refused: ${(e as Error).message}`);
    }
    expect((await again.next('public')).table.phase).toBe('ended');
    await again.leave();
  } finally {
    classroom.classReady = ready;
  }
});

it('a device joining a finished table by its id once its room has closed is served: the table is opened again', async () => {
  const t = await server.twoSeatTable();
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  await ana.next('welcome');
  expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
  await ana.next('seat', (u) => u.table.phase === 'ended');
  // /api/join has answered with the room's id; the room closes (its minute up) before the device's join reaches it.
  const lookup = await server.api('GET', `/api/join/${t.code}`, { key: null });
  expect(lookup.status).toBe(200);
  await ana.leave();
  await expect.poll(async () => (await tableRooms()).includes(t.id), { timeout: 10_000 }).toBe(false);
  let projector;
  try {
    projector = await server.join((lookup.body as unknown as JoinLookup).roomId, { role: 'projector', code: t.code });
  } catch (e) {
    expect.fail(`refused: ${(e as Error).message}`);
  }
  expect((await projector.next('public')).table.phase).toBe('ended');
  await projector.leave();
});

it('a finished table’s room kept open for a join that never reaches it closes a minute after the join is answered', async () => {
  const t = await server.twoSeatTable();
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  await ana.next('welcome');
  expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
  await ana.next('seat', (u) => u.table.phase === 'ended');
  await ana.leave();
  // A join let through as the room stood empty (a minute is 600 ms here): the room stays for it, past its minute.
  let answered: () => void = () => undefined;
  const answer = new Promise<void>((r) => (answered = r));
  expect(await server.server.classroom.classReady(t.id, answer)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await tableRooms()).toContain(t.id);
  // Colyseus answers it (the device gave up on the way): the room closes after its minute, not never.
  answered();
  await expect.poll(async () => (await tableRooms()).includes(t.id), { timeout: 10_000 }).toBe(false);
});
