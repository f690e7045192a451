/**
 * Several server processes, on one machine or several, sharing one classroom (docs/deploy.md):
 *
 * - `ACCORD_REDIS_URL`: Colyseus's Redis presence and driver, so a device joining through any process
 *   reaches the process that holds its table, and the processes answer each other's questions
 *   (peers.ts). Each process needs its own `ACCORD_PUBLIC_ADDRESS` (host:port, or host/path behind a
 *   reverse proxy: where devices reach *this* process), and all of them the same
 *   `ACCORD_INSTRUCTOR_KEY`.
 * - `ACCORD_DATABASE_URL`: the tables in PostgreSQL (postgresStore.ts) instead of the data folder's
 *   SQLite file, so a table whose process died is claimed and restored by exactly one other process.
 *
 * Neither set: one process, SQLite in the data folder, exactly as `npm start` has always run.
 */
import { matchMaker } from '@colyseus/core';
import type { ServerOptions as ColyseusOptions } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';
import type { ClassroomStore } from './classroomStore.ts';
import { PostgresStore, safeDatabaseUrl } from './postgresStore.ts';
import { DataFolderError } from './dataFolderError.ts';
import { TableStore } from './tableStore.ts';

export interface ScaleOut {
  /** Redis address (redis://host:6379/0); null: this process alone. */
  redisUrl: string | null;
  /** Where devices reach this process (host:port or host/path); required with Redis. */
  publicAddress: string | null;
  /** PostgreSQL address; null: SQLite in the data folder. */
  databaseUrl: string | null;
  /** The instructor key shared by every process; null: the data folder's own key. */
  instructorKey: string | null;
  /**
   * How often (ms) a process looks for tables of a dead process to claim (PostgreSQL); null: every
   * 2 s. A device asking for such a table makes the process look at once anyway.
   */
  claimEveryMs?: number | null;
  /**
   * How many times the process tries to reconnect to Redis before the commands it queued meanwhile fail
   * (ioredis's `maxRetriesPerRequest`); null: 20, about 10 s of Redis away.
   */
  redisRetries?: number | null;
}

export const SINGLE_PROCESS: ScaleOut = { redisUrl: null, publicAddress: null, databaseUrl: null, instructorKey: null };

/** The four variables, checked: a sentence for each mistake an operator can make. */
export function scaleOutFromEnv(env: NodeJS.ProcessEnv): ScaleOut {
  const get = (name: string): string | null => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  return checkScaleOut({
    redisUrl: get('ACCORD_REDIS_URL'),
    publicAddress: get('ACCORD_PUBLIC_ADDRESS'),
    databaseUrl: get('ACCORD_DATABASE_URL'),
    instructorKey: get('ACCORD_INSTRUCTOR_KEY'),
    ...(get('ACCORD_CLAIM_EVERY_MS') === null ? {} : { claimEveryMs: Number(get('ACCORD_CLAIM_EVERY_MS')) }),
    ...(get('ACCORD_REDIS_RETRIES') === null ? {} : { redisRetries: Number(get('ACCORD_REDIS_RETRIES')) }),
  });
}

