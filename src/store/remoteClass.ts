/**
 * The remote source of a class (protocol/classes.ts): the instructor's console and the class board
 * join the class's room once and hold what it pushes: the console's tables (whole once, then one
 * table at a time) and the class board. `@colyseus/sdk` loads on first use, as for tables.
 */
import { createStore } from 'zustand/vanilla';
import type { ClassBoard, ClassJoinOptions, ClassServerMessages, ConsoleState } from '../protocol/index.ts';
import { say } from './storeLocale.ts';

export interface RemoteClassState {
  status: 'connecting' | 'open' | 'closed';
  /** Why the device is not (or no longer) watching, as a sentence. */
  problem: string | null;
  console: ConsoleState | null;
  board: ClassBoard | null;
  /** Server time (ms) of the last console update and this device's time when it arrived. */
  received: number;
}

export type RemoteClassStore = ReturnType<typeof createRemoteClass>;

/** Joins the class room `classId` (the class id) as the instructor or as the board. */
export function createRemoteClass(base: string, classId: string, options: ClassJoinOptions) {
  let leave: (() => void) | null = null;
  let closed = false;
  const store = createStore<RemoteClassState & { close(): void }>()((set) => ({
    status: 'connecting',
    problem: null,
    console: null,
    board: null,
    received: 0,
    close() {
      closed = true;
      leave?.();
      set({ status: 'closed' });
    },
  }));
  void (async () => {
    try {
      const sdk = await import('@colyseus/sdk');
      const client = new sdk.Client(base);
      const room = await client.joinById(classId, options);
      if (closed) return void room.leave(true);
      leave = () => void room.leave(true).catch(() => undefined);
      const on = <K extends keyof ClassServerMessages>(type: K, f: (p: ClassServerMessages[K]) => void) =>
        room.onMessage(type, f);
      on('console', (c) => store.setState({ status: 'open', console: c, received: Date.now() }));
      on('console-table', ({ index, table }) =>
        store.setState((s) => {
          if (!s.console) return {};
          const tables = s.console.tables.slice();
          tables[index] = table;
          return { console: { ...s.console, tables }, received: Date.now() };
        }),
      );
      on('board', (board) => store.setState({ status: 'open', board }));
      room.onLeave(() => {
        if (!closed) store.setState({ status: 'closed', problem: say('store.remote.classLost') });
      });
    } catch (e) {
      store.setState({
        status: 'closed',
        problem: e instanceof Error && e.message.trim() !== '' ? e.message : say('store.remote.classUnreachable'),
      });
    }
  })();
  return store;
}
