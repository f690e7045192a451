/**
 * Time and bad input at a table: the turn clock passes for an idle party (and stops while paused);
 * messages that are not an action, too large, of an unknown type, sent by a watcher, not decodable
 * or flooding are refused, and the table plays on for everyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { Device } from './harness.ts';
import type { PublicUpdate, TableSummary } from '../../src/protocol/index.ts';
import { MAX_MESSAGE_CHARS } from '../../src/protocol/index.ts';

let server: TestServer;
/** Clocks and paces run 100 times faster: a 10-second turn clock runs out in 0.1 s. */
const SCALE = 0.01;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: SCALE });
});
afterAll(async () => {
  await server?.stop();
});

const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;

async function oneSeatTable(extra: { turnSeconds?: number; pace?: number } = {}): Promise<TableSummary> {
  return server.createTable({
    scenario: 'ocap-research-agreement',
    parties: {
      council: 'human' as never,
      university: computer,
      'health-director': computer,
      'regional-centre': computer,
      funder: computer,
      ministry: computer,
    },
    ...extra,
  });
}

/** The ocap parties after the first `humans` in turn order, played by computers. */
function computersFrom(humans: number): Record<string, typeof computer> {
  const order = ['council', 'university', 'health-director', 'regional-centre', 'funder', 'ministry'];
  return Object.fromEntries(order.slice(humans).map((p) => [p, computer]));
}

const passesBy = (u: PublicUpdate, party: string): number =>
  u.view.log.filter((e) => e.kind === 'pass' && e.party === party).length;

describe('turn clock', () => {
  it('passes for a party that does not move in time, and stops while paused', async () => {
    const t = await oneSeatTable({ turnSeconds: 30, pace: 0 });
    const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
    const idle = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Idle', party: 'council' });
    const running = await idle.next('seat', (u) => u.table.active === 'council' && u.table.clock.turnDeadline !== null);
    const { turnDeadline } = running.table.clock;
    expect(turnDeadline! - running.table.serverTime).toBeLessThanOrEqual(30_000 * SCALE);

    const passed = await projector.next('public', (u) => passesBy(u, 'council') >= 1);
    expect(passed.view.log.find((e) => e.kind === 'pass' && e.party === 'council')).toBeTruthy();
    // The computers moved on after the clock's pass, and council's next turn has a fresh clock.
    await idle.next('seat', (u) => u.table.round === 2 && u.table.active === 'council');

    expect((await server.command(t.id, { command: 'pause' })).status).toBe(200);
    const paused = await projector.next('public', (u) => u.table.phase === 'paused');
    expect(paused.table.clock.turnDeadline).toBeNull();
    await new Promise((r) => setTimeout(r, 30_000 * SCALE * 2));
    expect(passesBy(projector.last('public')!, 'council')).toBe(1);
    expect((await server.command(t.id, { command: 'resume' })).status).toBe(200);
    await projector.next('public', (u) => passesBy(u, 'council') >= 2);
    await server.command(t.id, { command: 'end' });
    const ended = await idle.next('seat', (u) => u.result !== null);
    expect(ended.table.phase).toBe('ended');
    // Ending is the facilitator's step in the log: the engine closes the game without a deal.
    expect(ended.result!.provisional).toBe(false);
    expect(ended.result!.outcome).toMatchObject({ kind: 'no-deal', reason: 'the facilitator ended the negotiation.' });
    expect(ended.view.log.filter((e) => e.kind === 'facilitate').map((e) => e.text)).toEqual([
      'The facilitator paused the table: no moves until play resumes.',
      'The facilitator resumed play.',
      'The facilitator ended the negotiation.',
    ]);
    await Promise.all([idle.leave(), projector.leave()]);
  });
});

describe('round clock', () => {
  it('caps every turn of a round at the round’s deadline', async () => {
    const t = await server.createTable({
      scenario: 'ocap-research-agreement',
      parties: { council: { kind: 'human' }, university: { kind: 'human' }, ...computersFrom(2) },
      roundSeconds: 60,
      pace: 0,
    });
    const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
    const a = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'A', party: 'council' });
    const b = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'B', party: 'university' });
    const first = await a.next('seat', (u) => u.table.active === 'council' && u.table.clock.roundDeadline !== null);
    expect(first.table.clock.turnDeadline).toBeNull();
    // Nobody moves: at the round's deadline both humans pass in turn, and round 2 has a new deadline.
    const next = await projector.next('public', (u) => u.table.round === 2 && u.table.clock.roundDeadline !== null);
    expect(next.table.clock.roundDeadline).toBeGreaterThan(first.table.clock.roundDeadline!);
    expect(passesBy(next, 'council')).toBe(1);
    expect(passesBy(next, 'university')).toBe(1);
    await Promise.all([a.leave(), b.leave(), projector.leave()]);
  });
});

