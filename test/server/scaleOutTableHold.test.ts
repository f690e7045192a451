/**
 * A device joining a table through a process that does not have the table's room (several processes sharing the
 * classroom: Redis and PostgreSQL), as that room closes on the process that has it: a finished table's room closes a
 * minute after its last device has left. /api/join through B answers with the room's id (H's room, asked over
 * Redis); the device's join by that id through B reached H's room as it closed, and was refused with Colyseus's
 * error. H keeps its room open for the join, as it does for a join through itself (finishedTableReopened), and a table
 * whose room has gone is opened again.
 */
import { expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { Device, TWO_SEAT_TABLE } from './harness.ts';
import { sharedClassroom } from './sharedClassroom.ts';
import { disposing } from '../../src/server/joinHold.ts';
import type { ClassPlacement, ClassSummary, JoinLookup } from '../../src/protocol/index.ts';

const KEY = 'scale-out-table-hold-instructor-key';
const shared = sharedClassroom(KEY);
const { api } = shared;
/**
 * B, the process that has neither room: one for both tests, started with the first one's H (a process's start is
 * most of each test: 3-8 s here). Neither test reads anything of the other's on it: each makes its own table or
 * class, on an H of its own that it stops.
 */
let other: Promise<string> | undefined;
const processB = (): Promise<string> => (other ??= shared.serve('b').then((s) => s.url));

it(
  'a device joining a finished table through another process as the room of the process that has it closes is served',
  { timeout: 90_000 },
  async () => {
    // H has the table's room (a minute lasts 60 ms there); B is another process.
    const [h, b] = await Promise.all([shared.serveHere({ timeScale: 0.001 }), processB()]);
    const table = (await api(h.url, 'POST', '/api/tables', TWO_SEAT_TABLE)).body.table as {
      id: string;
      code: string;
    };
    const ana = await Device.join(h.url, table.id, {
      role: 'seat',
      code: table.code,
      name: 'Ana',
      party: 'federal-regulator',
    });
    await ana.next('welcome');
    expect((await api(h.url, 'POST', `/api/tables/${table.id}/command`, { command: 'end' })).status).toBe(200);
    await ana.next('seat', (u) => u.table.phase === 'ended');
    // Through B, /api/join answers with H's room.
    const lookup = await api(b, 'GET', `/api/join/${table.code}`);
    expect(lookup.status).toBe(200);
    expect((lookup.body as unknown as JoinLookup).roomId).toBe(table.id);
    const asProjector = { role: 'projector', code: table.code } as const;

    // The projector joins by that id through B. As B asks H's room for its place, Ana, its last device, leaves, and
    // the room begins to close (its minute up) before it gives the place (or 1.5 s, if the room stays for it: B waits
    // 2 s for H's answer).
    const room = matchMaker.getLocalRoomById(table.id) as unknown as {
      _reserveSeat: (...args: unknown[]) => Promise<unknown>;
    };
    const reserve = room._reserveSeat.bind(room);
    room._reserveSeat = async (...args: unknown[]) => {
      await ana.leave();
      const end = Date.now() + 1500;
      while (!disposing(room as never) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return reserve(...args);
    };
    let projector;
    try {
      projector = await Device.join(b, table.id, asProjector);
    } catch (err) {
      expect.fail(`refused: ${(err as Error).message}`);
    }
    expect((await projector.next('public')).table.phase).toBe('ended');
    await projector.leave();

    // The room closes after /api/join's answer and before the join by its id reaches B: the table is opened again,
    // in a new room, which the projector joins.
    await (matchMaker.getLocalRoomById(table.id) as unknown as { disconnect: () => Promise<unknown> }).disconnect();
    expect(await matchMaker.driver.findOne({ roomId: table.id })).toBeFalsy();
    let again;
    try {
      again = await Device.join(b, table.id, asProjector);
    } catch (err) {
      expect.fail(`refused once the room had closed: ${(err as Error).message}`);
    }
    expect((await again.next('public')).table.phase).toBe('ended');
    await again.leave();
    await h.stop();
  },
);

it(
  "a class's table whose room has closed, joined through another process, is opened again by the class's holder",
  { timeout: 90_000 },
  async () => {
    // H holds the class (a minute lasts 60 ms there), its console open there; B is another process.
    const [h, b] = await Promise.all([shared.serveHere({ timeScale: 0.001 }), processB()]);
    const cls = (
      await api(h.url, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea'],
      })
    ).body.class as ClassSummary;
    const rhea = (await api(h.url, 'POST', `/api/class/${cls.code}/join`, { name: 'Rhea' }))
      .body as unknown as ClassPlacement;
    const console_ = await Device.join(h.url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
    await console_.next('console' as never);
    const seat = await Device.join(h.url, rhea.roomId, { role: 'seat', code: rhea.code, seatKey: rhea.seatKey! });
    await seat.next('welcome');
    expect((await api(h.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    await seat.next('seat', (u) => u.table.phase === 'ended');
    // Through B, /api/join answers with H's room; then Rhea leaves, and the table's room closes a minute later (the
    // class's stays: its console is open).
    expect((await api(b, 'GET', `/api/join/${rhea.code}`)).status).toBe(200);
    await seat.leave();
    await expect.poll(() => matchMaker.getLocalRoomById(rhea.roomId) === undefined, { timeout: 5000 }).toBe(true);
    expect(matchMaker.getLocalRoomById(cls.id)).toBeDefined();

    // Rhea's phone joins by the room's id through B: the table is opened again by H, which holds its class (its
    // reflections are written there).
    let back;
    try {
      back = await Device.join(b, rhea.roomId, { role: 'seat', code: rhea.code, seatKey: rhea.seatKey! });
    } catch (err) {
      expect.fail(`refused: ${(err as Error).message}`);
    }
    const update = await back.next('seat', (u) => u.result !== undefined && u.result !== null);
    expect(update.table.phase).toBe('ended');
    expect(matchMaker.getLocalRoomById(rhea.roomId)).toBeDefined();
    await back.leave();
    await console_.leave();
    await h.stop();
  },
);
