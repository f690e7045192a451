/**
 * The remote source against a fake server: joining, views in the table-view shape, refusals as
 * sentences, a dropped connection that comes back with the seat key, an unreachable server retried,
 * a seat given away by the instructor. Timers are manual: no test waits on the clock.
 */
import { describe, expect, it } from 'vitest';
import type { PartyId } from '../../src/engine/index.ts';
import { viewFor } from '../../src/engine/index.ts';
import { memorySmallStorage, readSeat, saveSeat } from '../../src/store/remoteKeys.ts';
import { MOVE_ANSWER_MS, createRemoteTable, seatSink } from '../../src/store/remoteTable.ts';
import { CODE, FakeServer } from '../support/fakeTableServer.ts';
import { manualTimers } from '../support/remoteFakes.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const server = new FakeServer();
  const storage = memorySmallStorage();
  const timers = manualTimers();
  const deps = { transport: server, storage, now: () => 1_000_000_500, ...timers };
  return { server, storage, timers, deps };
}

describe('the remote source', () => {
  it('joins a seat, keeps its seat key, and gives the screens its own view in the table-view shape', async () => {
    const { server, storage, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    expect(table.getState().status).toBe('connecting');
    await settle();
    expect(server.last.options).toEqual({ role: 'seat', code: CODE, name: 'Ana', party: 'north' });
    server.welcomeSeat(server.last, 'north');
    const s = table.getState();
    expect(s.status).toBe('open');
    expect(readSeat(storage, CODE)).toEqual({ code: CODE, party: 'north', name: 'Ana', seatKey: 'key-north' });
    expect(s.seat?.party).toBe('north');
    expect(s.seat?.name).toBe('Ana');
    expect(s.seat?.view.brief).toContain('BRIEF-MARKER-north');
    expect(s.seat?.legal.length).toBeGreaterThan(0);
    // The public part has exactly the public view's fields: nothing of the party's own.
    expect(s.publicView?.kind).toBe('public');
    expect(Object.keys(s.publicView ?? {}).sort()).toEqual(Object.keys(viewFor(server.state, 'public')).sort());
    expect(JSON.stringify(s.publicView)).not.toContain('BRIEF-MARKER');
    expect(JSON.stringify(s.publicView)).not.toContain('BATNA-MARKER');
    expect(s.clockOffset).toBe(-500);
  });

  it('takes from the welcome what the server already keeps of the class hour (a reload after sending)', async () => {
    const { server, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    server.last.emit('welcome', {
      role: 'seat',
      table: server.status(),
      seat: { party: 'north', name: 'Ana', seatKey: 'key-north' },
      classHourKept: { worksheet: true, reflection: false },
    });
    expect(table.getState().classHourSaved).toEqual({ worksheet: true, reflection: false });
  });

  it('sends its own moves, shows a refusal as the server worded it, and clears it when the table moves on', async () => {
    const { server, deps } = setup();
    const active = server.state.active as PartyId;
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: active }, deps);
    await settle();
    server.welcomeSeat(server.last, active);
    const sink = seatSink(table);
    expect(sink.dispatch({ type: 'pass', party: 'nobody' })).toBe(false);
    expect(sink.rejection()).toBe('This device plays no such party.');
    expect(sink.dispatch({ type: 'support', party: active })).toBe(true);
    expect(server.last.sent).toEqual([{ type: 'support', party: active }]);
    server.last.emit('refused', { kind: 'action', reason: 'There is no text on the table to support.' });
    expect(sink.rejection()).toBe('There is no text on the table to support.');
    server.play({ type: 'pass', party: active });
    server.sendSeat(server.last, active);
    expect(sink.rejection()).toBeNull();
    // The live preview of a draft package comes from the seat's own view.
    expect(sink.preview({ tax: 'low', data: 'open' })?.points).toEqual(expect.any(Number));
  });

  it('waits for a move’s answer over a slow link: a second tap is not sent, and the answer or a drop ends the wait', async () => {
    const { server, deps, timers } = setup();
    const active = server.state.active as PartyId;
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: active }, deps);
    await settle();
    const link = server.last;
    server.welcomeSeat(link, active);
    const sink = seatSink(table);
    expect(sink.sending()).toBe(false);
    expect(sink.dispatch({ type: 'pass', party: active })).toBe(true);
    expect(sink.sending()).toBe(true);
    // The trainee taps again, or taps another move, before the answer: nothing more goes out.
    expect(sink.dispatch({ type: 'pass', party: active })).toBe(false);
    expect(sink.dispatch({ type: 'support', party: active })).toBe(false);
    expect(link.sent).toEqual([{ type: 'pass', party: active }]);
    expect(sink.rejection()).toBeNull();
    // A view the server sent before it read the move is not its answer.
    server.sendSeat(link, active);
    expect(sink.sending()).toBe(true);
    // The move counted: the next view is its answer.
    expect(timers.pending()).toEqual([MOVE_ANSWER_MS]);
    server.play({ type: 'pass', party: active });
    server.sendSeat(link, active);
    expect(sink.sending()).toBe(false);
    expect(timers.pending()).toEqual([]);
    // A refusal answers too, and so does a dropped link (the view sent on the way back says what counted).
    const next = server.state.active as PartyId;
    const other = createRemoteTable({ role: 'seat', code: CODE, name: 'Bo', party: next }, deps);
    await settle();
    server.welcomeSeat(server.last, next);
    expect(other.getState().dispatch({ type: 'support', party: next })).toBe(true);
    server.last.emit('refused', { kind: 'action', reason: 'There is no text on the table to support.' });
    expect(other.getState().sending).toBe(false);
    expect(other.getState().dispatch({ type: 'pass', party: next })).toBe(true);
    server.last.drop();
    expect(other.getState().sending).toBe(false);
    // No answer at all (a Wi-Fi that holds the packets and never says it dropped): after a while the
    // seat says so and takes a move again.
    server.last.reconnect();
    expect(other.getState().dispatch({ type: 'pass', party: next })).toBe(true);
    expect(timers.pending()).toEqual([MOVE_ANSWER_MS]);
    timers.run();
    expect(other.getState().sending).toBe(false);
    expect(other.getState().refusal).toBe(
      'No answer from the table after 10 seconds: your move may not have arrived. If it is still your turn, try again.',
    );
    expect(other.getState().dispatch({ type: 'pass', party: next })).toBe(true);
  });

  it('shows a refused join as the server’s sentence and keeps nothing', async () => {
    const { server, storage, deps } = setup();
    server.refuseJoin = 'That seat is held by another device: pick a free party.';
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    expect(table.getState().status).toBe('closed');
    expect(table.getState().problem).toBe('That seat is held by another device: pick a free party.');
    expect(readSeat(storage, CODE)).toBeNull();
    const wrong = createRemoteTable({ role: 'projector', code: 'ZZZZZZ' }, deps);
    await settle();
    expect(wrong.getState().problem).toBe('No open table has the code ZZZZZZ.');
  });

  it('gets its seat back with its seat key after a dropped connection, and sends nothing while away', async () => {
    const { server, timers, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    const firstLink = server.last;
    server.welcomeSeat(firstLink, 'north');
    firstLink.drop();
    expect(table.getState().status).toBe('reconnecting');
    expect(table.getState().dispatch({ type: 'pass', party: 'north' })).toBe(false);
    expect(table.getState().refusal).toMatch(/not sent/);
    // The SDK gives up (hold expired, or the server restarted): the device rejoins by itself.
    server.reachable = false;
    firstLink.leaveHandler(4000);
    expect(timers.pending().length).toBe(1);
    timers.run();
    await settle();
    expect(table.getState().status).toBe('reconnecting');
    expect(table.getState().problem).toMatch(/cannot be reached/);
    // Never more than 2 s between attempts, so a device is back within 5 s of the network.
    expect(Math.max(...timers.pending())).toBeLessThanOrEqual(2000);
    server.reachable = true;
    timers.run();
    await settle();
    expect(server.last).not.toBe(firstLink);
    expect(server.last.options).toEqual({ role: 'seat', code: CODE, seatKey: 'key-north' });
    server.welcomeSeat(server.last, 'north');
    expect(table.getState().status).toBe('open');
    expect(table.getState().problem).toBeNull();
    // "Not sent: try again in a moment" no longer holds once the seat is back.
    expect(table.getState().refusal).toBeNull();
    // Messages still arriving on the dead connection are ignored.
    firstLink.emit('refused', { kind: 'action', reason: 'stale' });
    expect(table.getState().refusal).not.toBe('stale');
  });

  it('drops its "not sent" sentence when the same connection comes back, and keeps a server’s refusal', async () => {
    const { server, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    const link = server.last;
    server.welcomeSeat(link, 'north');
    link.drop();
    expect(table.getState().dispatch({ type: 'pass', party: 'north' })).toBe(false);
    expect(table.getState().refusal).toMatch(/not sent/);
    link.reconnect();
    expect(table.getState().status).toBe('open');
    expect(table.getState().refusal).toBeNull();
    link.emit('refused', { kind: 'action', reason: 'It is not your turn.' });
    link.drop();
    link.reconnect();
    expect(table.getState().refusal).toBe('It is not your turn.');
  });

  it('comes back at once when woken (the page is visible again, the network is back)', async () => {
    const { server, timers, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    server.welcomeSeat(server.last, 'north');
    server.last.leaveHandler(1006);
    expect(timers.pending().length).toBe(1);
    table.getState().wake();
    expect(timers.pending().length).toBe(0);
    await settle();
    expect(server.last.options).toMatchObject({ seatKey: 'key-north' });
  });

  it('resumes a seat held by this device (a reload, a new tab) with its stored key', async () => {
    const { server, storage, deps } = setup();
    saveSeat(storage, { code: CODE, party: 'south', name: 'Bo', seatKey: 'key-south' });
    const table = createRemoteTable({ role: 'seat', code: CODE, resume: true }, deps);
    await settle();
    expect(server.last.options).toEqual({ role: 'seat', code: CODE, seatKey: 'key-south' });
    server.welcomeSeat(server.last, 'south');
    expect(table.getState().seat?.party).toBe('south');
    const none = createRemoteTable({ role: 'seat', code: 'ABCDEF', resume: true }, deps);
    await settle();
    expect(none.getState().status).toBe('closed');
    expect(none.getState().problem).toMatch(/holds no seat/);
  });

  it('lets go of a seat the instructor gave to a computer (or another tab took over), keeping the key for that tab', async () => {
    const { server, storage, timers, deps } = setup();
    const table = createRemoteTable({ role: 'seat', code: CODE, name: 'Ana', party: 'north' }, deps);
    await settle();
    server.welcomeSeat(server.last, 'north');
    server.last.emit('seat-lost', { reason: 'The instructor gave your seat to a computer player.' });
    expect(table.getState().status).toBe('closed');
    expect(table.getState().problem).toBe('The instructor gave your seat to a computer player.');
    expect(readSeat(storage, CODE)?.seatKey).toBe('key-north');
    server.last.leaveHandler(4000);
    expect(timers.pending()).toEqual([]);
  });

  it('shows the projector the public view only', async () => {
    const { server, deps } = setup();
    const table = createRemoteTable({ role: 'projector', code: CODE }, deps);
    await settle();
    expect(server.last.options).toEqual({ role: 'projector', code: CODE });
    server.last.emit('welcome', { role: 'projector', table: server.status(), seat: null });
    server.last.emit('public', { table: server.status(), view: viewFor(server.state, 'public'), debrief: null });
    expect(table.getState().publicView?.kind).toBe('public');
    expect(table.getState().seat).toBeNull();
    table.getState().close();
    expect(server.last.left).toBe(true);
    expect(table.getState().status).toBe('closed');
  });
});