describe('bad input at a table', () => {
  let t: TableSummary;
  let seat: Device;
  let projector: Device;

  beforeAll(async () => {
    t = await oneSeatTable({ pace: 60_000 });
    seat = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'council' });
    projector = await server.join(t.roomId, { role: 'projector', code: t.code });
    await seat.next('seat', (u) => u.table.phase === 'playing');
  });
  afterAll(async () => {
    await Promise.all([seat?.leave(), projector?.leave()]);
  });

  it('refuses what is not an action, too large, unknown, or from a watcher, each with a sentence', async () => {
    const refusals = (): number => seat.count('refused');
    seat.act('not json {');
    expect((await seat.next('refused')).reason).toMatch(/must be an object/);
    seat.act({ type: 'side-message', party: 'council', to: 'ministry', text: 'x'.repeat(MAX_MESSAGE_CHARS + 10) });
    expect((await seat.next('refused', (r) => r.kind === 'size')).reason).toMatch(/too large/);
    seat.room.send('hello', { please: true });
    expect((await seat.next('refused', (r) => r.reason.startsWith('Unknown message'))).kind).toBe('shape');
    seat.act({ type: 'teleport', party: 'council' });
    expect((await seat.next('refused', (r) => r.kind === 'action')).reason).toMatch(/Unknown action type/);
    projector.act({ type: 'pass', party: 'council' });
    expect((await projector.next('refused')).kind).toBe('role');
    expect(refusals()).toBe(4);
    expect(seat.last('seat')!.table.moves).toBe(0);
  });

  it('a flood is rate-limited, then cut off; the table plays on for the others', async () => {
    const flooder = await server.join(t.roomId, { role: 'projector', code: t.code });
    flooder.room.reconnection.enabled = false;
    for (let i = 0; i < 60; i++) flooder.act({ type: 'pass', party: 'council' });
    const limited = await flooder.next('refused', (r) => r.kind === 'rate');
    expect(limited.reason).toMatch(/Too many messages/);
    await new Promise<void>((resolve) => flooder.room.onLeave(() => resolve()));

    // Undecodable bytes on the wire: the server drops that connection only.
    const garbler = await server.join(t.roomId, { role: 'projector', code: t.code });
    garbler.room.reconnection.enabled = false;
    const left = new Promise<void>((resolve) => garbler.room.onLeave(() => resolve()));
    (garbler.room.connection.transport as unknown as { ws: { send(b: Uint8Array): void } }).ws.send(
      new Uint8Array([13, 0xc1, 0xc1, 0xc1, 0xff]),
    );
    await left;

    seat.act({ type: 'pass', party: 'council' });
    const after = await projector.next('public', (u) => u.table.moves === 1);
    expect(after.view.log.some((e) => e.kind === 'pass' && e.party === 'council')).toBe(true);
  });

  it('refuses joins with a wrong code, a wrong instructor key, or no role; and public room creation', async () => {
    await expect(server.join(t.roomId, { role: 'projector', code: 'QQQQQQ' })).rejects.toThrow(/not this table’s/);
    await expect(server.join(t.roomId, { role: 'projector', code: '12' })).rejects.toThrow(/6 letters/);
    await expect(server.join(t.roomId, { role: 'instructor', instructorKey: 'guess' })).rejects.toThrow(
      /not the instructor key/,
    );
    await expect(server.join(t.roomId, {} as never)).rejects.toThrow(/Join as "seat"/);
    const board = await server.join(t.roomId, { role: 'instructor', instructorKey: server.server.instructorKey });
    expect((await board.next('public')).view.kind).toBe('public');
    await board.leave();
    const { Client } = await import('@colyseus/sdk');
    await expect(new Client(server.url).create('table', { tableId: t.id })).rejects.toThrow(
      /created by the instructor/,
    );
  });
});
