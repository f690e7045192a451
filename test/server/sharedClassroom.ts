/**
 * Several classroom processes sharing Redis and PostgreSQL, for the scale-out tests of one file: the services
 * started once for the file, processes started as child processes (`serve`) or in the test's own process
 * (`serveHere`: its classroom and Colyseus's driver at hand), the instructor API, PostgreSQL's rows, and everything
 * stopped and removed after the file in the reverse order it was made.
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { TestServer, tempDir } from './harness.ts';
import { freePort, startPostgres, startRedis } from '../support/services.ts';
import { serveSharing, type ServerChild } from '../support/serverProcess.ts';
import type { Service } from '../support/services.ts';

export interface SharedClassroom {
  /** Run after the file (last pushed, first run). */
  cleanup: (() => Promise<void> | void)[];
  redis(): Service;
  postgres(): Service;
  /** A process of its own, with a data folder of its own (`name` names the folder). */
  serve(name: string): Promise<ServerChild & { url: string }>;
  /** A process in the test's own process; `timeScale` shortens its minutes (a minute lasts 60 ms at 0.001). */
  serveHere(options?: { timeScale?: number }): Promise<TestServer>;
  /** The instructor API, with the key. */
  api(
    url: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Rows of a query to PostgreSQL. */
  rows<T = unknown>(sql: string, params: unknown[]): Promise<T[]>;
}

export function sharedClassroom(key: string): SharedClassroom {
  const cleanup: (() => Promise<void> | void)[] = [];
  let redis: Service | undefined;
  let postgres: Service | undefined;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const [r, p] = [redis, postgres];
    cleanup.push(
      () => r.stop(),
      () => p.stop(),
    );
  }, 60_000);

  afterAll(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  }, 30_000);

  const started = (s: Service | undefined, what: string): Service => {
    if (!s) throw new Error(`${what} is not started: call from a test, after beforeAll`);
    return s;
  };
  const redisNow = () => started(redis, 'Redis');
  const postgresNow = () => started(postgres, 'PostgreSQL');

  return {
    cleanup,
    redis: redisNow,
    postgres: postgresNow,
    async serve(name) {
      const dataDir = tempDir(`accord-${name}-`);
      const server = await serveSharing({
        dataDir,
        redisUrl: redisNow().url,
        key,
        env: { ACCORD_DATABASE_URL: postgresNow().url, ACCORD_CLAIM_EVERY_MS: '3600000' },
      });
      cleanup.push(server.kill, () => rmSync(dataDir, { recursive: true, force: true }));
      return server;
    },
    async serveHere(options = {}) {
      const port = await freePort();
      const here = await TestServer.start({
        port,
        ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
        scaleOut: {
          redisUrl: redisNow().url,
          publicAddress: `127.0.0.1:${port}`,
          databaseUrl: postgresNow().url,
          instructorKey: key,
          claimEveryMs: 3_600_000,
        },
      });
      cleanup.push(() => here.stop());
      return here;
    },
    async api(url, method, path, body) {
      const res = await fetch(url + path, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    async rows<T>(sql: string, params: unknown[]) {
      const client = new pg.Client({ connectionString: postgresNow().url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
  };
}
