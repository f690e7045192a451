/**
 * The class's remote source (the instructor's console, the class board) against a fake server: a
 * dropped connection is said at once and goes when the SDK gets it back; one that ends for good is
 * joined again by itself, with the whole console resent; an unreachable server is retried until it
 * answers; a refusal with a reason stops it; closing stops the retries. Timers are manual.
 */
import { describe, expect, it } from 'vitest';
import type { ClassBoard, ClassJoinOptions, ClassServerMessages, ConsoleState } from '../../src/protocol/index.ts';
import type { ClassLink, ClassTransport } from '../../src/store/remoteClass.ts';
import { createRemoteClass } from '../../src/store/remoteClass.ts';
import { NetworkError } from '../../src/store/remoteErrors.ts';
import { FakeRoomLink, manualTimers } from '../support/remoteFakes.ts';

class FakeClassLink extends FakeRoomLink<ClassServerMessages, ClassJoinOptions> implements ClassLink {}

class FakeClassServer implements ClassTransport {
  links: FakeClassLink[] = [];
  reachable = true;
  refusal: string | null = null;
  join(classId: string, options: ClassJoinOptions): Promise<ClassLink> {
    if (!this.reachable) return Promise.reject(new NetworkError('Failed to fetch'));
    if (this.refusal) return Promise.reject(new Error(this.refusal));
    if (classId !== 'class-1') return Promise.reject(new Error('There is no such class.'));
    const link = new FakeClassLink(options);
    this.links.push(link);
    return Promise.resolve(link);
  }
  get last(): FakeClassLink {
    const l = this.links.at(-1);
    if (!l) throw new Error('nobody joined');
    return l;
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const consoleWith = (n: number) => ({ tables: Array.from({ length: n }, () => ({})) }) as unknown as ConsoleState;
const board = { title: 'A class', tables: [], allOver: false } as unknown as ClassBoard;

function open(server: FakeClassServer, options: ClassJoinOptions = { role: 'instructor', instructorKey: 'k' }) {
  const timers = manualTimers();
  const store = createRemoteClass('http://server', 'class-1', options, {
    transport: () => Promise.resolve(server),
    retryDelays: [10, 20],
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
  });
  return { store, timers };
}

describe('the class remote source', () => {
  it('says a dropped connection at once, and clears it when the SDK gets it back', async () => {
    const server = new FakeClassServer();
    const { store } = open(server);
    await settle();
    server.last.emit('console', consoleWith(2));
    expect(store.getState()).toMatchObject({ status: 'open', problem: null });
    server.last.drop();
    expect(store.getState().status).toBe('reconnecting');
    expect(store.getState().problem).toMatch(/connection to the class was lost/);
    // The console it holds stays on screen meanwhile.
    expect(store.getState().console?.tables).toHaveLength(2);
    server.last.reconnect();
    expect(store.getState()).toMatchObject({ status: 'open', problem: null });
    expect(server.links).toHaveLength(1);
  });

  it('joins again by itself when the connection ends for good, and takes the whole console resent', async () => {
    const server = new FakeClassServer();
    const { store, timers } = open(server);
    await settle();
    server.last.emit('console', consoleWith(2));
    server.last.drop();
    server.reachable = false;
    server.last.leaveHandler(1006);
    expect(store.getState().status).toBe('reconnecting');
    // The server is still out of reach: it keeps trying, at the last delay once the list runs out.
    for (let i = 0; i < 3; i++) {
      expect(timers.pending()).toHaveLength(1);
      timers.run();
      await settle();
      expect(store.getState().status).toBe('reconnecting');
    }
    expect(timers.pending()).toEqual([20]);
    server.reachable = true;
    timers.run();
    await settle();
    expect(server.links).toHaveLength(2);
    expect(server.last.options).toEqual({ role: 'instructor', instructorKey: 'k' });
    server.last.emit('console', consoleWith(3));
    expect(store.getState()).toMatchObject({ status: 'open', problem: null });
    expect(store.getState().console?.tables).toHaveLength(3);
    // A message from the old connection, had it any left, changes nothing.
    server.links[0]!.emit('console', consoleWith(1));
    expect(store.getState().console?.tables).toHaveLength(3);
  });

  it('retries a server it cannot reach at first, and a board comes back with its board', async () => {
    const server = new FakeClassServer();
    server.reachable = false;
    const { store, timers } = open(server, { role: 'board', code: 'ABCDEF' });
    await settle();
    expect(store.getState().status).toBe('reconnecting');
    server.reachable = true;
    timers.run();
    await settle();
    server.last.emit('board', board);
    expect(store.getState()).toMatchObject({ status: 'open', problem: null, board });
  });

  it('stops, with the server’s sentence, on a refusal', async () => {
    const server = new FakeClassServer();
    server.refusal = 'That is not the instructor key.';
    const { store, timers } = open(server);
    await settle();
    expect(store.getState()).toMatchObject({ status: 'closed', problem: 'That is not the instructor key.' });
    expect(timers.pending()).toHaveLength(0);
  });

  it('stops trying once closed', async () => {
    const server = new FakeClassServer();
    const { store, timers } = open(server);
    await settle();
    const link = server.last;
    server.reachable = false;
    link.leaveHandler(1006);
    expect(timers.pending()).toHaveLength(1);
    store.getState().close();
    expect(timers.pending()).toHaveLength(0);
    expect(store.getState().status).toBe('closed');
  });
});
