/**
 * Fakes for the remote sources' tests (store/remoteTable.ts, store/remoteClass.ts): one connection to a
 * room, whose server side the test plays, and timers that fire only when the test says so.
 */

/** One fake connection: `emit` a server message, `drop`, `reconnect` or `leaveHandler` as the SDK would. */
export class FakeRoomLink<Messages, Options> {
  handlers = new Map<string, (p: unknown) => void>();
  drop: () => void = () => {};
  reconnect: () => void = () => {};
  leaveHandler: (code: number) => void = () => {};
  left = false;
  constructor(readonly options: Options) {}
  onMessage<K extends keyof Messages & string>(type: K, handler: (payload: Messages[K]) => void): void {
    this.handlers.set(type, handler as (p: unknown) => void);
  }
  onDrop(h: () => void): void {
    this.drop = h;
  }
  onReconnect(h: () => void): void {
    this.reconnect = h;
  }
  onLeave(h: (code: number) => void): void {
    this.leaveHandler = h;
  }
  leave(): void {
    this.left = true;
  }
  emit<K extends keyof Messages & string>(type: K, payload: Messages[K]): void {
    this.handlers.get(type)?.(payload);
  }
}

/** Manual timers: `run()` fires what is due, in order; `pending()` lists the waits asked for. */
export function manualTimers() {
  const queue: { f: () => void; ms: number }[] = [];
  return {
    setTimer: (f: () => void, ms: number) => {
      const t = { f, ms };
      queue.push(t);
      return t;
    },
    clearTimer: (t: unknown) => {
      const i = queue.indexOf(t as { f: () => void; ms: number });
      if (i >= 0) queue.splice(i, 1);
    },
    pending: () => queue.map((t) => t.ms),
    run: () => {
      const due = queue.splice(0);
      for (const t of due) t.f();
    },
  };
}
