/**
 * A table of no class that is over, its room gone, is opened again by its code (finishedTableReopened). With several
 * processes sharing the classroom (Redis and PostgreSQL), two devices asking for it through two processes at once
 * each found no process holding it, and each process opened a room of its own for it: two sessions of one table, the
 * instructor's list showing it twice, two rooms answering to its id. The process opening it now claims its room in
 * the store first (the claim a class's room takes): the other one answers with the winner's room, and the claim is let
 * go with the room, so the next process asked opens it again.
 */
import { expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { Device, TWO_SEAT_TABLE } from './harness.ts';
import { sharedClassroom } from './sharedClassroom.ts';
import type { JoinLookup, TableSummary } from '../../src/protocol/index.ts';

const KEY = 'scale-out-reopen-instructor-key';
const shared = sharedClassroom(KEY);
const { api } = shared;

it(
  'a finished table of no class asked for through two processes at once is opened again by one of them, and by another once its room has gone',
  { timeout: 120_000 },
  async () => {
    // H, in this process, has the table (a minute lasts 60 ms there); B is another process.
    const [h, b] = await Promise.all([shared.serveHere({ timeScale: 0.001 }), shared.serve('b')]);
    const table = (await api(h.url, 'POST', '/api/tables', TWO_SEAT_TABLE)).body.table as TableSummary;
    const projector = await Device.join(h.url, table.id, { role: 'projector', code: table.code });
    await projector.next('public');
    expect((await api(h.url, 'POST', `/api/tables/${table.id}/command`, { command: 'end' })).status).toBe(200);
    await projector.next('public', (u) => u.table.phase === 'ended');
    await projector.leave();
    const classroom = h.server.classroom;
    const roomGone = () =>
      expect
        .poll(() => matchMaker.getLocalRoomById(table.id) === undefined && classroom.session(table.id) === null, {
          timeout: 10_000,
        })
        .toBe(true);
    await roomGone();

    // Asked for through H alone, H opens it again; a device comes and goes, and its room goes a minute later.
    expect((await api(h.url, 'GET', `/api/join/${table.code}`)).status).toBe(200);
    expect(matchMaker.getLocalRoomById(table.id)).toBeDefined();
    const back = await Device.join(h.url, table.id, { role: 'projector', code: table.code });
    expect((await back.next('public')).table.phase).toBe('ended');
    await back.leave();
    await roomGone();

    // Both processes look for the code at once: neither holds the table, both open it. H's opening is held until B
    // has answered, so the two are always in that window (each process's last lookup of the other before its own
    // opening); without the hold the requests race, and two rooms came up in some runs.
    const reopen = classroom.reopen.bind(classroom);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = (): void => undefined;
    const reached = new Promise<void>((resolve) => (asked = resolve));
    classroom.reopen = async (code: string) => {
      asked();
      await held;
      return reopen(code);
    };
    const throughH = api(h.url, 'GET', `/api/join/${table.code}`);
    await reached;
    const throughB = await api(b.url, 'GET', `/api/join/${table.code}`);
    release();
    const [lookupH, lookupB] = [await throughH, throughB];
    classroom.reopen = reopen;
    expect(lookupB.status, JSON.stringify(lookupB.body)).toBe(200);
    expect(lookupH.status, JSON.stringify(lookupH.body)).toBe(200);
    expect((lookupH.body as unknown as JoinLookup).roomId).toBe(table.id);

    // One process has it: listed once, and B has its room (it opened it first: H let go of its claim with its room
    // before), H none.
    const listed = (await api(h.url, 'GET', '/api/tables')).body.tables as TableSummary[];
    expect(listed.filter((t) => t.id === table.id)).toHaveLength(1);
    expect(classroom.session(table.id)).toBeNull();
    expect(matchMaker.getLocalRoomById(table.id)).toBeUndefined();
    // A device through H reaches B's room.
    const again = await Device.join(h.url, table.id, { role: 'projector', code: table.code });
    expect((await again.next('public')).table.phase).toBe('ended');
    await again.leave();
  },
);
