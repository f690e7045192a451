/**
 * A class's record written by several server processes (Redis and PostgreSQL): each process writes the whole record,
 * so a process that does not hold the class (its room, its PostgreSQL lock) writing from its own copy, and the holder
 * writing from its copy, lost whichever change was saved first. Every write to a class now goes to the process
 * holding it: a join with the class code through another process, a table of the class opened again by its code.
 */
import { expect, it, vi } from 'vitest';
import { Device } from './harness.ts';
import { sharedClassroom } from './sharedClassroom.ts';
import type { ClassPlacement, ClassSummary, JoinLookup } from '../../src/protocol/index.ts';
import type { ClassRecord } from '../../src/server/classSession.ts';
import { PostgresStore } from '../../src/server/postgresStore.ts';

const KEY = 'scale-out-class-writes-instructor-key';
const { api, rows, serve, serveHere } = sharedClassroom(KEY);

/** The class's record as PostgreSQL keeps it. */
async function stored(classId: string): Promise<ClassRecord> {
  const [row] = await rows<{ data: string }>('SELECT data FROM accord_classes WHERE id = $1', [classId]);
  return JSON.parse(row!.data) as ClassRecord;
}

const join = async (url: string, code: string, name: string) => {
  const answer = await api(url, 'POST', `/api/class/${code}/join`, { name });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as ClassPlacement;
};

/** A trainee's exit reflection, sent from their seat at their table (opened again by its code through `url`). */
async function reflect(url: string, placed: ClassPlacement, seatKey: string): Promise<void> {
  const lookup = await api(url, 'GET', `/api/join/${placed.code}`);
  expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
  const seat = await Device.join(url, (lookup.body as unknown as JoinLookup).roomId, {
    role: 'seat',
    code: placed.code,
    seatKey,
  });
  await seat.next('welcome');
  seat.room.send('reflection', { party: placed.party, answers: { 'standard-role': 'focal' } });
  await seat.next('class-hour');
  await seat.leave();
}

it(
  'a join through a process not holding the class and a table opened again there lose nothing the holder writes',
  { timeout: 120_000 },
  async () => {
    // A class over, whose process has gone; Rhea and Sven sat at its two tables, Zeno and Yann are to watch.
    const a = await serve('a');
    const cls = (
      await api(a.url, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 2,
        roster: ['Rhea', 'Sven', 'Zeno', 'Yann'],
        doublePerTable: 0,
      })
    ).body.class as ClassSummary;
    const rhea = await join(a.url, cls.code, 'Rhea');
    const sven = await join(a.url, cls.code, 'Sven');
    expect(rhea.tableId).not.toBe(sven.tableId);
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    // H holds the class now (its console is open there); B, started since, lists it from its record.
    const h = await serve('h');
    const console_ = await Device.join(h.url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
    await console_.next('console' as never);
    const b = await serveHere();
    try {
      // Zeno joins through B with the class code; then Rhea's reflection is kept by H.
      await join(b.url, cls.code, 'Zeno');
      await reflect(h.url, rhea, rhea.seatKey!);
      let record = await stored(cls.id);
      expect(record.members.find((m) => m.name === 'Zeno')?.joined, 'Zeno’s join').toBe(true);
      expect(record.members.find((m) => m.name === 'Rhea')?.reflectionAnswers, 'Rhea’s reflection').toBeDefined();
      // Sven's table opened again by its code through B, his reflection sent there; then Yann joins through H.
      await reflect(b.url, sven, sven.seatKey!);
      // B keeps no copy of the class for it (a copy kept there stayed until the table's room closed, a minute later).
      expect(b.server.classroom.classList().map((c) => c.id)).not.toContain(cls.id);
      expect(b.server.classroom.isShelved(cls.id)).toBe(true);
      await join(h.url, cls.code, 'Yann');
      record = await stored(cls.id);
      expect(record.members.find((m) => m.name === 'Sven')?.reflectionAnswers, 'Sven’s reflection').toBeDefined();
      expect(record.members.find((m) => m.name === 'Yann')?.joined, 'Yann’s join').toBe(true);
      expect(record.members.find((m) => m.name === 'Zeno')?.joined, 'Zeno’s join').toBe(true);
    } finally {
      await console_.leave();
      await b.stop();
    }
  },
);

it(
  'a table of a class opened again is opened by its holder alone, not by a process started while the class was played',
  { timeout: 120_000 },
  async () => {
    const a = await serve('a2');
    const cls = (
      await api(a.url, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea'],
      })
    ).body.class as ClassSummary;
    const rhea = await join(a.url, cls.code, 'Rhea');
    // C starts while the class is played on A: it does not list the class (A holds it).
    const c = await serveHere();
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    // H holds the class now; B, started since, lists it from its record.
    const h = await serve('h2');
    const console_ = await Device.join(h.url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
    await console_.next('console' as never);
    const b = await serve('b2');
    try {
      // Rhea's table opened again by its code through B: H opens it, her reflection is kept there. C, asked too, opens
      // nothing (it opened the table as one of no class: a second room of it, which refused her reflection).
      await reflect(b.url, rhea, rhea.seatKey!);
      expect(c.server.classroom.session(rhea.tableId)).toBeNull();
      const record = await stored(cls.id);
      expect(record.members.find((m) => m.name === 'Rhea')?.reflectionAnswers, 'Rhea’s reflection').toBeDefined();
    } finally {
      await console_.leave();
      await c.stop();
    }
  },
);

it(
  'a process that restores a class it cannot shelve while another process holds it leaves its changes to the holder',
  { timeout: 120_000 },
  async () => {
    // A class over, whose process has gone; H holds it now (its console open there).
    const a = await serve('a3');
    const cls = (
      await api(a.url, 'POST', '/api/classes', {
        scenario: 'autonomous-vehicle-data',
        human: ['federal-regulator'],
        tables: 1,
        roster: ['Rhea', 'Zeno', 'Yann'],
        doublePerTable: 0,
      })
    ).body.class as ClassSummary;
    expect((await api(a.url, 'POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);
    a.kill();
    const h = await serve('h3');
    const console_ = await Device.join(h.url, cls.id, { role: 'instructor', instructorKey: KEY } as never);
    await console_.next('console' as never);
    // Its stored record has no shelf (stored before classes kept one), and B's store refuses writes as B starts (a
    // full disk): B restores the class, cannot give it its shelf, so cannot shelve it, nor take its lock.
    const { shelf: _, ...record } = await stored(cls.id);
    await rows('UPDATE accord_classes SET data = $2 WHERE id = $1', [cls.id, JSON.stringify(record)]);
    let full = true;
    const save = PostgresStore.prototype.saveClass;
    const refused = vi.spyOn(PostgresStore.prototype, 'saveClass').mockImplementation(function (
      this: PostgresStore,
      ...args: Parameters<PostgresStore['saveClass']>
    ) {
      if (full) throw new Error('could not extend file "base/16384/16385": No space left on device');
      save.apply(this, args);
    });
    const b = await serveHere();
    try {
      expect(refused).toHaveBeenCalled();
      full = false;
      // Zeno joins through B, then Yann through H: each join is the holder's, so neither is lost.
      await join(b.url, cls.code, 'Zeno');
      await join(h.url, cls.code, 'Yann');
      const kept = await stored(cls.id);
      expect(kept.members.find((m) => m.name === 'Zeno')?.joined, 'Zeno’s join').toBe(true);
      expect(kept.members.find((m) => m.name === 'Yann')?.joined, 'Yann’s join').toBe(true);
    } finally {
      refused.mockRestore();
      await console_.leave();
      await b.stop();
    }
  },
);
