/**
 * A school's past classes no longer weigh on every start: a class whose every table is over keeps its summary's
 * other half with its record (its shelf), so a restarted server lists it without replaying its tables or opening
 * its room, and takes it up (tables replayed, room opened) when something asks for it: the console joining it from
 * the list, its class code, its export. A class stored before classes kept a shelf is taken up at start as before,
 * and given one.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { matchMaker } from '@colyseus/core';
import { afterEach, expect, it, vi } from 'vitest';
import { TestServer, tempDir } from './harness.ts';
import { CLASS_ROOM_NAME } from '../../src/protocol/index.ts';
import type { ClassServerMessages, ClassSummary } from '../../src/protocol/index.ts';
import { DATABASE_FILE } from '../../src/server/startServer.ts';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const classRooms = async () => (await matchMaker.query({ name: CLASS_ROOM_NAME })).map((r) => r.roomId);
const listed = async (s: TestServer) => (await s.api('GET', '/api/classes')).body.classes as ClassSummary[];
const takenUp = (s: TestServer) => s.server.classroom.classList().map((c) => c.id);

/** A class of two tables, Ana seated, ended; the list as it gave it then. */
async function endedClass(s: TestServer): Promise<{ cls: ClassSummary; before: ClassSummary[] }> {
  const made = await s.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 2, roster: ['Ana', 'Bo'] },
  });
  expect(made.status).toBe(201);
  const cls = made.body.class as ClassSummary;
  expect((await s.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null })).status).toBe(200);
  expect((await s.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  return { cls, before: await listed(s) };
}

async function restart(dataDir: string, timeScale?: number): Promise<TestServer> {
  await server?.stop(false);
  server = await TestServer.start({ dataDir, ...(timeScale === undefined ? {} : { timeScale }) });
  return server;
}

/** An ended class (`endedClass`), and the server started again on its data with a minute lasting 0.6 s. */
async function endedClassRestartedFast(): Promise<{ s: TestServer; cls: ClassSummary }> {
  const dataDir = tempDir();
  server = await TestServer.start({ dataDir });
  const { cls } = await endedClass(server);
  return { s: await restart(dataDir, 0.01), cls };
}

it('a class that is over is listed at start without being replayed or given a room, and opens on the first request', async () => {
  const dataDir = tempDir();
  server = await TestServer.start({ dataDir });
  const { cls, before } = await endedClass(server);

  let s = await restart(dataDir);
  expect(takenUp(s)).toEqual([]);
  expect(await classRooms()).toEqual([]);
  // Listed as before, field for field.
  expect(await listed(s)).toEqual(before);
  expect(takenUp(s)).toEqual([]);
  // The console opens it from the list, by its id: the room opens for it.
  const console_ = await s.join(cls.id, { role: 'instructor', instructorKey: s.server.instructorKey } as never);
  const state = (await console_.next('console' as never)) as unknown as ClassServerMessages['console'];
  expect(state.tables.map((t) => t.status.phase)).toEqual(['ended', 'ended']);
  expect(state.class).toEqual(before[0]);
  expect(await classRooms()).toEqual([cls.id]);
  await console_.leave();

  // Its class code takes it up too (the board, a trainee), as does its export.
  s = await restart(dataDir);
  expect(await classRooms()).toEqual([]);
  expect((await s.api('GET', `/api/class/${cls.code}`, { key: null })).status).toBe(200);
  expect(takenUp(s)).toEqual([cls.id]);
  await expect.poll(classRooms).toEqual([cls.id]);
  s = await restart(dataDir);
  const csv = await s.api('GET', `/api/classes/${cls.id}/export.csv`);
  expect(csv.status).toBe(200);
  expect(String(csv.body.text)).toMatch(/^Ana,1,/m);

  // A shelved class is erased as any other.
  s = await restart(dataDir);
  expect((await s.api('DELETE', `/api/classes/${cls.id}`)).body).toEqual({ deleted: { tables: 2, trainees: 2 } });
  expect(await listed(s)).toEqual([]);
});

it('a class stored before classes kept their shelf is taken up at start, given one, and left on its shelf after', async () => {
  const dataDir = tempDir();
  server = await TestServer.start({ dataDir });
  const { cls, before } = await endedClass(server);
  await server.stop(false);
  server = null;
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  db.prepare("UPDATE classes SET data = json_remove(data, '$.shelf') WHERE id = ?").run(cls.id);
  db.close();

  let s = await restart(dataDir);
  expect(takenUp(s)).toEqual([cls.id]);
  expect(await listed(s)).toEqual(before);
  s = await restart(dataDir);
  expect(takenUp(s)).toEqual([]);
  expect(await listed(s)).toEqual(before);
});

it('a class taken up goes back on its shelf a minute after its last device has left, and opens again when asked', async () => {
  const dataDir = tempDir();
  server = await TestServer.start({ dataDir });
  const { cls, before } = await endedClass(server);
  const csv = (await server.api('GET', `/api/classes/${cls.id}/export.csv`)).body.text;
  // A minute lasts 0.6 s here.
  const s = await restart(dataDir, 0.01);

  // Its board opened on the projector, then closed: the room stays while it watches, and a minute after.
  const board = await s.join(cls.id, { role: 'board', code: cls.code } as never);
  await board.next('board' as never);
  expect(takenUp(s)).toEqual([cls.id]);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await classRooms()).toEqual([cls.id]);
  await board.leave();
  await expect.poll(classRooms).toEqual([]);
  expect(takenUp(s)).toEqual([]);
  expect(s.server.classroom.isShelved(cls.id)).toBe(true);
  expect(await listed(s)).toEqual(before);

  // Its export takes it up again, the same to the byte; no device comes, and it goes back on the shelf.
  expect((await s.api('GET', `/api/classes/${cls.id}/export.csv`)).body.text).toBe(csv);
  expect(takenUp(s)).toEqual([cls.id]);
  await expect.poll(classRooms).toEqual([]);
  expect(takenUp(s)).toEqual([]);
  expect(await listed(s)).toEqual(before);
});

