/**
 * Starts the classroom server in this process: the built game (`dist/`, express static), the HTTP
 * API and the Colyseus game server on one port, with the tables of the data folder restored.
 * `npm start` (main.ts) calls it; so do the tests, the bench and the browser tests, on port 0.
 *
 * Colyseus keeps its matchmaker in module state, so one process runs one classroom server at a time:
 * close the previous one before starting another (the tests do, to restart on the same data folder).
 */
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import express from 'express';
import compression from 'compression';
import { Server } from '@colyseus/core';
import { guardMatchmakeBodies } from './matchmakeGuard.ts';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM_NAME, classroomLinks, MAX_FRAME_BYTES, ROOM_NAME } from '../protocol/index.ts';
import type { ClassroomLinks } from '../protocol/index.ts';
import { Classroom } from './classroom.ts';
import type { BrokenTable } from './classroom.ts';
import { httpApi } from './httpApi.ts';
import { ScenarioLibrary } from './scenarioLibrary.ts';
import { instructorKey as loadInstructorKey, newSecret } from './secrets.ts';
import { tableRoomFor } from './tableRoom.ts';
import { DataFolderError } from './dataFolderError.ts';
import { makeFolder } from '../store/makeFolder.ts';
import { guardedStore } from './storeFailure.ts';
import { countingStore, operatorRoutes, ServerMetrics } from './metrics.ts';
import { Peers } from './peers.ts';
import { PostgresStore } from './postgresStore.ts';
import { checkRedis, colyseusScaleOut, openStore, SINGLE_PROCESS } from './scaleOut.ts';
import type { ScaleOut } from './scaleOut.ts';
import { classRoomFor } from './classConsoleRoom.ts';
import { reachableHost } from './lanAddress.ts';
import { answerOwnPagesOnly } from './sameOrigin.ts';

/** `http://host` (an IPv6 address in brackets). */
const httpBase = (host: string): string => `http://${host.includes(':') ? `[${host}]` : host}`;

export const DEFAULT_PORT = 4173;
/** How long a device joining a class through this process waits for the process holding its room to hold it open. */
const CLASS_ROOM_LISTED_MS = 1000;
export const DATABASE_FILE = 'accord.sqlite';

export interface ServerOptions {
  /** 0 picks a free port (tests). Default 4173. */
  port?: number;
  /** The interface to listen on; default: all interfaces. */
  host?: string;
  /** The data folder (created if missing): the database and the instructor key. */
  dataDir: string;
  /** Where scenario files are read; default: the repository's scenarios/. */
  scenariosDir?: string;
  /** The built game to serve (null: none, for tests of the API alone). */
  staticDir?: string | null;
  /** Shrinks clocks and computer pace (0.01: 100× faster), for tests and benches. Default 1. */
  timeScale?: number;
  /** Several processes sharing the classroom (Redis, PostgreSQL; scaleOut.ts). Default: this process alone. */
  scaleOut?: ScaleOut;
  /** With PostgreSQL: how often to look for tables of a dead process to restore. Default 2000 ms. */
  claimEveryMs?: number;
  /** With PostgreSQL: the connection was lost, so this process no longer holds its tables (main.ts exits). */
  onStoreLost?: (reason: string) => void;
}

export interface RunningServer {
  port: number;
  /** `http://localhost:PORT`, for clients on this machine. */
  localUrl: string;
  instructorKey: string;
  classroom: Classroom;
  restored: number;
  broken: BrokenTable[];
  /** The three addresses on a given host (the LAN address for the printout). */
  links(host: string): ClassroomLinks;
  close(): Promise<void>;
}

/**
 * How long a browser keeps the built game. Every file under `assets/` is named after its content
 * (Vite's hash), so it never changes under its name: kept a year and not asked about again. The
 * page itself (index.html, naming this build's files) is asked about on every visit. Without this a
 * phone reloading the join page on a 0.6 s Wi-Fi asked again about all 34 files: 5 s, as long as the
 * first visit.
 */
