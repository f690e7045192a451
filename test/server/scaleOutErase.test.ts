/**
 * Erasing a class when several server processes share the classroom (Redis and PostgreSQL): the DELETE reaches the
 * process holding the class through any process, as a class command does. The holder closes its rooms (its devices
 * told why), the rows go from PostgreSQL, and no process lists it or opens its code any more; a class whose table is
 * being played is refused with a sentence, whichever process is asked. A class that is over is listed once, though
 * every process started since it ended keeps a copy, and a process taking such a copy up reads the class as it is
 * now (a reflection kept by another process since), not as it was at its start.
 */
import { expect, it, vi } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { Device, TWO_SEAT_TABLE } from './harness.ts';
import { sharedClassroom } from './sharedClassroom.ts';
import { disposing } from '../../src/server/joinHold.ts';
import type { ClassServerMessages, ClassSummary } from '../../src/protocol/index.ts';

const KEY = 'scale-out-erase-instructor-key';
const shared = sharedClassroom(KEY);
const { api, rows, serveHere } = shared;
/** A process of its own; its address. */
const serve = async (name: string): Promise<string> => (await shared.serve(name)).url;

it(
  'a DELETE through another process erases the class its holder keeps, or is refused there while it is played',
  {
    timeout: 90_000,
  },
  async () => {
    const [a, b] = await Promise.all([serve('a'), serve('b')]);
    const made = await api(a, 'POST', '/api/classes', {
      scenario: 'ocap-research-agreement',
      human: ['council', 'university'],
      tables: 1,
      roster: ['Zygmunt', 'Ottoline'],
    });
    expect(made.status).toBe(201);
    const cls = made.body.class as ClassSummary;
    const played = (await api(a, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect((await api(b, 'POST', `/api/classes/${played.id}/command`, { command: 'start' })).status).toBe(200);

    // The console watches the class through B (its connection lands on A, which holds it).
    const console_ = await Device.join(b, cls.id, { role: 'instructor', instructorKey: KEY } as never);
    await console_.next('console' as never);

    // Refused while played, through B, with the holder's sentence; nothing erased.
    const refused = await api(b, 'DELETE', `/api/classes/${played.id}`);
    expect(refused).toEqual({
      status: 409,
      body: {
        error:
          'Table 1 of this class is still being played: end it (End all tables) before deleting the class. Nothing was erased.',
      },
    });
    expect(await rows('SELECT 1 FROM accord_classes WHERE id = $1', [played.id])).toHaveLength(1);

    // A class that never started: erased through B.
    const deleted = await api(b, 'DELETE', `/api/classes/${cls.id}`);
    expect(deleted).toEqual({ status: 200, body: { deleted: { tables: 1, trainees: 2 } } });
    const told = (await console_.next('deleted' as never)) as unknown as ClassServerMessages['deleted'];
    expect(told.reason).toMatch(/^The instructor deleted this class/);
    for (const url of [a, b]) {
      const listed = (await api(url, 'GET', '/api/classes')).body.classes as ClassSummary[];
      expect(listed.map((c) => c.id)).toEqual([played.id]);
      expect((await api(url, 'GET', `/api/class/${cls.code}`)).status).toBe(404);
    }
    const tableIds = cls.tables.map((t) => t.id);
    expect(await rows('SELECT 1 FROM accord_classes WHERE id = $1', [cls.id])).toEqual([]);
    expect(await rows('SELECT 1 FROM accord_tables WHERE id = ANY($1::text[])', [tableIds])).toEqual([]);
    // A class over, held by A, and listed from its record by a process started after: listed once.
    const ended = (await api(a, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect((await api(a, 'POST', `/api/classes/${ended.id}/command`, { command: 'end' })).status).toBe(200);
    const c = await serve('c');
    for (const url of [a, b, c]) {
      const seen = ((await api(url, 'GET', '/api/classes')).body.classes as ClassSummary[]).map((x) => x.id);
      expect(seen.filter((id) => id === ended.id)).toEqual([ended.id]);
    }
    // A reflection kept by the process holding the class after another process listed it from its record: that
    // process, taking the class up (its export), reads the class as it is now, not as it was when it started.
    const withRoster = (
      await api(a, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea'],
      })
    ).body.class as ClassSummary;
    const rhea = (await api(a, 'POST', `/api/class/${withRoster.code}/join`, { name: 'Rhea' })).body as unknown as {
      roomId: string;
      code: string;
      seatKey: string;
    };
    const seat = await Device.join(a, rhea.roomId, { role: 'seat', code: rhea.code, seatKey: rhea.seatKey });
    await seat.next('welcome');
    expect((await api(a, 'POST', `/api/classes/${withRoster.id}/command`, { command: 'end' })).status).toBe(200);
    await seat.next('seat', (u) => u.table.phase === 'ended');
    const d = await serve('d');
    seat.room.send('reflection', { party: 'federal-regulator', answers: { 'standard-role': 'focal' } });
    await seat.next('class-hour');
    const csv = await fetch(`${d}/api/classes/${withRoster.id}/export.csv`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(await csv.text()).toContain('It is a common reference both sides');
    await seat.leave();
    // Asked again, through A this time: gone, in a sentence.
    expect(await api(a, 'DELETE', `/api/classes/${cls.id}`)).toEqual({
      status: 404,
      body: { error: 'There is no class with this id.' },
    });
  },
);

it(
  'a class another process took up while its holder keeps it opens on every console, and its export there is current',
  { timeout: 90_000 },
  async () => {
    const a = await serve('a2');
    const cls = (
      await api(a, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea'],
      })
    ).body.class as ClassSummary;
    const rhea = (await api(a, 'POST', `/api/class/${cls.code}/join`, { name: 'Rhea' })).body as unknown as {
      roomId: string;
      code: string;
      seatKey: string;
    };
    const seat = await Device.join(a, rhea.roomId, { role: 'seat', code: rhea.code, seatKey: rhea.seatKey });
    await seat.next('welcome');
    expect((await api(a, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    await seat.next('seat', (u) => u.table.phase === 'ended');
    // D starts after the class ended (listed from its record) and takes it up for an export, A still holding it.
    const d = await serve('d2');
    const csv = async (url: string) =>
      (await fetch(`${url}/api/classes/${cls.id}/export.csv`, { headers: { authorization: `Bearer ${KEY}` } })).text();
    expect(await csv(d)).not.toContain('It is a common reference both sides');
    // A late reflection, kept by A: the export through D has it (D's copy taken up before did not).
    seat.room.send('reflection', { party: 'federal-regulator', answers: { 'standard-role': 'focal' } });
    await seat.next('class-hour');
    expect(await csv(d)).toContain('It is a common reference both sides');
    // The console opens the class through either process (D's own room of it refused every join: "seat
    // reservation expired").
    for (const url of [d, a, d]) {
      const console_ = await Device.join(url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
      const state = (await console_.next('console' as never)) as unknown as ClassServerMessages['console'];
      expect(JSON.stringify(state)).toContain('focal');
      await console_.leave();
    }
    await seat.leave();
  },
);

it(
  'lists as kept on the server only the finished tables of no class that no process holds any more',
  { timeout: 60_000 },
  async () => {
    const [a, b] = await Promise.all([serve('kept-a'), serve('kept-b')]);
    const made = await api(a, 'POST', '/api/tables', TWO_SEAT_TABLE);
    const table = made.body.table as { id: string; code: string; roomId: string };
    const seat = await Device.join(a, table.roomId, {
      role: 'seat',
      code: table.code,
      name: 'Ana',
      party: 'federal-regulator',
    } as never);
    await seat.next('welcome');
    expect((await api(a, 'POST', `/api/tables/${table.id}/command`, { command: 'end' })).status).toBe(200);
    // Over, its room still open on A (Ana reads its debrief): listed live through either process, not as kept
    // (through B it was both).
    for (const url of [a, b]) {
      const live = (await api(url, 'GET', '/api/tables')).body.tables as { id: string }[];
      expect(live.map((t) => t.id)).toContain(table.id);
      const kept = (await api(url, 'GET', '/api/tables/kept')).body.tables as { id: string }[];
      expect(kept.map((t) => t.id)).not.toContain(table.id);
    }
    await seat.leave();
  },
);

/**
 * Redis slow to answer this process: each room listing it asks for (whether another process has a class's room
 * open) is read at once but handed over only when the test says, as a loaded Redis or network would.
 */
function slowListings(): { release: () => void; restore: () => void } {
  const driver = matchMaker.driver as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const query = driver.query;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  driver.query = async (...args: unknown[]) => {
    const answer = await query.apply(driver, args);
    await gate;
    return answer;
  };
  return { release, restore: () => void (driver.query = query) };
}

it(
  'an export through a process that has just taken up a class another process holds is current, however slow Redis is',
  { timeout: 90_000 },
  async () => {
    const a = await serve('a3');
    const cls = (
      await api(a, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea'],
      })
    ).body.class as ClassSummary;
    const rhea = (await api(a, 'POST', `/api/class/${cls.code}/join`, { name: 'Rhea' })).body as unknown as {
      roomId: string;
      code: string;
      seatKey: string;
    };
    const seat = await Device.join(a, rhea.roomId, { role: 'seat', code: rhea.code, seatKey: rhea.seatKey });
    await seat.next('welcome');
    expect((await api(a, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    await seat.next('seat', (u) => u.table.phase === 'ended');
    // D starts after the class ended (listed from its record); A keeps the class's room.
    const d = await serveHere();
    const csv = async () =>
      (
        await fetch(`${d.url}/api/classes/${cls.id}/export.csv`, { headers: { authorization: `Bearer ${KEY}` } })
      ).text();
    const slow = slowListings();
    try {
      expect(await csv()).not.toContain('It is a common reference both sides');
      // A late reflection, kept by A, while D's question to Redis is on its way.
      seat.room.send('reflection', { party: 'federal-regulator', answers: { 'standard-role': 'focal' } });
      await seat.next('class-hour');
      const second = csv();
      await new Promise((r) => setTimeout(r, 300));
      slow.release();
      // Answered from D's copy taken up before the reflection, it lacked it.
      expect(await second).toContain('It is a common reference both sides');
    } finally {
      slow.release();
      slow.restore();
    }
    await seat.leave();
    // One server in this process at a time (Colyseus's matchmaker is the module's).
    await d.stop();
  },
);

it(
  'two processes taking up the same class at the same instant open one room of it, which every console joins',
  { timeout: 90_000 },
  async () => {
    // A class that is over, whose process has gone: no process has its room.
    const a = await shared.serve('a4');
    const cls = (await api(a.url, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    const d = await serveHere();
    const e = await serve('e4');
    const exportThrough = async (url: string) =>
      (await fetch(`${url}/api/classes/${cls.id}/export.json`, { headers: { authorization: `Bearer ${KEY}` } })).status;
    // D takes the class up and asks Redis whether a process has its room: none has. Before it opens its own, E
    // takes the class up, finds no room either, and opens one.
    const slow = slowListings();
    try {
      expect(await exportThrough(d.url)).toBe(200);
      expect(await exportThrough(e)).toBe(200);
      const listed = async () => (await matchMaker.driver.findOne({ roomId: cls.id }))?.processId ?? null;
      await expect.poll(listed, { timeout: 10_000 }).not.toBeNull();
    } finally {
      slow.release();
      slow.restore();
    }
    await new Promise((r) => setTimeout(r, 500));
    // Every console's join, through either process, reaches the class's one room (with two rooms of the class,
    // each refused: "seat reservation expired").
    for (const url of [d.url, e, d.url, e]) {
      let console_;
      try {
        console_ = await Device.join(url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
      } catch (err) {
        expect.fail(`a console's join through ${url === e ? 'E' : 'D'} was refused: ${(err as Error).message}`);
      }
      await console_.next('console' as never);
      await console_.leave();
    }
    await d.stop();
  },
);

it(
  'a console joining through a process just as the process holding the class lets its room go is served',
  { timeout: 90_000 },
  async () => {
    // A class that is over, whose process has gone.
    const a = await shared.serve('a5');
    const cls = (await api(a.url, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    const d = await serveHere();
    // As D takes the class up for the console, another process still holds it, and has just closed its room (no
    // listing): D's copy goes back on its shelf, and the room is nowhere.
    const hold = vi.spyOn(d.server.classroom.store, 'holdRoom').mockReturnValueOnce(false);
    try {
      let console_;
      try {
        console_ = await Device.join(d.url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
      } catch (err) {
        expect.fail(`refused: ${(err as Error).message}`);
      }
      await console_.next('console' as never);
      await console_.leave();
      expect(hold).toHaveBeenCalledTimes(2);
    } finally {
      hold.mockRestore();
    }
    await d.stop();
  },
);

it(
  'a console joining through another process just as the room of the process holding the class closes is served',
  { timeout: 90_000 },
  async () => {
    // A class that is over, whose process has gone.
    const a = await shared.serve('a6');
    const cls = (await api(a.url, 'POST', '/api/classes', { scenario: 'care-data', human: ['gps'], tables: 1 })).body
      .class as ClassSummary;
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    // D holds the class, its console open there (a minute lasts 60 ms on D); E, started since, lists it from its
    // record.
    const d = await serveHere({ timeScale: 0.001 });
    const e = await serve('e6');
    const asConsole = { role: 'instructor', instructorKey: KEY } as never;
    const first = await Device.join(d.url, cls.id, asConsole);
    await first.next('console' as never);
    // A console joins through E, which sees D's room listed; as E asks D for its place, D's last console leaves and
    // the room begins to close (its minute up) before D gives the place (or 1.5 s, if the room stays for it: E waits
    // 2 s for D's answer).
    const room = matchMaker.getLocalRoomById(cls.id) as unknown as {
      _reserveSeat: (...args: unknown[]) => Promise<unknown>;
    };
    const reserve = room._reserveSeat.bind(room);
    room._reserveSeat = async (...args: unknown[]) => {
      await first.leave();
      const end = Date.now() + 1500;
      while (!disposing(room as never) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return reserve(...args);
    };
    let console_;
    try {
      console_ = await Device.join(e, cls.id, asConsole);
    } catch (err) {
      expect.fail(`refused: ${(err as Error).message}`);
    }
    await console_.next('console' as never);
    await console_.leave();
    await d.stop();
  },
);
