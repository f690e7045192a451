/**
 * Debian's Redis and PostgreSQL for the scale-out tests and bench, each a plain process on a free
 * local port with its data in a temporary folder, stopped and removed afterwards. `npm test` installs
 * the packages when they are missing (scripts/ensure-services.sh); nothing system-wide is started.
 *
 * PostgreSQL refuses to run as root. As root, its folder is given to the `postgres` system user (the
 * Debian package creates it) and `initdb`/`pg_ctl` run as that user through `runuser`; as any other
 * user they run as that user.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not come up within ${ms / 1000} s`);
}

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export interface RedisService extends Service {
  /** Killed (SIGKILL) and started again empty on the same port after `downMs`, as a crashed Redis restarted. */
  restart(downMs: number): Promise<void>;
}

export async function startRedis(): Promise<RedisService> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await until('redis-server', async () => {
      if (child.exitCode !== null) throw new Error('redis-server exited');
      return (await ping(port)) === '+PONG';
    });
    return child;
  };
  let child = await launch();
  let stopped = false;
  const kill = async (): Promise<void> => {
    // Killed by a signal, a child keeps exitCode null: signalCode says it is gone (stop twice is fine).
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
  };
  return {
    url,
    stop: async () => {
      stopped = true;
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    restart: async (downMs) => {
      await kill();
      await new Promise((r) => setTimeout(r, downMs));
      // A test that failed meanwhile has stopped it for good: nothing to leave running.
      if (!stopped) child = await launch();
    },
  };
}

/** A PING over a raw socket (the test needs no Redis client of its own). */
function ping(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    import('node:net')
      .then(({ connect }) => {
        const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
        s.once('data', (d) => {
          resolve(d.toString().trim());
          s.end();
        });
        s.once('error', reject);
      })
      .catch(reject);
  });
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error('PostgreSQL is not installed: run "bash scripts/ensure-services.sh" (npm test does).');
}

const INITDB_ARGS = ['--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'];

/**
 * A cluster as initdb makes it, made once for this PostgreSQL and user and kept in the temporary folder (named by
 * both and initdb's arguments): copied, PostgreSQL starts in 0.4-0.5 s, where with initdb it took 0.9-2.8 s, in
 * each of the 8 files that start one. Made aside and renamed into place, so a file starting at the same moment in
 * another worker sees either the whole cluster or none (and then makes its own, kept only if it is the first).
 */
function initdbOnce(bin: string, user: string, run: (cmd: string, args: string[]) => void, asRoot: boolean): string {
  const name = createHash('sha256')
    .update(JSON.stringify([bin, user, INITDB_ARGS]))
    .digest('hex')
    .slice(0, 12);
  const template = join(tmpdir(), `accord-pg-template-${name}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const making = mkdtempSync(join(tmpdir(), 'accord-pg-making-'));
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(making, uid, gid);
    }
    run('initdb', ['-D', join(making, 'data'), '-U', user, ...INITDB_ARGS]);
    try {
      renameSync(join(making, 'data'), template);
    } catch (e) {
      // Another worker's is in place already: the same cluster.
      if (!existsSync(join(template, 'PG_VERSION'))) throw e;
    }
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
  return template;
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'accord-pg-'));
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? 'postgres' : userInfo().username;
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    execFileSync(file as string, argv as string[], { stdio: 'pipe' });
  };
  const data = join(dir, 'data');
  // A copy of the cluster initdb makes (`cp -a` keeps its owner and modes), not initdb again for each file.
  execFileSync('cp', ['-a', initdbOnce(bin, user, run, asRoot), data], { stdio: 'pipe' });
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