function cacheRule(staticDir: string) {
  return (res: { setHeader(name: string, value: string): void }, file: string): void => {
    const hashed = dirname(relative(staticDir, file)) === 'assets';
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

function prepareDataFolder(dir: string): void {
  try {
    makeFolder(dir);
  } catch (e) {
    throw new DataFolderError(`The data folder ${dir} cannot be created (${(e as Error).message}).`);
  }
  if (!statSync(dir).isDirectory())
    throw new DataFolderError(`The data folder ${dir} is a file, not a folder: choose another with --data.`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  prepareDataFolder(options.dataDir);
  const scale = options.scaleOut ?? SINGLE_PROCESS;
  const key = scale.instructorKey ?? loadInstructorKey(options.dataDir);
  if (scale.redisUrl !== null) await checkRedis(scale.redisUrl);
  const metrics = new ServerMetrics();
  const opened = openStore(scale, join(options.dataDir, DATABASE_FILE));
  if (opened instanceof PostgresStore) opened.onLost = options.onStoreLost ?? ((reason) => console.error(reason));
  const store = countingStore(guardedStore(opened), metrics);
  const timing = { now: Date.now, scale: options.timeScale ?? 1 };
  const classroom = new Classroom(store, new ScenarioLibrary(options.scenariosDir), key, newSecret(24), timing);

  // checkScaleOut has made sure a process sharing Redis has its own address.
  const sharing = colyseusScaleOut(scale);
  const peers = scale.redisUrl !== null ? new Peers(classroom, scale.publicAddress ?? '', sharing.redisUp) : null;
  if (peers)
    classroom.roomHeld = async (roomId, of) => {
      // A table's room is open or not: asked once.
      const end = Date.now() + (of === 'class' ? CLASS_ROOM_LISTED_MS : 0);
      for (;;) {
        // The process that has the room keeps it open for the join (a class's room it is opening, once open): a room
        // merely listed could close before the join reached it (Colyseus's 'room "…" not found').
        const held = await peers.holdRoom(roomId);
        if (held || Date.now() >= end) return held;
        await new Promise((r) => setTimeout(r, 50));
      }
    };

  // With PostgreSQL, the tables of a process that died are claimed (each by one process) and
  // restored: every 2 s, and at once when a device asks for a table that no live process holds, so a
  // trainee rejoining right after a crash finds the table. One round at a time.
  let booted = false;
  let claiming: Promise<void> | null = null;
  const claimOrphans =
    scale.databaseUrl === null
      ? null
      : (): Promise<void> =>
          !booted
            ? Promise.resolve()
            : (claiming ??= classroom
                .restore(true)
                .then(
                  (r) => {
                    if (r.restored > 0)
                      console.log(`Restored ${r.restored} table(s) of a server process that stopped.`);
                    for (const b of r.broken) console.log(`Table ${b.record.code} could not be restored: ${b.problem}`);
                  },
                  (e: unknown) => console.error(`Looking for tables to restore failed: ${(e as Error).message}`),
                )
                .finally(() => (claiming = null)));

  /** Where trainees' devices reach this server (GET /api/address), known once it listens. */
  let traineesBase: string | null = null;
  const transport = new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES });
  answerOwnPagesOnly();
  const server = new Server({
    ...sharing.colyseus,
    transport,
    greet: false,
    // The process decides when to exit (main.ts on SIGINT/SIGTERM; tests never).
    gracefullyShutdown: false,
    express: (app) => {
      app.disable('x-powered-by');
      app.use(operatorRoutes(classroom, store, metrics, scale.redisUrl !== null));
      app.use(
        '/api',
        httpApi(classroom, peers, claimOrphans, () => traineesBase),
      );
      // The built game, compressed: a class's 30 phones joining at once over one Wi-Fi fetch about 0.5 MB each
      // instead of 1.6 MB (gzip, as any browser asks for it). Only here: the API's answers are small.
      if (options.staticDir)
        app.use(
          compression(),
          express.static(options.staticDir, { index: 'index.html', setHeaders: cacheRule(options.staticDir) }),
        );
    },
  });
  server.define(ROOM_NAME, tableRoomFor(classroom, classroom.roomSecret, metrics));
  server.define(CLASS_ROOM_NAME, classRoomFor(classroom, classroom.roomSecret));

  const wanted = options.port ?? DEFAULT_PORT;
  try {
    await server.listen(wanted, options.host);
  } catch (e) {
    store.close();
    await server.gracefullyShutdown(false).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new DataFolderError(
        `Port ${wanted} is already in use (another Accord server?): choose another with --port.`,
      );
    if (code === 'EADDRNOTAVAIL')
      throw new DataFolderError(`This machine has no interface ${options.host}: check --host.`);
    throw e;
  }
  // Colyseus bound its matchmaking routes as it started listening: the size check goes in front of them.
  if (transport.server)
    guardMatchmakeBodies(transport.server, undefined, (roomId, answered) => classroom.classReady(roomId, answered));
  const port = (transport.server?.address() as AddressInfo).port;
  const reachable = reachableHost(options.host);
  traineesBase = reachable === null ? null : `${httpBase(reachable)}:${port}`;

  let restored = 0;
  let broken: BrokenTable[] = [];
  try {
    // Before claiming any table: a process that does not fit with the live ones must not serve.
    await peers?.checkFellows();
    // With PostgreSQL, the open tables no live process holds were held by one that stopped: taken over.
    ({ restored, broken } = await classroom.restore(scale.databaseUrl !== null));
    await peers?.start();
  } catch (e) {
    await server.gracefullyShutdown(false).catch(() => undefined);
    store.close();
    throw e;
  }

  booted = true;
  const claimer =
    claimOrphans === null
      ? null
      : setInterval(() => void claimOrphans(), options.claimEveryMs ?? scale.claimEveryMs ?? 2000);

  let closing: Promise<void> | null = null;
  return {
    port,
    localUrl: `http://localhost:${port}`,
    instructorKey: key,
    classroom,
    restored,
    broken,
    links: (host) => classroomLinks(`${httpBase(host)}:${port}`, key),
    close: () =>
      (closing ??= (async () => {
        if (claimer) clearInterval(claimer);
        await peers?.stop();
        classroom.close();
        await server.gracefullyShutdown(false);
        store.close();
      })()),
  };
}
