/**
 * `npm run bench -- classroom`: the classroom server under a class's load. It starts the server as
 * its own process (as `npm start` runs it), then for each size N creates N tables of
 * ocap-research-agreement (four seats played by bot clients, two computer parties on the server)
 * with a projector each, so 5 clients per table, and plays them for a while: every table makes one
 * action each 500 ms (seat bots wait for it; the computers' pace is 500 ms). Printed per size:
 * tables, clients, actions/s, and the p50/p95 latency from a seat sending its action to that seat
 * receiving the view that includes it. Target (2-core machine): 100 tables (500 clients) with
 * p95 ≤ 100 ms; the largest size meeting it is printed.
 *
 * `npm run bench -- classroom --processes 2`: the same figures for two server processes sharing Redis
 * (each with its own SQLite file; CLASSROOM_DATABASE=postgres puts the tables in one PostgreSQL
 * instead): tables are created through the processes in turn, as a reverse proxy spreads the
 * instructor's requests, and each table's clients join through another process than the one that
 * holds it (Colyseus routes them there). Redis and PostgreSQL are Debian's, started for the bench
 * (test/support/services.ts). Target: at least 1.6× the single-process table count at p95 ≤ 100 ms.
 *
 * CLASSROOM_TABLES=50,100,200 chooses the sizes (default 50,100,200,300,400); CLASSROOM_SECONDS=15
 * the measured time per size; CLASSROOM_START=together starts every table in the same millisecond (default: spread over 500 ms).
 * The bot clients choose cheaply (mostly pass, sometimes a random proposal) so their own CPU use
 * stays small: the server's work (engine, five views per action, storage, sending) is what counts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WS from 'ws';
import type { Action, LegalAction, PartyId } from '../src/engine/index.ts';
import { updateDecoder } from '../src/protocol/index.ts';
import { bytesPerAction } from './classroomBytes.ts';
import { freePort, startPostgres, startRedis } from '../test/support/services.ts';
import type { Service } from '../test/support/services.ts';
import type { SeatUpdate, TableSummary } from '../src/protocol/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENARIO = 'ocap-research-agreement';
/** The seats, council first in the turn order: no table moves before its seat bots start. */
const SEATS: PartyId[] = ['council', 'university', 'health-director', 'regional-centre'];
const COMPUTERS: PartyId[] = ['funder', 'ministry'];
const ACTION_EVERY_MS = 500;
const TARGET_TABLES = 100;
const TARGET_P95_MS = 100;
/** Several processes: at least this many times the single process's table count within the p95 target. */
const MULTI_PROCESS_TARGET = 1.6;
const TOGETHER = process.env.CLASSROOM_START === 'together';

interface Server {
  url: string;
  key: string;
  stop(): void;
  /** The server process's CPU time so far (user + system, ms), or NaN where /proc is missing. */
  cpuMs(): number;
}

/** A process's CPU time from /proc (Linux): utime + stime, in clock ticks of 10 ms. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The shared services of several processes, and what each process is told about them. */
interface Shared {
  redis: Service;
  postgres: Service | null;
  key: string;
}

