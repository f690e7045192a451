/**
 * Seats over real WebSockets: taking one, refusals for another party or out of turn, a second
 * device against a held seat, a cut connection that comes back, the instructor's seat commands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

const twoSeatTable = () => server.twoSeatTable();

describe('seats', () => {
  it('a device takes a seat, gets its key and its own view; play starts when the seats are taken', async () => {
    const t = await twoSeatTable();
    expect(t.code).toMatch(/^[A-HJKMNP-Z]{6}$/);
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    const welcome = await ana.next('welcome');
    expect(welcome.seat?.party).toBe('federal-regulator');
    expect(welcome.seat?.seatKey.length).toBeGreaterThan(20);
    const first = await ana.next('seat');
    expect(first.view.party).toBe('federal-regulator');
    expect(first.table.phase).toBe('waiting');
    expect(first.legal).toEqual([]);

    const ben = await server.join(t.roomId, { role: 'seat', code: t.code.toLowerCase(), name: '  Ben  ' });
    expect((await ben.next('welcome')).seat).toMatchObject({ party: 'neighbour-ministry', name: 'Ben' });
    const playing = await ana.next('seat', (u) => u.table.phase === 'playing' && u.legal.length > 0);
    expect(playing.table.active).toBe('federal-regulator');
    expect(playing.table.seats.find((s) => s.party === 'neighbour-ministry')).toMatchObject({
      player: 'Ben',
      held: true,
      connected: true,
    });
    await Promise.all([ana.leave(), ben.leave()]);
  });

  it('refuses an action for another party and an action out of turn, with the reason', async () => {
    const t = await twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
    await ana.next('seat', (u) => u.table.phase === 'playing');

    ben.act({ type: 'pass', party: 'federal-regulator' });
    const foreign = await ben.next('refused');
    expect(foreign.kind).toBe('not-your-seat');
    expect(foreign.reason).toMatch(/cannot act for/);

    ben.act({ type: 'pass', party: 'neighbour-ministry' });
    const early = await ben.next('refused', (r) => r.kind === 'action');
    expect(early.reason).toBe("It is not Neighbouring transport ministry's turn: Federal safety regulator is to move.");

    const moves = ana.last('seat')!.table.moves;
    expect(moves).toBe(0);
    ana.act({ type: 'pass', party: 'federal-regulator' });
    // Ana's pass, then neighbour-ministry (Ben) is to move.
    const after = await ben.next('seat', (u) => u.table.moves === 1);
    expect(after.table.active).toBe('neighbour-ministry');
    expect(after.legal.length).toBeGreaterThan(0);
    await Promise.all([ana.leave(), ben.leave()]);
  });

  it('a second device cannot take a held seat; a full table says so; a wrong code is refused', async () => {
    const t = await twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    await expect(
      server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve', party: 'federal-regulator' }),
    ).rejects.toThrow(/already held by Ana/);
    await expect(server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve', party: 'insurers' })).rejects.toThrow(
      /played by a computer/,
    );
    const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben' });
    await expect(server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve' })).rejects.toThrow(
      /Every seat at this table is taken/,
    );
    const wrong = t.code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    await expect(server.join(t.roomId, { role: 'seat', code: wrong, name: 'Eve' })).rejects.toThrow(/not this table’s/);
    await expect(
      server.join(t.roomId, { role: 'seat', code: t.code, seatKey: 'not-a-real-key-at-all' }),
    ).rejects.toThrow(/does not open a seat/);
    // The public view too: a projector needs the table's code, the instructor's board the instructor key.
    await expect(server.join(t.roomId, { role: 'projector', code: wrong })).rejects.toThrow(/not this table’s/);
    await expect(server.join(t.roomId, { role: 'instructor', instructorKey: 'not-the-key' })).rejects.toThrow(
      'This is not the instructor key printed by the server.',
    );
    await Promise.all([ana.leave(), ben.leave()]);
  });

  it('a cut connection gets its seat back by itself, and a new tab with the seat key takes over', async () => {
    const t = await twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
    await ana.next('seat', (u) => u.table.phase === 'playing');
    const seatKey = (await ana.next('welcome')).seat!.seatKey;

    ana.cut();
    await ben.next('seat', (u) => u.table.seats.some((s) => s.party === 'federal-regulator' && !s.connected));
    // Held through the drop: nobody else can take it.
    await expect(
      server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve', party: 'federal-regulator' }),
    ).rejects.toThrow(/already held/);
    await ben.next('seat', (u) => u.table.seats.every((s) => s.controller.kind === 'computer' || s.connected));
    const before = ana.count('seat');
    ana.act({ type: 'pass', party: 'federal-regulator' });
    await ana.next('seat', (u) => u.table.moves === 1);
    expect(ana.count('seat')).toBeGreaterThan(before);
    // The first update after the join and the first after the reconnection came whole, the rest as patches.
    expect(ana.wholeUpdates).toBe(2);
    expect(ana.count('seat')).toBeGreaterThan(2);
    ana.resync();
    await ana.next('seat', () => ana.wholeUpdates === 3);
    expect(ana.resyncs).toEqual([]);

    // The same seat key from a new tab: the new one holds the seat, the old one is told and closed.
    const tab = await server.join(t.roomId, { role: 'seat', code: t.code, seatKey });
    expect((await tab.next('welcome')).seat?.party).toBe('federal-regulator');
    expect((await ana.next('seat-lost')).reason).toMatch(/another tab or device/);
    await Promise.all([tab.leave(), ben.leave()]);
  });

  it('the instructor hands a seat to a computer, frees one, and gives it back to a person', async () => {
    const t = await twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
    await projector.next('public');

    expect((await server.command(t.id, { command: 'start' })).status).toBe(200);
    const handed = await server.command(t.id, { command: 'computer', party: 'federal-regulator', strategy: 'linear' });
    expect(handed.status).toBe(200);
    const handedLost = await ana.next('seat-lost');
    expect(handedLost.reason).toMatch(/handed your seat/);
    // Not freed: a class's trainee is not sent back to the class's form to be seated again.
    expect(handedLost.freed).toBeUndefined();
    // The computer now plays federal-regulator, and neighbour-ministry's empty seat waits for a person.
    const moved = await projector.next('public', (u) => u.table.moves >= 1);
    expect(moved.table.seats.find((s) => s.party === 'federal-regulator')?.controller).toEqual({
      kind: 'computer',
      strategy: 'linear',
      difficulty: 'normal',
    });
    expect((await server.command(t.id, { command: 'free', party: 'neighbour-ministry' })).body.error).toMatch(
      /not held/,
    );
    expect((await server.command(t.id, { command: 'human', party: 'federal-regulator' })).status).toBe(200);
    const lookup = await server.api('GET', `/api/join/${t.code}`, { key: null });
    expect(lookup.body.seats).toContainEqual(expect.objectContaining({ party: 'federal-regulator', seat: 'free' }));
    // A trainee takes it, and the instructor frees it: the device is told so, marked freed.
    const bo = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Bo', party: 'federal-regulator' });
    await bo.next('welcome');
    expect((await server.command(t.id, { command: 'free', party: 'federal-regulator' })).status).toBe(200);
    expect(await bo.next('seat-lost')).toEqual({
      reason: 'The instructor freed your seat (Federal safety regulator).',
      freed: true,
    });
    await projector.leave();
  });
});
