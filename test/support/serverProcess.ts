/**
 * `npm run serve` as a child process on 127.0.0.1 (the classroom server as `npm start` runs it,
 * without the build), for the tests and benches that kill a server or run several: resolves once the
 * server prints its port, that is once it has restored its tables and listens.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './services.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerChild {
  port: number;
  child: ChildProcess;
  /** SIGKILL: the process dies mid-whatever, as in a crash. */
  kill(): void;
  /** What the process has written so far (standard output, and standard error unless inherited). */
  output(): string;
}

/**
 * A server process that exited before listening. `printingMs`: from its first printed line (written once its modules
 * have loaded) to its exit, that is how long the server itself took to give up, without the seconds a loaded machine
 * takes to start Node and compile the modules (1.1 s idle here, over 10 s at a load of 20).
 */
export class ServerExited extends Error {
  constructor(
    message: string,
    readonly printingMs: number,
  ) {
    super(message);
  }
}

export function serveInChild(options: {
  dataDir: string;
  /** Default 0 (a free port). */
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** 'inherit' shows the server's errors (benches); by default they are kept for the failure message. */
  stderr?: 'pipe' | 'inherit';
}): Promise<ServerChild> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      'src/server/main.ts',
      '--port',
      String(options.port ?? 0),
      '--host',
      '127.0.0.1',
      '--data',
      options.dataDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', options.stderr ?? 'pipe'], env: options.env ?? process.env },
  );
  const kill = (): void => void child.kill('SIGKILL');
  return new Promise((resolve, reject) => {
    let out = '';
    let firstOutputAt: number | undefined;
    child.stdout!.on('data', (d: Buffer) => {
      firstOutputAt ??= Date.now();
      out += d.toString();
      const m = /on port (\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), child, kill, output: () => out });
    });
    child.stderr?.on('data', (d: Buffer) => {
      firstOutputAt ??= Date.now();
      out += d.toString();
    });
    child.on('exit', (code) =>
      reject(
        new ServerExited(
          `The server exited (${code}) before listening:\n${out}`,
          Date.now() - (firstOutputAt ?? Date.now()),
        ),
      ),
    );
  });
}

/**
 * A process sharing a classroom through Redis (docs/deploy.md, section 2) on a free port, reached at
 * 127.0.0.1:port; `env` adds to (or overrides) the variables.
 */
export async function serveSharing(options: {
  dataDir: string;
  redisUrl: string;
  key: string;
  env?: NodeJS.ProcessEnv;
}): Promise<ServerChild & { url: string }> {
  const port = await freePort();
  const server = await serveInChild({
    dataDir: options.dataDir,
    port,
    env: {
      ...process.env,
      ACCORD_REDIS_URL: options.redisUrl,
      ACCORD_PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      ACCORD_INSTRUCTOR_KEY: options.key,
      ...options.env,
    },
  });
  return { ...server, url: `http://127.0.0.1:${port}` };
}