it('a console joining as the class room closes to go back on its shelf is served: the class is taken up again', async () => {
  const { s, cls } = await endedClassRestartedFast();
  const classroom = s.server.classroom;
  const asConsole = { role: 'instructor', instructorKey: s.server.instructorKey } as never;
  const first = await s.join(cls.id, asConsole);
  await first.next('console' as never);
  await first.leave();
  // The next console's request to join is let through (classReady) just as the room, left over, closes: held until
  // the class is back on its shelf (or 4 s, if the room stays for it), then on to Colyseus.
  const ready = classroom.classReady.bind(classroom);
  classroom.classReady = async (...args: Parameters<typeof ready>) => {
    const answer = await ready(...args);
    const end = Date.now() + 4000;
    while (!classroom.isShelved(cls.id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return answer;
  };
  let console_;
  try {
    console_ = await s.join(cls.id, asConsole);
  } catch (e) {
    // Colyseus's own words ('room "c…" not found') reached the console.
    expect.fail(`refused: ${(e as Error).message}`);
  }
  const state = (await console_.next('console' as never)) as unknown as ClassServerMessages['console'];
  expect(state.tables.map((t) => t.status.phase)).toEqual(['ended', 'ended']);
  expect(await classRooms()).toEqual([cls.id]);
  await console_.leave();

  // One let through as the room has begun to close (Colyseus disposing of it): the class is taken up again, in a new
  // room, and the console served there.
  classroom.classReady = async (...args: Parameters<typeof ready>) => {
    void matchMaker.getLocalRoomById(cls.id)?.disconnect();
    return ready(...args);
  };
  let again;
  try {
    again = await s.join(cls.id, asConsole);
  } catch (e) {
    expect.fail(`refused: ${(e as Error).message}`);
  }
  await again.next('console' as never);
  expect(await classRooms()).toEqual([cls.id]);
  await again.leave();
});

it('a class whose room closes goes back on its shelf though the store cannot let its room go', async () => {
  const { s, cls } = await endedClassRestartedFast();
  // As a shared store whose connection has just gone (the process then stops; PostgreSQL lets go by itself).
  const store = s.server.classroom.store as { releaseRoom?: (id: string) => void };
  store.releaseRoom = () => {
    throw new Error('Connection terminated');
  };
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const board = await s.join(cls.id, { role: 'board', code: cls.code } as never);
    await board.next('board' as never);
    await board.leave();
    await expect.poll(classRooms).toEqual([]);
    await expect.poll(() => s.server.classroom.isShelved(cls.id)).toBe(true);
    expect(String(errors.mock.calls.at(-1)?.[0])).toMatch(/could not be let go in the store \(Connection terminated\)/);
  } finally {
    errors.mockRestore();
    delete store.releaseRoom;
  }
});

it('a class taken up for a table opened again by its code goes back on its shelf with that table, its own room never opened', async () => {
  const { s, cls } = await endedClassRestartedFast();
  const classroom = s.server.classroom;
  const code = cls.tables[0]!.code;
  // The class's room cannot open this time (its creation refused): the class stays taken up for its table alone.
  const byId = vi.spyOn(classroom, 'classById').mockReturnValueOnce(null);
  const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const lookup = await s.api('GET', `/api/join/${code}`, { key: null });
    expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
    await expect.poll(() => said.mock.calls.some((c) => String(c[0]).includes('could not be opened'))).toBe(true);
  } finally {
    byId.mockRestore();
    said.mockRestore();
  }
  expect(await classRooms()).toEqual([]);
  expect(takenUp(s)).toEqual([cls.id]);
  const projector = await s.join(cls.tables[0]!.id, { role: 'projector', code } as never);
  await projector.next('public');
  await projector.leave();
  // Its table's room closes a minute after: the class goes back on its shelf with it.
  await expect.poll(() => takenUp(s), { timeout: 10_000 }).toEqual([]);
  expect(classroom.isShelved(cls.id)).toBe(true);
});

it('a class’s room already closing is not held for another process’s join: the class is taken up again there', async () => {
  server = await TestServer.start({ dataDir: tempDir() });
  const { cls } = await endedClass(server);
  const classroom = server.server.classroom;
  // Open here: held for the other process's device (peers.ts 'room-hold').
  expect(await classRooms()).toEqual([cls.id]);
  expect(await classroom.holdRoomFor(cls.id, 50)).toBe(true);
  // Once Colyseus has begun to dispose of it (its board still being let go), a device sent to it would be
  // refused: not held.
  const board = await server.join(cls.id, { role: 'board', code: cls.code } as never);
  await board.next('board' as never);
  const closing = matchMaker.getLocalRoomById(cls.id)!.disconnect();
  expect(await classroom.holdRoomFor(cls.id, 50)).toBe(false);
  await closing;
});
