/**
 * `npm start` (after `npm run build`): one process serving the game and the classroom server.
 *
 *   --port N      port (default 4173; 0 picks a free one)
 *   --host ADDR   listen on this interface only (default: all interfaces)
 *   --data DIR    data folder (default ./data, or $ACCORD_DATA)
 *   --scenarios DIR   scenario folder (default: the repository's scenarios/)
 *
 * Prints the instructor address (with its key), the projector address and the join address.
 *
 * Several processes sharing one classroom (docs/deploy.md) read ACCORD_REDIS_URL,
 * ACCORD_PUBLIC_ADDRESS, ACCORD_INSTRUCTOR_KEY and ACCORD_DATABASE_URL (scaleOut.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lanAddress } from './lanAddress.ts';
import { DEFAULT_LOCALE, translator } from '../i18n/index.ts';
import { refusedFileSentence } from '../protocol/index.ts';
import { isRedisOutage, scaleOutFromEnv } from './scaleOut.ts';
import type { ScaleOut } from './scaleOut.ts';
import { DEFAULT_PORT, startServer } from './startServer.ts';
import { DataFolderError } from './dataFolderError.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Colyseus sends some commands to Redis without waiting for them (its counts, a reply): while Redis
// is away they fail unheard. That outage has been said once (scaleOut.ts) and the process goes on,
// listing its tables again when Redis is back; any other unhandled failure still stops it.
process.on('unhandledRejection', (e) => {
  if (!isRedisOutage(e)) throw e;
});

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        scenarios: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\nUsage: npm start -- [--port N] [--host ADDR] [--data DIR] [--scenarios DIR]`);
  }
  if (args.help) {
    console.log('Usage: npm start -- [--port N] [--host ADDR] [--data DIR] [--scenarios DIR]');
    return;
  }
  const port = args.port === undefined ? DEFAULT_PORT : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${args.port}".`);
  const dataDir = resolve(args.data ?? process.env.ACCORD_DATA ?? 'data');
  if (!existsSync(DIST)) console.warn(`No built game in ${DIST}: run "npm run build" first (npm start does).`);

  let server;
  let scaleOut: ScaleOut;
  try {
    scaleOut = scaleOutFromEnv(process.env);
    server = await startServer({
      scaleOut,
      onStoreLost: (reason) => {
        console.error(`${reason} Stopping: another server process restores this process's tables.`);
        process.exit(1);
      },
      port,
      host: args.host,
      dataDir,
      scenariosDir: args.scenarios ? resolve(args.scenarios) : undefined,
      staticDir: DIST,
    });
  } catch (e) {
    if (e instanceof DataFolderError) fail(e.message);
    throw e;
  }

  // Listening on one interface: that is the address to print. On all of them: the LAN address.
  const host = args.host && args.host !== '0.0.0.0' && args.host !== '::' ? args.host : lanAddress();
  const links = server.links(host);
  console.log(`Accord classroom server on port ${server.port} (data: ${dataDir})`);
  if (scaleOut.redisUrl)
    console.log(`Sharing the classroom through Redis; devices reach this process at ${scaleOut.publicAddress}.`);
  if (scaleOut.databaseUrl) console.log(`Tables, seats and moves in PostgreSQL: ${server.classroom.store.location}.`);
  if (server.restored > 0) console.log(`Restored ${server.restored} open table(s).`);
  for (const b of server.broken) console.log(`Table ${b.record.code} could not be restored: ${b.problem}`);
  // A scenario file that does not load is not offered: say which, and why, where the instructor started the
  // server, in the words the board and the console use.
  const refused = server.classroom.library.refused();
  if (refused.length > 0) {
    const t = translator(DEFAULT_LOCALE);
    console.log(t('uiConsole.refusedFiles', { count: refused.length }));
    for (const r of refused) console.log(`  ${refusedFileSentence(r, t)}`);
  }
  console.log('');
  console.log(`  Instructor (keep this address to yourself): ${links.instructor}`);
  console.log(`  Projector:                                 ${links.projector}`);
  console.log(`  Trainees join at:                          ${links.join}`);
  console.log('');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping: every move is already stored; the tables come back at the next start.');
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
