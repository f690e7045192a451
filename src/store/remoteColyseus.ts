/**
 * The real transport of the remote source: the classroom server's HTTP API for looking up a join
 * code, and `@colyseus/sdk` for the table's room. The SDK (~168 kB) is loaded with a dynamic
 * import the first time a screen joins a server, so the single-device game never downloads it.
 *
 * Errors are sorted here: "the server could not be reached" becomes a NetworkError (the remote
 * source retries); a refusal keeps the server's sentence (the remote source shows it).
 */
import { SEAT_KEY_REFUSED, updateDecoder } from '../protocol/index.ts';
import type { ClassJoinOptions, JoinLookup, JoinOptions, ServerMessages } from '../protocol/index.ts';
import { apiRequest } from './apiRequest.ts';
import type { ClassLink, ClassTransport } from './remoteClass.ts';
import type { RemoteTransport, RoomLink } from './remoteTable.ts';
import { NetworkError, SeatKeyRefused } from './remoteErrors.ts';
import { say } from './storeLocale.ts';
// A type only: the SDK itself loads with a dynamic import, on first use.
import type * as ColyseusSdk from '@colyseus/sdk';

/**
 * How long the SDK keeps retrying a dropped connection by itself, and how far apart: attempts at
 * most 1.5 s apart bring a device back within 5 s of its network; after that the remote source
 * rejoins with the seat key.
 */
const RECONNECT_MAX_DELAY_MS = 1500;
const RECONNECT_MAX_RETRIES = 40;
/** The WebSocket close code of a connection cut without a closing handshake. */
const ABNORMAL_CLOSURE = 1006;

/** Adapts an SDK room: messages that arrive before the remote source listens are kept for it. */
function linkOf(room: {
  onMessage(type: '*', cb: (type: string | number, payload: unknown) => void): () => void;
  send(type: string, payload: unknown): void;
  onDrop(cb: () => void): unknown;
  onReconnect(cb: () => void): unknown;
  onLeave(cb: (code: number, reason?: string) => void): unknown;
  leave(consented?: boolean): Promise<number>;
}): RoomLink {
  const handlers = new Map<string, (p: unknown) => void>();
  const early: [string, unknown][] = [];
  // Seat and public updates arrive as patches on the previous one (protocol/update.ts).
  const decode = updateDecoder();
  room.onMessage('*', (type, wire) => {
    const decoded = decode(type, wire);
    if (!decoded.ok) return room.send('resync', undefined);
    const payload = decoded.payload;
    const h = handlers.get(String(type));
    if (h) h(payload);
    else early.push([String(type), payload]);
  });
  return {
    onMessage<K extends keyof ServerMessages>(type: K, handler: (payload: ServerMessages[K]) => void) {
      handlers.set(type, handler as (p: unknown) => void);
      for (let i = 0; i < early.length; i++) {
        const [t, p] = early[i] as [string, unknown];
        if (t === type) {
          early.splice(i--, 1);
          handler(p as ServerMessages[K]);
        }
      }
    },
    send: (type, payload) => room.send(type, payload),
    onDrop: (h) => void room.onDrop(h),
    onReconnect: (h) => void room.onReconnect(h),
    onLeave: (h) => void room.onLeave(h),
    leave: () => void room.leave(true).catch(() => undefined),
  };
}

/** The SDK's room as the class source uses it (the table's goes through `linkOf`). */
type SdkRoom = Parameters<typeof linkOf>[0] & {
  onMessage<T>(type: string, cb: (payload: T) => void): () => void;
  reconnection: { maxDelay: number; maxRetries: number };
};

/**
 * Joins room `roomId` with the SDK's reconnection settings, sorting what goes wrong: the server's
 * refusals (onAuth) keep its sentence; anything else is the network (a NetworkError: try again).
 */
async function joinRoom(
  client: { joinById(roomId: string, options: object): Promise<unknown> },
  sdk: typeof ColyseusSdk,
  roomId: string,
  options: object,
  fallback: string,
): Promise<SdkRoom> {
  try {
    const room = (await client.joinById(roomId, options)) as SdkRoom;
    room.reconnection.maxDelay = RECONNECT_MAX_DELAY_MS;
    room.reconnection.maxRetries = RECONNECT_MAX_RETRIES;
    return room;
  } catch (e) {
    if ((e instanceof sdk.ServerError || e instanceof sdk.MatchMakeError) && e.message.trim() !== '') {
      // The SDK wraps a request that never reached the server ("Failed to fetch") as one with no status
      // (its code is undefined, or the system's name for it); a socket cut while opening closes abnormally.
      const code: unknown = e.code;
      if (code === SEAT_KEY_REFUSED) throw new SeatKeyRefused(e.message);
      throw unreachedServer(code, e.message, sdk.ErrorCode) ? new NetworkError(e.message) : new Error(e.message);
    }
    throw new NetworkError(e instanceof Error ? e.message : fallback);
  }
}

/**
 * Whether a failed join never reached the server (try again) rather than being refused by it (show its
 * sentence). The matchmaker's own codes are the server's answers (a refusal in `onAuth` is AUTH_FAILED),
 * whatever their words: a French refusal asking the trainee to "reconnect" from its own device was once read
 * as a lost connection by its wording and retried for ever. Only an expired seat reservation (a slow link
 * took too long to open the socket) is worth retrying. Other 5xx answers come from a proxy or a server
 * starting up; those that say they could not reach it are the network.
 */
export function unreachedServer(code: unknown, message: string, codes: Readonly<Record<string, number>>): boolean {
  if (typeof code !== 'number' || code === ABNORMAL_CLOSURE) return true;
  if (Object.values(codes).includes(code)) return code === codes.MATCHMAKE_EXPIRED;
  return code >= 500 && code < 600 && /fetch|connect|timeout/i.test(message);
}

/** A transport to the server at `base` (the page's own origin when it served the page). */
export async function colyseusTransport(base: string): Promise<RemoteTransport> {
  const sdk = await import('@colyseus/sdk');
  const client = new sdk.Client(base);
  return {
    lookup: (code) => apiRequest<JoinLookup>(base, `/api/join/${encodeURIComponent(code)}`),
    join: async (roomId: string, options: JoinOptions): Promise<RoomLink> =>
      linkOf(await joinRoom(client, sdk, roomId, options, say('store.remote.tableFailed'))),
  };
}

/** The class room's transport (remoteClass.ts), over the same SDK and with the same sorting of errors. */
export async function colyseusClassTransport(base: string): Promise<ClassTransport> {
  const sdk = await import('@colyseus/sdk');
  const client = new sdk.Client(base);
  return {
    async join(classId: string, options: ClassJoinOptions): Promise<ClassLink> {
      const room = await joinRoom(client, sdk, classId, options, say('store.remote.classUnreachable'));
      return {
        onMessage: (type, handler) => void room.onMessage(type, handler),
        onDrop: (h) => void room.onDrop(h),
        onReconnect: (h) => void room.onReconnect(h),
        onLeave: (h) => void room.onLeave(h),
        leave: () => void room.leave(true).catch(() => undefined),
      };
    },
  };
}
