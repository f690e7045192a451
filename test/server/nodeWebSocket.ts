/**
 * Import before `@colyseus/sdk`: the SDK picks `globalThis.WebSocket` when it loads, and Node's own
 * WebSocket fires `error` but never `close` on a refused connection, so the SDK would stop retrying
 * silently (shared/STACK.md). This one is the `ws` package's, recording every frame it receives, so
 * tests can search the raw bytes a client got.
 */
import WS from 'ws';
import type { ClientOptions } from 'ws';

const frames = new WeakMap<object, Buffer[]>();

export class RecordingWebSocket extends WS {
  constructor(url: string | URL, options?: ClientOptions & { protocols?: string | string[] }) {
    super(url, options?.protocols, options);
    const received: Buffer[] = [];
    frames.set(this, received);
    this.on('message', (data: WS.RawData) => {
      received.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
    });
  }
}

/** The frames a socket made by RecordingWebSocket received (empty for any other object). */
export function framesOf(socket: object): Buffer[] {
  return frames.get(socket) ?? [];
}

(globalThis as { WebSocket: unknown }).WebSocket = RecordingWebSocket;
