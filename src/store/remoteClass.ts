/**
 * The remote source of a class (protocol/classes.ts): the instructor's console and the class board
 * join the class's room and hold what it pushes: the console's tables (whole once, then one table
 * at a time) and the class board. `@colyseus/sdk` loads on first use, as for tables.
 *
 * A console or a board on a classroom's Wi-Fi loses the server now and then. It says so at once and
 * joins again by itself until it is back (the room sends the whole console and board to every
 * device that joins, so nothing missed meanwhile stays missing); only a refusal with the server's
 * reason (a wrong key, a class that no longer exists) stops it.
 */
import { createStore } from 'zustand/vanilla';
import type { ClassBoard, ClassJoinOptions, ClassServerMessages, ConsoleState } from '../protocol/index.ts';
import { colyseusClassTransport } from './remoteColyseus.ts';
import { isNetworkFailure } from './remoteErrors.ts';
import { retrySchedule, type RetryTimers } from './retrySchedule.ts';
import { say } from './storeLocale.ts';

export interface RemoteClassState {
  /** 'reconnecting': the connection was lost and the source is getting it back by itself. */
  status: 'connecting' | 'open' | 'reconnecting' | 'closed';
  /** Why the device is not (or no longer) watching, as a sentence; null while it watches. */
  problem: string | null;
  console: ConsoleState | null;
  board: ClassBoard | null;
  /** Server time (ms) of the last console update and this device's time when it arrived. */
  received: number;
}

/** One connection to a class room. */
export interface ClassLink {
  onMessage<K extends keyof ClassServerMessages>(type: K, handler: (payload: ClassServerMessages[K]) => void): void;
  /** The connection dropped; the SDK is trying to get it back. */
  onDrop(handler: () => void): void;
  /** The SDK got it back. */
  onReconnect(handler: () => void): void;
  /** The connection ended for good (the SDK gave up, or the server closed it). */
  onLeave(handler: () => void): void;
  leave(): void;
}

export interface ClassTransport {
  /** Joins the class room; rejects with the server's sentence, or with a NetworkError when it cannot be reached. */
  join(classId: string, options: ClassJoinOptions): Promise<ClassLink>;
}

export interface RemoteClassDeps extends RetryTimers {
  /** The SDK's transport by default (loaded on first use). */
  transport?: () => Promise<ClassTransport>;
}

export type RemoteClassStore = ReturnType<typeof createRemoteClass>;

/** Joins the class room `classId` (the class id) as the instructor or as the board. */
export function createRemoteClass(
  base: string,
  classId: string,
  options: ClassJoinOptions,
  deps: RemoteClassDeps = {},
) {
  const loadTransport = deps.transport ?? (() => colyseusClassTransport(base));
  let transport: Promise<ClassTransport> | null = null;
  let link: ClassLink | null = null;
  let closed = false;
  const retry = retrySchedule(() => void connect(), deps);

  const store = createStore<RemoteClassState & { close(): void }>()((set) => ({
    status: 'connecting',
    problem: null,
    console: null,
    board: null,
    received: 0,
    close() {
      closed = true;
      retry.stop();
      link?.leave();
      link = null;
      set({ status: 'closed' });
    },
  }));
  const set = store.setState;

  const lost = () => set({ status: 'reconnecting', problem: say('store.remote.classReconnecting') });

  const wire = (l: ClassLink) => {
    // What the room sends on joining is the whole console and board: the device is back.
    const back = () => {
      retry.succeeded();
      return { status: 'open' as const, problem: null };
    };
    l.onMessage('console', (c) => {
      if (l === link) set({ ...back(), console: c, received: Date.now() });
    });
    l.onMessage('console-table', ({ index, table }) => {
      if (l !== link) return;
      set((s) => {
        if (!s.console) return {};
        const tables = s.console.tables.slice();
        tables[index] = table;
        return { console: { ...s.console, tables }, received: Date.now() };
      });
    });
    l.onMessage('board', (board) => {
      if (l === link) set({ ...back(), board });
    });
    // The instructor deleted the class: said, and not joined again (the class code opens nothing any more).
    l.onMessage('deleted', ({ reason }) => {
      if (l !== link) return;
      closed = true;
      retry.stop();
      link = null;
      l.leave();
      // What it showed goes too: the names and results it held are erased.
      set({ status: 'closed', problem: reason, console: null, board: null });
    });
    l.onDrop(() => {
      if (l === link && !closed) lost();
    });
    l.onReconnect(() => {
      if (l === link && !closed) set(back());
    });
    l.onLeave(() => {
      if (l !== link || closed) return;
      link = null;
      lost();
      retry.later();
    });
  };

  const connect = async (): Promise<void> => {
    if (closed || link) return;
    let t: ClassTransport;
    try {
      t = await (transport ??= loadTransport());
    } catch {
      // The SDK's chunk did not load (the network again): load it afresh on the next attempt.
      transport = null;
      if (closed) return;
      lost();
      return retry.later();
    }
    let l: ClassLink;
    try {
      l = await t.join(classId, options);
    } catch (e) {
      if (closed) return;
      if (isNetworkFailure(e)) {
        lost();
        return retry.later();
      }
      set({
        status: 'closed',
        problem: e instanceof Error && e.message.trim() !== '' ? e.message : say('store.remote.classUnreachable'),
      });
      return;
    }
    if (closed) return l.leave();
    link = l;
    wire(l);
  };

  void connect();
  return store;
}