async function startServerProcess(shared: Shared | null = null): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const port = shared ? await freePort() : 0;
  const env = shared
    ? {
        ...process.env,
        ACCORD_REDIS_URL: shared.redis.url,
        ACCORD_PUBLIC_ADDRESS: `127.0.0.1:${port}`,
        ACCORD_INSTRUCTOR_KEY: shared.key,
        ...(shared.postgres ? { ACCORD_DATABASE_URL: shared.postgres.url } : {}),
      }
    : process.env;
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      'src/server/main.ts',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env },
  );
  const listening = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on port (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`The server exited (${code}):\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${listening}`,
    key: shared?.key ?? readFileSync(join(dataDir, 'instructor-key'), 'utf8').trim(),
    cpuMs: () => processCpuMs(child.pid),
    stop: () => {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A cheap seat bot: mostly pass, one time in five a random proposal (so games run to the deadline). */
function cheapChoice(legal: LegalAction[], party: PartyId, random: () => number): Action {
  const propose = legal.find((l) => l.type === 'propose');
  if (propose && propose.type === 'propose' && random() < 0.2) {
    const pkg: Record<string, string> = {};
    for (const [issue, options] of Object.entries(propose.choices))
      pkg[issue] = options[Math.floor(random() * options.length)]!;
    return { type: 'propose', party, package: pkg };
  }
  return { type: 'pass', party };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface StepResult {
  tables: number;
  clients: number;
  actionsPerSecond: number;
  p50: number;
  p95: number;
  samples: number;
  /** CPU ms per table action: the server process, and this process (all the bot clients). */
  serverCpuPerAction: number;
  clientsCpuPerAction: number;
}

async function runStep(tables: number, seconds: number, processes: number): Promise<StepResult> {
  // The SDK picks globalThis.WebSocket when it loads: the `ws` package, as in the tests (STACK.md).
  (globalThis as { WebSocket: unknown }).WebSocket = WS;
  const { Client } = await import('@colyseus/sdk');
  let shared: Shared | null = null;
  if (processes > 1) {
    const [redis, postgres] = await Promise.all([
      startRedis(),
      process.env.CLASSROOM_DATABASE === 'postgres' ? startPostgres() : null,
    ]);
    shared = { redis, postgres, key: 'classroom-bench-instructor-key' };
  }
  const servers = await Promise.all(Array.from({ length: processes }, () => startServerProcess(shared)));
  // Table i is created through process i mod n and joined through the next one.
  const via = (i: number, offset: number): Server => servers[(i + offset) % servers.length]!;
  const latencies: number[] = [];
  let actions = 0;
  let measuring = false;
  const rooms: { leave(consented?: boolean): Promise<unknown> }[] = [];
  try {
    const created: TableSummary[] = [];
    const joinUrl = new Map<string, string>();
    for (let i = 0; i < tables; i++) {
      const server = via(i, 0);
      const parties: Record<string, unknown> = {};
      for (const p of SEATS) parties[p] = { kind: 'human' };
      for (const p of COMPUTERS) parties[p] = { kind: 'computer', strategy: 'linear', difficulty: 'easy' };
      const res = await fetch(`${server.url}/api/tables`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` },
        body: JSON.stringify({ scenario: SCENARIO, parties, pace: ACTION_EVERY_MS, seed: i }),
      });
      if (res.status !== 201) throw new Error(`Creating a table: ${res.status} ${await res.text()}`);
      const table = ((await res.json()) as { table: TableSummary }).table;
      created.push(table);
      joinUrl.set(table.id, via(i, 1).url);
    }
    // Seats wait for every client to join, then the tables start (the first party to move is a seat,
    // so nothing happens at a table before its seat bots go): spread evenly over one 500 ms period,
    // as a class's tables are, or all in the same millisecond (CLASSROOM_START=together, the worst
    // case: every table's action then arrives in one burst each period, and keeps that phase).
    let going = false;
    const starters: (() => void)[] = [];
    // The table's last action time, shared by its four seat bots, paces the table.
    const lastAction = new Map<string, number>();
    let seedCounter = 1;
    const joinSeat = async (t: TableSummary, party: PartyId): Promise<void> => {
      const client = new Client(joinUrl.get(t.id)!);
      const room = await client.joinById(t.roomId, { role: 'seat', code: t.code, name: `Bot ${party}`, party });
      rooms.push(room);
      let state = seedCounter++ * 7919;
      const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
      let pending: { moves: number; at: number } | null = null;
      let actedAt = -1;
      const decode = updateDecoder();
      room.onMessage('*', (type: string | number, wire: unknown) => {
        const d = decode(type, wire);
        if (!d.ok) return room.send('resync');
        if (type === 'refused') pending = null;
        if (type === 'seat') onSeat(d.payload as SeatUpdate);
      });
      const onSeat = (u: SeatUpdate): void => {
        latest = u;
        if (!going) return;
        const now = performance.now();
        if (pending && u.table.moves > pending.moves) {
          if (measuring) latencies.push(now - pending.at);
          pending = null;
        }
        if (u.table.phase !== 'playing' || u.table.active !== party || u.legal.length === 0) return;
        if (u.table.moves <= actedAt) return;
        actedAt = u.table.moves;
        const wait = Math.max(0, (lastAction.get(t.id) ?? 0) + ACTION_EVERY_MS - now);
        setTimeout(() => {
          const at = performance.now();
          lastAction.set(t.id, at);
          pending = { moves: u.table.moves, at };
          if (measuring) actions++;
          room.send('action', cheapChoice(u.legal, party, random));
        }, wait);
      };
      let latest: SeatUpdate | null = null;
      starters.push(() => latest && onSeat(latest));
    };
    const joins: (() => Promise<void>)[] = [];
    for (const t of created) {
      joins.push(async () => {
        const client = new Client(joinUrl.get(t.id)!);
        const room = await client.joinById(t.roomId, { role: 'projector', code: t.code });
        room.onMessage('*', () => undefined);
        rooms.push(room);
      });
      for (const p of SEATS) joins.push(() => joinSeat(t, p));
    }
    for (let i = 0; i < joins.length; i += 25) await Promise.all(joins.slice(i, i + 25).map((j) => j()));
    going = true;
    const t0 = performance.now();
    created.forEach((t, i) =>
      lastAction.set(t.id, t0 - ACTION_EVERY_MS + (TOGETHER ? 0 : (i * ACTION_EVERY_MS) / created.length)),
    );
    for (const start of starters) start();
    // Let every table get going, then measure.
    await new Promise((r) => setTimeout(r, 2000));
    measuring = true;
    const serversCpu = (): number => servers.reduce((sum, s) => sum + s.cpuMs(), 0);
    const cpu0 = { server: serversCpu(), clients: ownCpuMs() };
    const started = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    const cpu = { server: serversCpu() - cpu0.server, clients: ownCpuMs() - cpu0.clients };
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    // Seat actions measured here, plus the computers' (one in three of a table's actions).
    const tableActions = Math.max(1, (actions * (SEATS.length + COMPUTERS.length)) / SEATS.length);
    return {
      tables,
      clients: tables * (SEATS.length + 1),
      actionsPerSecond: tableActions / elapsed,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      samples: latencies.length,
      serverCpuPerAction: cpu.server / tableActions,
      clientsCpuPerAction: cpu.clients / tableActions,
    };
  } finally {
    await Promise.all(rooms.map((r) => r.leave(true).catch(() => undefined)));
    for (const s of servers) s.stop();
    await shared?.redis.stop();
    await shared?.postgres?.stop();
  }
}

/** `--processes N` after the bench's name (default 1). */
function processesArgument(): number {
  const i = process.argv.indexOf('--processes');
  if (i < 0) return 1;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error('--processes takes a number of processes, 1 to 16.');
  return n;
}

export default async function classroomBench(): Promise<void> {
  const processes = processesArgument();
  const sizes = (process.env.CLASSROOM_TABLES ?? '50,100,200,300,400')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const seconds = Number(process.env.CLASSROOM_SECONDS ?? 15);
  console.log(
    `Each table: ${SEATS.length} seat bots + a projector (clients), ${COMPUTERS.length} computer parties on the server; one action per ${ACTION_EVERY_MS} ms; tables ${TOGETHER ? 'all started in the same millisecond' : `started spread over ${ACTION_EVERY_MS} ms`}.`,
  );
  // Latency on a shared machine says as much about the other processes as about the server.
  console.log(`${cpus().length} cores; load average before: ${loadavg()[0]!.toFixed(1)}`);
  if (processes > 1)
    console.log(
      `${processes} server processes sharing Redis, tables in ${process.env.CLASSROOM_DATABASE === 'postgres' ? 'one PostgreSQL' : "each process's SQLite file"}; clients join through another process than the table's. CPU ms per action: all server processes together.`,
    );
  // Deterministic figures first: what one action costs the server and the network.
  const b = await bytesPerAction(SCENARIO, SEATS, COMPUTERS, cheapChoice);
  console.log(
    `Per action (one whole game in-process, ${b.actions} actions, 5 clients): whole updates ${(b.whole / 1024).toFixed(1)} kB, ` +
      `patches ${(b.patches / 1024).toFixed(1)} kB (${(b.whole / b.patches).toFixed(0)}× less); server ms: ` +
      `build ${b.buildMs.toFixed(2)}, pack whole ${b.packWholeMs.toFixed(2)}, encode+pack patches ${b.packPatchesMs.toFixed(2)}`,
  );
  const single = await largestWithinTarget(sizes, seconds, 1);
  console.log(
    single === null
      ? `No size kept p95 ≤ ${TARGET_P95_MS} ms.`
      : `Largest size with p95 ≤ ${TARGET_P95_MS} ms: ${single} tables (${single * (SEATS.length + 1)} clients); target ${TARGET_TABLES} tables: ${single >= TARGET_TABLES ? 'met' : 'not met'}.`,
  );
  if (processes === 1) return;
  // The same sizes on N processes, right after the single process, under the same machine load.
  console.log(`\n${processes} processes:`);
  const several = await largestWithinTarget(sizes, seconds, processes);
  const ratio = single && several ? several / single : NaN;
  console.log(
    several === null
      ? `No size kept p95 ≤ ${TARGET_P95_MS} ms on ${processes} processes.`
      : `Largest size with p95 ≤ ${TARGET_P95_MS} ms on ${processes} processes: ${several} tables (${several * (SEATS.length + 1)} clients), ` +
          `${ratio.toFixed(2)}× one process; target ${MULTI_PROCESS_TARGET}×: ${ratio >= MULTI_PROCESS_TARGET ? 'met' : 'not met'}.`,
  );
}

/** Runs the sizes in turn and prints a line for each; the largest size whose p95 met the target. */
async function largestWithinTarget(sizes: number[], seconds: number, processes: number): Promise<number | null> {
  console.log('tables  clients  actions/s  p50 ms  p95 ms  (samples)  load  CPU ms per action: server / bot clients');
  let best: number | null = null;
  for (const n of sizes) {
    const r = await runStep(n, seconds, processes);
    console.log(
      `${String(r.tables).padStart(6)}  ${String(r.clients).padStart(7)}  ${r.actionsPerSecond.toFixed(1).padStart(9)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  (${r.samples})  ${loadavg()[0]!.toFixed(1)}  ${r.serverCpuPerAction.toFixed(2)} / ${r.clientsCpuPerAction.toFixed(2)}`,
    );
    if (r.p95 <= TARGET_P95_MS) best = n;
  }
  return best;
}
