/**
 * Devices that only watch never keep the people who negotiate out. Colyseus locks a room once it holds
 * its cap of clients and held places, whoever they are ("room … is locked", a raw refusal): a class
 * whose board 40 devices had opened (or a console reloaded 40 times in a minute: each reload held a place
 * for a minute) refused the instructor's console and the projector's board; a table watched on 20
 * projectors, or by a lecture hall of observers, refused a trainee's seat. Watchers are now counted apart and refused with a
 * sentence; a seat opened on another device frees the place its old device held.
 */
import { describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { serverAndDevices } from './serverAndDevices.ts';
import { parseClassJoinOptions, type ClassPlacement, type ClassSummary } from '../../src/protocol/index.ts';

const { server, joined } = serverAndDevices();

describe('a class room', () => {
  it('reads a board’s optional instructor key', () => {
    expect(parseClassJoinOptions({ role: 'board', code: 'abcdef' })).toEqual({
      ok: true,
      value: { role: 'board', code: 'ABCDEF' },
    });
    expect(parseClassJoinOptions({ role: 'board', code: 'ABCDEF', instructorKey: 'k' })).toEqual({
      ok: true,
      value: { role: 'board', code: 'ABCDEF', instructorKey: 'k' },
    });
    for (const instructorKey of [5, null, 'k'.repeat(201)])
      expect(parseClassJoinOptions({ role: 'board', code: 'ABCDEF', instructorKey })).toMatchObject({
        ok: false,
        reason: 'The console needs the instructor key printed by the server.',
      });
  });

  it('refuses the 41st board opened with the class code, with a sentence, and still admits the instructor', async () => {
    const made = await server().api('POST', '/api/classes', {
      body: { scenario: 'safe-harbor-revocation', human: ['commission'], tables: 1, roster: ['Ana'], pace: 0, seed: 3 },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    const boards = await Promise.all(
      Array.from({ length: 40 }, () => joined(cls.id, { role: 'board', code: cls.code })),
    );
    await expect(joined(cls.id, { role: 'board', code: cls.code })).rejects.toThrow(
      'This class board is already open on 40 screens: close it on one of them (a reloaded page frees its place within a minute), then try again.',
    );
    const key = server().server.instructorKey;
    await joined(cls.id, { role: 'instructor', instructorKey: key });
    // The projector's board, opened on the instructor's laptop, sends the key and is counted with the consoles.
    await joined(cls.id, { role: 'board', code: cls.code, instructorKey: key });
    // A wrong key on a board is a public board: refused for the count, not for the key.
    await expect(joined(cls.id, { role: 'board', code: cls.code, instructorKey: 'nope' })).rejects.toThrow(
      /already open on 40 screens/,
    );
    // A board that drops holds its place for its reconnection; one closed for good frees it.
    const room = matchMaker.getLocalRoomById(cls.id) as unknown as { clients: { length: number } };
    boards[0]!.room.reconnection.enabled = false;
    boards[0]!.cut();
    await expect.poll(() => room.clients.length).toBe(41);
    await expect(joined(cls.id, { role: 'board', code: cls.code })).rejects.toThrow(/already open on 40 screens/);
    await boards[1]!.leave();
    await joined(cls.id, { role: 'board', code: cls.code });
  });
});

describe('a table room', () => {
  it('refuses the 21st projector with a sentence, and still seats its trainees and admits the instructor', async () => {
    const t = await server().twoSeatTable();
    await Promise.all(Array.from({ length: 20 }, () => joined(t.roomId, { role: 'projector', code: t.code })));
    await expect(joined(t.roomId, { role: 'projector', code: t.code })).rejects.toThrow(
      'This table is already on 20 projector screens: close it on one of them, then try again. The seats are kept for the trainees.',
    );
    const ana = await joined(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    expect((await ana.next('welcome')).seat?.party).toBe('federal-regulator');
    await joined(t.roomId, { role: 'instructor', instructorKey: server().server.instructorKey });
  });

  it('a lecture hall watches one table: its 28 observers join beside 20 projectors, and its player takes the seat', async () => {
    const roster = Array.from({ length: 30 }, (_, i) => `Trainee ${i + 1}`);
    const made = await server().api('POST', '/api/classes', {
      body: { scenario: 'safe-harbor-revocation', human: ['commission'], tables: 1, roster, pace: 0, seed: 3 },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    const placements = await Promise.all(
      roster.map(async (name) => {
        const r = await server().api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return r.body as unknown as ClassPlacement;
      }),
    );
    const table = placements[0]!;
    await Promise.all(Array.from({ length: 20 }, () => joined(table.roomId, { role: 'projector', code: table.code })));
    const observers = placements.filter((p) => p.role === 'observer');
    expect(observers).toHaveLength(28); // 30 names: the seat, its double and 28 observers
    for (const p of observers) await joined(p.roomId, { role: 'observer', code: p.code, observerKey: p.observerKey! });
    const player = placements.find((p) => p.role === 'player')!;
    const seat = await joined(player.roomId, { role: 'seat', code: player.code, seatKey: player.seatKey! });
    expect((await seat.next('welcome')).seat?.party).toBe('commission');
  });

  it('places reserved by a script that never connects do not lock the table or the class', async () => {
    const made = await server().api('POST', '/api/classes', {
      body: { scenario: 'safe-harbor-revocation', human: ['commission'], tables: 1, roster: ['Ana'], pace: 0, seed: 3 },
    });
    const cls = made.body.class as ClassSummary;
    const placed = await server().api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    const ana = placed.body as unknown as ClassPlacement;
    // Colyseus reserves a place at the HTTP request, before any of the room's checks (they run as the WebSocket
    // connects): 600 requests that never connect (the table's cap was 468 places, the class's 90).
    const reserve = (roomId: string, options: unknown) =>
      fetch(`${server().url}/matchmake/joinById/${roomId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(options),
      }).then((r) => r.status);
    for (let i = 0; i < 600; i += 50)
      await Promise.all(
        Array.from({ length: 50 }, () =>
          Promise.all([
            reserve(ana.roomId, { role: 'projector', code: ana.code }),
            reserve(cls.id, { role: 'board', code: cls.code }),
          ]),
        ),
      );
    const seat = await joined(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
    expect((await seat.next('welcome')).seat?.party).toBe('commission');
    await joined(cls.id, { role: 'instructor', instructorKey: server().server.instructorKey });
  });

  it('a seat opened on another device frees the place its dropped device held', async () => {
    const t = await server().twoSeatTable();
    const room = matchMaker.getLocalRoomById(t.roomId) as unknown as { _reservedSeats: Record<string, unknown> };
    const held = () => Object.keys(room._reservedSeats).length;
    let seatKey = '';
    for (let reload = 0; reload < 5; reload++) {
      const phone = await joined(
        t.roomId,
        seatKey === ''
          ? { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' }
          : { role: 'seat', code: t.code, seatKey },
      );
      seatKey = (await phone.next('welcome')).seat!.seatKey;
      // The phone is gone (a reload): its SDK does not come back on this connection.
      phone.room.reconnection.enabled = false;
      phone.cut();
      await expect.poll(held).toBe(1);
    }
    // Five reloads, one place held: the last device's, for it to come back.
    expect(held()).toBe(1);
  });
});
