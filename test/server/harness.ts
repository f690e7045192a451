/**
 * Test harness for the classroom server: an in-process server on a free port with its own data
 * folder, an HTTP helper, and `Device`s: real `@colyseus/sdk` clients over WebSockets on localhost
 * that record every message (parsed) and every frame (raw bytes) they receive.
 */
import './nodeWebSocket.ts';
import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { framesOf } from './nodeWebSocket.ts';
import { tempDir as removedAtFileEnd } from '../support/tempDir.ts';
import { startServer } from '../../src/server/startServer.ts';
import type { RunningServer, ServerOptions } from '../../src/server/startServer.ts';
import type { Action, PartyId } from '../../src/engine/index.ts';
import { decide, DEFAULT_PERSONA } from '../../src/bots/index.ts';
import { RATE_WINDOW_MS, updateDecoder } from '../../src/protocol/index.ts';
import type {
  CreateTableRequest,
  JoinOptions,
  SeatUpdate,
  ServerMessages,
  TableSummary,
} from '../../src/protocol/index.ts';

/** A temporary folder (a server's data, a scenarios folder), removed when the test file ends (test/support/tempDir.ts). */
export function tempDir(prefix = 'accord-server-'): string {
  return removedAtFileEnd(prefix);
}

/** A scenarios folder holding the library's scenario `id` declared as a French file (its tables then speak French). */
export function frenchScenarioDir(id: string): string {
  const dir = tempDir('accord-fr-scenarios-');
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../scenarios/${id}.json`), 'utf8'));
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...file, language: 'fr' }));
  return dir;
}

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
/** The request of `TestServer.twoSeatTable`: autonomous-vehicle data, two people and four computers, no pace. */
export const TWO_SEAT_TABLE: CreateTableRequest = {
  scenario: 'autonomous-vehicle-data',
  parties: {
    'federal-regulator': { kind: 'human' },
    'neighbour-ministry': { kind: 'human' },
    'state-regulator': computer,
    manufacturers: computer,
    insurers: computer,
    'privacy-advocates': computer,
  },
  pace: 0,
};

export class TestServer {
  private constructor(
    readonly server: RunningServer,
    readonly dataDir: string,
  ) {}

  static async start(options: Partial<ServerOptions> = {}): Promise<TestServer> {
    const dataDir = options.dataDir ?? tempDir();
    const server = await startServer({ port: 0, host: '127.0.0.1', staticDir: null, ...options, dataDir });
    return new TestServer(server, dataDir);
  }

  get url(): string {
    return `http://127.0.0.1:${this.server.port}`;
  }

  /** An HTTP call; `key: null` sends no instructor key, `raw` sends a body as it is. */
  async api(
    method: string,
    path: string,
    options: { body?: unknown; raw?: string; key?: string | null } = {},
  ): Promise<ApiAnswer> {
    const key = options.key === undefined ? this.server.instructorKey : options.key;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const res = await fetch(this.url + path, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = { text };
    }
    return { status: res.status, body };
  }

  /** An autonomous-vehicle-data table where federal-regulator and neighbour-ministry are people and the rest computers. */
  twoSeatTable(): Promise<TableSummary> {
    return this.createTable(TWO_SEAT_TABLE);
  }

  async createTable(request: CreateTableRequest): Promise<TableSummary> {
    const r = await this.api('POST', '/api/tables', { body: request });
    if (r.status !== 201) throw new Error(`createTable: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.table as TableSummary;
  }

  async command(tableId: string, command: unknown): Promise<ApiAnswer> {
    return this.api('POST', `/api/tables/${tableId}/command`, { body: command });
  }

  join(roomId: string, options: JoinOptions): Promise<Device> {
    return Device.join(this.url, roomId, options);
  }

  async stop(removeData = true): Promise<void> {
    await this.server.close();
    if (removeData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

type Received = { [K in keyof ServerMessages]: { type: K; payload: ServerMessages[K] } }[keyof ServerMessages];

type Listener = (m: Received) => void;

interface Waiter {
  test: (m: Received) => boolean;
  resolve: (m: Received) => void;
}

export class Device {
  /** Messages as the device holds them (update messages decoded into whole updates). */
  readonly messages: Received[] = [];
  /** Why an update message did not fit (the device then asked for the whole update). */
  readonly resyncs: string[] = [];
  /** Update messages that came whole (a join, a reconnection, a resync); the others were patches. */
  wholeUpdates = 0;
  private readonly sockets: object[] = [];
  private waiters: Waiter[] = [];
  private listeners: Listener[] = [];

  private constructor(readonly room: Room) {
    this.trackSocket();
    const decode = updateDecoder();
    room.onMessage('*', (type: string | number, wire: unknown) => {
      const decoded = decode(type, wire);
      if (!decoded.ok) {
        this.resyncs.push(decoded.reason);
        return room.send('resync');
      }
      if (typeof wire === 'object' && wire !== null && 'full' in wire) this.wholeUpdates++;
      const m = { type, payload: decoded.payload } as Received;
      this.messages.push(m);
      this.waiters = this.waiters.filter((w) => (w.test(m) ? (w.resolve(m), false) : true));
      for (const l of this.listeners) l(m);
    });
    room.onReconnect(() => this.trackSocket());
  }

  static async join(url: string, roomId: string, options: JoinOptions): Promise<Device> {
    const client = new Client(url);
    const room = await client.joinById(roomId, options);
    // Reconnect at once in tests (the default waits until the room has been joined 5 s).
    room.reconnection.minUptime = 0;
    return new Device(room);
  }

  private trackSocket(): void {
    const ws = (this.room.connection.transport as unknown as { ws: object }).ws;
    if (ws && !this.sockets.includes(ws)) this.sockets.push(ws);
  }

  /** Every frame this device received, on every socket it used. */
  frames(): Buffer[] {
    return this.sockets.flatMap((s) => framesOf(s));
  }

  /**
   * Calls `handler` with every later message of this type. (Use this, not `room.onMessage(type)`:
   * the SDK gives a message to its type's handler *instead of* the catch-all one that records it.)
   */
  on<K extends keyof ServerMessages>(type: K, handler: (payload: ServerMessages[K]) => void): void {
    this.listeners.push((m) => {
      if (m.type === type) handler(m.payload as ServerMessages[K]);
    });
  }

  /** The first message of this type (already received or to come) that passes the test. */
  next<K extends keyof ServerMessages>(
    type: K,
    test: (payload: ServerMessages[K]) => boolean = () => true,
    timeoutMs = 8000,
  ): Promise<ServerMessages[K]> {
    const match = (m: Received): boolean => m.type === type && test(m.payload as ServerMessages[K]);
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen.payload as ServerMessages[K]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No "${type}" message passing the test within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        test: match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m.payload as ServerMessages[K]);
        },
      });
    });
  }

  /** The latest message of this type, or undefined. */
  last<K extends keyof ServerMessages>(type: K): ServerMessages[K] | undefined {
    for (let i = this.messages.length - 1; i >= 0; i--)
      if (this.messages[i]!.type === type) return this.messages[i]!.payload as ServerMessages[K];
    return undefined;
  }

  count(type: keyof ServerMessages): number {
    return this.messages.filter((m) => m.type === type).length;
  }

  act(action: Action | unknown): void {
    this.room.send('action', action);
  }

  /** Asks for the whole update again (as the decoder does when a patch does not fit). */
  resync(): void {
    this.room.send('resync');
  }

  /** The network goes away without a goodbye (the server sees an unconsented close). */
  cut(): void {
    (this.room.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }
}

/**
 * Plays a seat with the adaptive bot on its turns; a refused move becomes a pass (or waits out the rate
 * limit). `thinkMs`: a wait before each move, so a table lasts while a test acts on it.
 */
export function autoplay(device: Device, party: PartyId, { thinkMs = 0 }: { thinkMs?: number } = {}): void {
  let actedAt = -1;
  let last: Action = { type: 'pass', party };
  const config = { strategy: 'adaptive' as const, difficulty: 'normal' as const, seed: 3, persona: DEFAULT_PERSONA };
  const play = (u: SeatUpdate): void => {
    if (u.table.phase !== 'playing' || u.table.active !== party || u.legal.length === 0) return;
    if (u.table.moves <= actedAt) return;
    actedAt = u.table.moves;
    last = decide(u.view, u.legal, config);
    const move = last;
    if (thinkMs > 0) setTimeout(() => device.act(move), thinkMs);
    else device.act(move);
  };
  device.on('seat', play);
  let passedAt = -1;
  device.on('refused', (r) => {
    if (r.kind === 'rate') return void setTimeout(() => device.act(last), RATE_WINDOW_MS);
    const u = device.last('seat');
    if (!u || u.table.active !== party || passedAt === u.table.moves) return;
    passedAt = u.table.moves;
    device.act({ type: 'pass', party });
  });
  const latest = device.last('seat');
  if (latest) play(latest);
}