export function checkScaleOut(s: ScaleOut): ScaleOut {
  if (s.redisUrl !== null && !/^rediss?:\/\//.test(s.redisUrl))
    throw new DataFolderError('ACCORD_REDIS_URL must be a Redis address such as redis://127.0.0.1:6379.');
  if (s.publicAddress !== null && /^[a-z]+:\/\//i.test(s.publicAddress))
    throw new DataFolderError(
      `ACCORD_PUBLIC_ADDRESS is a host and port (or host/path), without a scheme: not "${s.publicAddress}".`,
    );
  if (s.redisUrl !== null && s.publicAddress === null)
    throw new DataFolderError(
      'With ACCORD_REDIS_URL, each process needs its own ACCORD_PUBLIC_ADDRESS (the host:port at which devices reach it): ' +
        'without it, a device joining through another process cannot reach the table.',
    );
  if (s.redisUrl !== null && s.instructorKey === null)
    throw new DataFolderError(
      'With ACCORD_REDIS_URL, every process needs the same ACCORD_INSTRUCTOR_KEY (16 or more letters, digits, - or _), ' +
        'so the instructor address works through any of them.',
    );
  const every = s.claimEveryMs ?? null;
  if (every !== null && !(Number.isInteger(every) && every >= 100 && every <= 3_600_000))
    throw new DataFolderError('ACCORD_CLAIM_EVERY_MS must be a whole number of milliseconds from 100 to 3600000.');
  const retries = s.redisRetries ?? null;
  if (retries !== null && !(Number.isInteger(retries) && retries >= 0 && retries <= 1000))
    throw new DataFolderError('ACCORD_REDIS_RETRIES must be a whole number from 0 to 1000.');
  if (s.instructorKey !== null && !/^[A-Za-z0-9_-]{16,200}$/.test(s.instructorKey))
    throw new DataFolderError('ACCORD_INSTRUCTOR_KEY must be 16 to 200 letters, digits, - or _.');
  return s;
}

/** How long a process starting waits for Redis to answer before it refuses to start. */
const REDIS_START_MS = 3000;

/**
 * Refused (with a sentence) when Redis does not answer within a few seconds. Colyseus's own clients
 * retry for about 25 s, printing a line at each attempt, and then fail with a stack trace that never
 * names ACCORD_REDIS_URL: this one client tries once and says what to check.
 */
export async function checkRedis(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: REDIS_START_MS,
    commandTimeout: REDIS_START_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // Said once, below: the connection's own error (connect() then only says 'Connection is closed.').
  let cause: Error | null = null;
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new DataFolderError(
      `The Redis server ${safeDatabaseUrl(url)} cannot be used (${(cause ?? (e as Error)).message}). ` +
        'Check ACCORD_REDIS_URL and that Redis is running and reachable from this machine.',
    );
  } finally {
    client.disconnect();
  }
}

/** The classroom's store: PostgreSQL when configured, else the SQLite file in the data folder. */
export function openStore(s: ScaleOut, sqliteFile: string): ClassroomStore {
  return s.databaseUrl !== null ? new PostgresStore(s.databaseUrl) : new TableStore(sqliteFile);
}

/** A question for the other processes while Redis does not answer: the request is refused with a sentence (503). */
export class RedisAwayError extends Error {
  constructor() {
    super('Redis does not answer');
  }
}

/**
 * Whether an error comes from Redis being away: ours, or the one ioredis gives a command it queued
 * once its retries are spent (Colyseus sends some without waiting for them; main.ts lets those pass).
 */
export function isRedisOutage(e: unknown): boolean {
  return (
    e instanceof RedisAwayError ||
    (e instanceof Error && (e.name === 'MaxRetriesPerRequestError' || e.message === 'Connection is closed.'))
  );
}

/**
 * Colyseus's presence, driver and address for this process (nothing: its in-memory defaults).
 *
 * Redis keeps the room listing (how any process finds the process that holds a table) only in
 * memory: a Redis restarted empty has none, and Colyseus rebuilds it only for a process another one
 * has swept as dead. So each time the driver's connection comes back, this process lists its rooms
 * (and its room count) again; without it no device could join any table that existed before.
 */
export function colyseusScaleOut(s: ScaleOut): {
  colyseus: Pick<ColyseusOptions, 'presence' | 'driver' | 'publicAddress' | 'selectProcessIdToCreateRoom'>;
  /** Whether Redis answers now (always, for a process alone): other processes can be asked. */
  redisUp: () => boolean;
} {
  if (s.redisUrl === null) return { colyseus: {}, redisUp: () => true };
  const where = safeDatabaseUrl(s.redisUrl);
  // Colyseus's presence and driver duplicate these clients: the retries hold for theirs too.
  const retries = s.redisRetries == null ? {} : { maxRetriesPerRequest: s.redisRetries };
  const listing = new Redis(s.redisUrl, retries);
  const pub = new Redis(s.redisUrl, retries);
  let connected = false;
  let away = false;
  listing.on('ready', () => {
    if (away) console.log(`Redis (${where}) answers again: this process's tables are listed there again.`);
    if (connected) void listRoomsAgain();
    connected = true;
    away = false;
  });
  // One line for an outage, not one for each attempt to reconnect.
  listing.on('error', (e: Error) => {
    if (away) return;
    away = true;
    console.error(
      `Redis (${where}) cannot be reached (${e.message}): devices cannot reach other processes' tables until it is back.`,
    );
  });
  return {
    redisUp: () => pub.status === 'ready' && listing.status === 'ready',
    colyseus: colyseusOptions(s, pub, listing),
  };
}

function colyseusOptions(
  s: ScaleOut,
  pub: Redis,
  listing: Redis,
): Pick<ColyseusOptions, 'presence' | 'driver' | 'publicAddress' | 'selectProcessIdToCreateRoom'> {
  return {
    presence: new RedisPresence(pub),
    driver: new RedisDriver(listing),
    publicAddress: s.publicAddress ?? undefined,
    // A table's room lives in the process that holds its session (the one that created or restored
    // it); Colyseus's default would place it on the process with the fewest rooms, which has no session.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
}

async function listRoomsAgain(): Promise<void> {
  try {
    await matchMaker.restoreMissingRoomCaches();
    await matchMaker.stats.persist(true);
  } catch (e) {
    console.error(`Listing this process's tables in Redis again failed: ${(e as Error).message}`);
  }
}
