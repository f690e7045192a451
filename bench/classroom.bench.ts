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
 * `--cpu-per-process 0.5` (root, Linux) limits each server process to half a core in a control group of
 * its own (bench/cpuBudget.ts), on one process and on N, so the ratio is measured with the same CPU
 * per process, the clients and Redis using the rest of the machine: on a machine with no more cores than
 * processes that is the only measured reading of "N processes carry N × one" (sizes then go in steps of 25).
 * Then a class of 40 tables (CLASSROOM_CLASS_TABLES; 0 skips it) created from a roster, its trainees
 * joining by name, with the instructor's console and the class board open: the p50/p95 latency
 * from a seat's action to the console's update of that table (target p95 < 200 ms).
 *
 * The sizes grow until one misses the p95 target (the steps after it would only miss by more), so the
 * largest size printed is the capacity, not the bench's ceiling. Because the bot clients run on the
 * same cores as the server processes, the bench also prints a projection that the clients' load does
 * not distort: each process's capacity if it had a core of its own, from the server CPU each action
 * costs at the largest size within the target (1,000 ms of one core / the CPU ms per action / the
 * actions per table per second measured there; a fixed per-process cost weighs less at a larger size), so N
 * processes on N cores give N × that, less what Redis routing adds to each action's CPU.
 *
 * CLASSROOM_TABLES=50,100,200 chooses the sizes (default 50,100,200,400,600,800,1000,1200); CLASSROOM_SECONDS=15
 * the measured time per size; CLASSROOM_START=together starts every table in the same millisecond (default: spread over 500 ms).
 * The bot clients choose cheaply (mostly pass, sometimes a random proposal) so their own CPU use
 * stays small: the server's work (engine, five views per action, storage, sending) is what counts.
 */
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import WS from 'ws';
import type { Action, LegalAction, PartyId } from '../src/engine/index.ts';
import { updateDecoder } from '../src/protocol/index.ts';
import { bytesPerAction } from './classroomBytes.ts';
import { cpuBudget } from './cpuBudget.ts';
import type { CpuBudget, CpuGroup } from './cpuBudget.ts';
import { freePort, startPostgres, startRedis } from '../test/support/services.ts';
import type { Service } from '../test/support/services.ts';
import { serveInChild } from '../test/support/serverProcess.ts';
import type {
  ClassPlacement,
  ClassServerMessages,
  ClassSummary,
  SeatUpdate,
  TableSummary,
} from '../src/protocol/index.ts';

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
  /** Kills the process and removes its data folder once it has exited (a dying process may still write there). */
  stop(): Promise<void>;
  /** The server process's CPU time so far (user + system, ms), or NaN where /proc is missing. */
  cpuMs(): number;
  /** Times its CPU budget held it back so far (0 without a budget). */
  throttled(): number;
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

async function startServerProcess(shared: Shared | null = null, budget: CpuBudget | null = null): Promise<Server> {
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
  const server = await serveInChild({ dataDir, port, env, stderr: 'inherit' });
  // The budget binds from here: start-up (loading the scenarios) is not what the bench measures.
  const group: CpuGroup | null = budget ? budget.assign(server.child.pid!) : null;
  return {
    url: `http://127.0.0.1:${server.port}`,
    key: shared?.key ?? readFileSync(join(dataDir, 'instructor-key'), 'utf8').trim(),
    cpuMs: () => processCpuMs(server.child.pid),
    throttled: () => group?.throttled() ?? 0,
    stop: async () => {
      const exited =
        server.child.exitCode === null && server.child.signalCode === null ? once(server.child, 'exit') : null;
      server.kill();
      await exited;
      group?.release();
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

/** What a seat bot reports to its bench: whether tables may move, an action sent, a latency seen. */
interface SeatHooks {
  going(): boolean;
  sent(tableId: string, movesBefore: number, at: number): void;
  seen(ms: number): void;
}

interface SeatRoom {
  onMessage(type: '*', cb: (type: string | number, payload: unknown) => void): unknown;
  send(type: string, payload?: unknown): void;
}

/**
 * A seat bot on a joined room: on its turn it waits for the table's pace and sends a cheap action,
 * and reports the latency from sending to receiving the view that includes it. Returns its starter
 * (called when the bench lets the tables go).
 */
function driveSeat(
  room: SeatRoom,
  tableId: string,
  party: PartyId,
  seed: number,
  lastAction: Map<string, number>,
  hooks: SeatHooks,
): () => void {
  let state = seed * 7919;
  const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  let pending: { moves: number; at: number } | null = null;
  let actedAt = -1;
  let latest: SeatUpdate | null = null;
  const decode = updateDecoder();
  const onSeat = (u: SeatUpdate): void => {
    latest = u;
    if (!hooks.going()) return;
    const now = performance.now();
    if (pending && u.table.moves > pending.moves) {
      hooks.seen(now - pending.at);
      pending = null;
    }
    if (u.table.phase !== 'playing' || u.table.active !== party || u.legal.length === 0) return;
    if (u.table.moves <= actedAt) return;
    actedAt = u.table.moves;
    const wait = Math.max(0, (lastAction.get(tableId) ?? 0) + ACTION_EVERY_MS - now);
    setTimeout(() => {
      const at = performance.now();
      lastAction.set(tableId, at);
      pending = { moves: u.table.moves, at };
      hooks.sent(tableId, u.table.moves, at);
      room.send('action', cheapChoice(u.legal, party, random));
    }, wait);
  };
  room.onMessage('*', (type: string | number, wire: unknown) => {
    const d = decode(type, wire);
    if (!d.ok) return room.send('resync');
    if (type === 'refused') pending = null;
    if (type === 'seat') onSeat(d.payload as SeatUpdate);
  });
  return () => {
    if (latest) onSeat(latest);
  };
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
  /** Times the CPU budget held a server back while measuring (all processes). */
  throttled: number;
}

async function runStep(
  tables: number,
  seconds: number,
  processes: number,
  budget: CpuBudget | null,
): Promise<StepResult> {
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
  const servers = await Promise.all(Array.from({ length: processes }, () => startServerProcess(shared, budget)));
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
      starters.push(
        driveSeat(room, t.id, party, seedCounter++, lastAction, {
          going: () => going,
          sent: () => {
            if (measuring) actions++;
          },
          seen: (ms) => {
            if (measuring) latencies.push(ms);
          },
        }),
      );
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
    const throttledNow = (): number => servers.reduce((sum, s) => sum + s.throttled(), 0);
    const cpu0 = { server: serversCpu(), clients: ownCpuMs(), throttled: throttledNow() };
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
      throttled: throttledNow() - cpu0.throttled,
    };
  } finally {
    await Promise.all(rooms.map((r) => r.leave(true).catch(() => undefined)));
    await Promise.all(servers.map((s) => s.stop()));
    await shared?.redis.stop();
    await shared?.postgres?.stop();
  }
}

/**
 * `--cpu-per-process F`: each server process in a control group of its own limited to F cores
 * (bench/cpuBudget.ts), or null without the argument.
 */
function budgetArgument(processes: number): CpuBudget | null {
  const i = process.argv.indexOf('--cpu-per-process');
  if (i < 0) return null;
  const cores = Number(process.argv[i + 1]);
  if (!(cores > 0 && cores <= 16))
    throw new Error('--cpu-per-process takes a number of cores per process, such as 0.5.');
  const budget = cpuBudget(cores);
  if (typeof budget === 'string') throw new Error(`--cpu-per-process: ${budget}.`);
  // The clients and Redis need what the budgets leave: a measurement where they starve says nothing.
  const spare = cpus().length - cores * processes;
  if (spare < 0.75)
    throw new Error(
      `--cpu-per-process ${cores} × ${processes} processes leaves ${spare.toFixed(2)} of ${cpus().length} cores for the clients and Redis: give each process less.`,
    );
  return budget;
}

/** Sizes for a budget: steps of 25 tables (a budget's capacity is a few hundred), stopped by the first miss. */
const BUDGET_SIZES = Array.from({ length: 80 }, (_, i) => 25 * (i + 1));

/** `--processes N` after the bench's name (default 1). */
function processesArgument(): number {
  const i = process.argv.indexOf('--processes');
  if (i < 0) return 1;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error('--processes takes a number of processes, 1 to 16.');
  return n;
}

const CLASS_TABLES = Number(process.env.CLASSROOM_CLASS_TABLES ?? 40);
const TARGET_CONSOLE_P95_MS = 200;

interface ClassStepResult {
  tables: number;
  clients: number;
  actionsPerSecond: number;
  seatP95: number;
  consoleP50: number;
  consoleP95: number;
  consoleSamples: number;
  consoleMessagesPerSecond: number;
}

/**
 * A class of `tables` tables (created with `POST /api/classes` from a roster of 4 names a table;
 * each bot joins with the class code and its name, as a trainee does) with the instructor's console
 * and the class board open. The console's latency: from a seat sending its action to the console
 * receiving the table that includes it.
 */
async function runClassStep(tables: number, seconds: number): Promise<ClassStepResult> {
  (globalThis as { WebSocket: unknown }).WebSocket = WS;
  const { Client } = await import('@colyseus/sdk');
  const server = await startServerProcess();
  const rooms: { leave(consented?: boolean): Promise<unknown> }[] = [];
  const seatLatencies: number[] = [];
  const consoleLatencies: number[] = [];
  let actions = 0;
  let consoleMessages = 0;
  let measuring = false;
  let going = false;
  try {
    const roster = Array.from({ length: tables * SEATS.length }, (_, k) => `Trainee ${k + 1}`);
    const res = await fetch(`${server.url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` },
      body: JSON.stringify({
        scenario: SCENARIO,
        human: SEATS,
        tables,
        roster,
        strategy: 'linear',
        difficulty: 'easy',
        pace: ACTION_EVERY_MS,
        seed: 1,
      }),
    });
    if (res.status !== 201) throw new Error(`Creating the class: ${res.status} ${await res.text()}`);
    const cls = ((await res.json()) as { class: ClassSummary }).class;
    /** When the action that brought a table to a number of moves was sent (`tableId:moves`). */
    const sentAt = new Map<string, number>();
    const consoleRoom = await new Client(server.url).joinById(cls.id, {
      role: 'instructor',
      instructorKey: server.key,
    });
    rooms.push(consoleRoom);
    consoleRoom.onMessage('*', (type: string | number, payload: unknown) => {
      if (type !== 'console-table') return;
      const { table } = payload as ClassServerMessages['console-table'];
      if (!measuring) return;
      consoleMessages++;
      const key = `${table.status.id}:${table.status.moves}`;
      const at = sentAt.get(key);
      if (at === undefined) return;
      sentAt.delete(key);
      consoleLatencies.push(performance.now() - at);
    });
    const board = await new Client(server.url).joinById(cls.id, { role: 'board', code: cls.code });
    board.onMessage('*', () => undefined);
    rooms.push(board);

    const lastAction = new Map<string, number>();
    const starters: (() => void)[] = [];
    let seed = 1;
    const joinAs = async (name: string): Promise<void> => {
      const r = await fetch(`${server.url}/api/class/${cls.code}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      const p = (await r.json()) as ClassPlacement;
      if (r.status !== 200) throw new Error(`Joining the class: ${r.status} ${JSON.stringify(p)}`);
      const room = await new Client(server.url).joinById(p.roomId, { role: 'seat', code: p.code, seatKey: p.seatKey });
      rooms.push(room);
      starters.push(
        driveSeat(room, p.tableId, p.party, seed++, lastAction, {
          going: () => going,
          sent: (tableId, movesBefore, at) => {
            if (!measuring) return;
            actions++;
            sentAt.set(`${tableId}:${movesBefore + 1}`, at);
          },
          seen: (ms) => {
            if (measuring) seatLatencies.push(ms);
          },
        }),
      );
    };
    for (let i = 0; i < roster.length; i += 25) await Promise.all(roster.slice(i, i + 25).map(joinAs));
    going = true;
    const t0 = performance.now();
    cls.tables.forEach((t, i) => lastAction.set(t.id, t0 - ACTION_EVERY_MS + (i * ACTION_EVERY_MS) / tables));
    for (const start of starters) start();
    await new Promise((r) => setTimeout(r, 2000));
    measuring = true;
    const started = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    const elapsed = (performance.now() - started) / 1000;
    seatLatencies.sort((a, b) => a - b);
    consoleLatencies.sort((a, b) => a - b);
    return {
      tables,
      clients: roster.length + 2,
      actionsPerSecond: (actions * (SEATS.length + COMPUTERS.length)) / SEATS.length / elapsed,
      seatP95: percentile(seatLatencies, 95),
      consoleP50: percentile(consoleLatencies, 50),
      consoleP95: percentile(consoleLatencies, 95),
      consoleSamples: consoleLatencies.length,
      consoleMessagesPerSecond: consoleMessages / elapsed,
    };
  } finally {
    await Promise.all(rooms.map((r) => r.leave(true).catch(() => undefined)));
    await server.stop();
  }
}

export default async function classroomBench(): Promise<void> {
  const processes = processesArgument();
  const budget = budgetArgument(processes);
  const sizes = process.env.CLASSROOM_TABLES
    ? process.env.CLASSROOM_TABLES.split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : budget
      ? BUDGET_SIZES
      : [50, 100, 200, 400, 600, 800, 1000, 1200];
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
  if (budget)
    console.log(
      `Each server process limited to ${budget.cores} of a core (its own control group), on one process and on ${processes}: the clients and Redis use the rest of the machine. "throttled" counts the times a budget held a server back.`,
    );
  // Deterministic figures first: what one action costs the server and the network.
  const b = await bytesPerAction(SCENARIO, SEATS, COMPUTERS, cheapChoice);
  console.log(
    `Per action (one whole game in-process, ${b.actions} actions, 5 clients): whole updates ${(b.whole / 1024).toFixed(1)} kB, ` +
      `patches ${(b.patches / 1024).toFixed(1)} kB (${(b.whole / b.patches).toFixed(0)}× less); server ms: ` +
      `build ${b.buildMs.toFixed(2)}, pack whole ${b.packWholeMs.toFixed(2)}, encode+pack patches ${b.packPatchesMs.toFixed(2)}`,
  );
  const {
    best: single,
    cpuPerAction: singleCpu,
    actionsPerTableSecond,
  } = await largestWithinTarget(sizes, seconds, 1, budget);
  console.log(
    single === null
      ? `No size kept p95 ≤ ${TARGET_P95_MS} ms.`
      : `Largest size with p95 ≤ ${TARGET_P95_MS} ms: ${single} tables (${single * (SEATS.length + 1)} clients); ${budget ? `(the target of ${TARGET_TABLES} tables is for a whole machine: not judged under a budget)` : `target ${TARGET_TABLES} tables: ${single >= TARGET_TABLES ? 'met' : 'not met'}`}.`,
  );
  if (CLASS_TABLES > 0) {
    const c = await runClassStep(CLASS_TABLES, seconds);
    console.log(
      `A class of ${c.tables} tables (${c.clients} clients: ${c.tables * SEATS.length} trainees joined by name, the console and the class board): ` +
        `${c.actionsPerSecond.toFixed(1)} actions/s, seat p95 ${c.seatP95.toFixed(1)} ms; console updates ${c.consoleMessagesPerSecond.toFixed(1)}/s, ` +
        `action-to-console p50 ${c.consoleP50.toFixed(1)} ms, p95 ${c.consoleP95.toFixed(1)} ms (${c.consoleSamples} samples); ` +
        `target p95 < ${TARGET_CONSOLE_P95_MS} ms: ${c.consoleP95 < TARGET_CONSOLE_P95_MS ? 'met' : 'not met'}.`,
    );
  }
  if (processes === 1) return;
  // The same sizes on N processes, right after the single process, under the same machine load.
  console.log(`\n${processes} processes:`);
  const {
    best: several,
    cpuPerAction: severalCpu,
    reachedEnd,
  } = await largestWithinTarget(
    // Sizes the single process carried say nothing new: start at its capacity.
    sizes.filter((n) => single === null || n >= single),
    seconds,
    processes,
    budget,
  );
  // The clients' CPU shares the cores with the servers here: what each process would carry on a core of its own.
  const ownCore = (cpuPerAction: number, n: number) => Math.floor((n * 1000) / (cpuPerAction * actionsPerTableSecond));
  if (Number.isFinite(singleCpu) && Number.isFinite(severalCpu)) {
    const one = ownCore(singleCpu, 1);
    const many = ownCore(severalCpu, processes);
    console.log(
      `Projection with a core per process (clients elsewhere): server CPU per action ${singleCpu.toFixed(2)} ms on one process, ` +
        `${severalCpu.toFixed(2)} ms on ${processes} (Redis routing included), so about ${one} tables on one core and ${many} on ${processes}: ` +
        `${(many / one).toFixed(2)}×; target ${MULTI_PROCESS_TARGET}×: ${many / one >= MULTI_PROCESS_TARGET ? 'met' : 'not met'} (projected).`,
    );
  }
  if (several === null) return console.log(`No size kept p95 ≤ ${TARGET_P95_MS} ms on ${processes} processes.`);
  const largest = `Largest size with p95 ≤ ${TARGET_P95_MS} ms on ${processes} processes: ${several} tables (${several * (SEATS.length + 1)} clients)`;
  if (single === null)
    return console.log(`${largest}; one process kept no size within it, so there is no ratio to the target's.`);
  const ratio = several / single;
  // A run whose every size met the target measured the bench's largest size, not the processes' capacity.
  const atLeast = reachedEnd ? 'at least ' : '';
  const verdict = ratio >= MULTI_PROCESS_TARGET ? 'met' : reachedEnd ? 'not shown (add larger sizes)' : 'not met';
  console.log(
    `${largest}, ${atLeast}${ratio.toFixed(2)}× one process (SQLite), measured ${budget ? `with ${budget.cores} of a core per process` : 'with the clients on the same cores'}; target ${MULTI_PROCESS_TARGET}×: ${verdict}.`,
  );
}

/**
 * Runs growing sizes until one misses the p95 target, printing a line for each. Returns the largest
 * size that met it, the server CPU per action measured there, and whether every size met it (then the
 * capacity lies beyond the largest size tried).
 */
async function largestWithinTarget(
  sizes: number[],
  seconds: number,
  processes: number,
  budget: CpuBudget | null,
): Promise<{ best: number | null; cpuPerAction: number; actionsPerTableSecond: number; reachedEnd: boolean }> {
  console.log(
    `tables  clients  actions/s  p50 ms  p95 ms  (samples)  load  CPU ms per action: server / bot clients${budget ? '  throttled' : ''}`,
  );
  let best: number | null = null;
  let cpuPerAction = NaN;
  let actionsPerTableSecond = 1000 / ACTION_EVERY_MS;
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const r = await runStep(n, seconds, processes, budget);
    console.log(
      `${String(r.tables).padStart(6)}  ${String(r.clients).padStart(7)}  ${r.actionsPerSecond.toFixed(1).padStart(9)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  (${r.samples})  ${loadavg()[0]!.toFixed(1)}  ${r.serverCpuPerAction.toFixed(2)} / ${r.clientsCpuPerAction.toFixed(2)}${budget ? `  ${r.throttled}` : ''}`,
    );
    if (r.p95 > TARGET_P95_MS) return { best, cpuPerAction, actionsPerTableSecond, reachedEnd: false };
    best = n;
    cpuPerAction = r.serverCpuPerAction;
    actionsPerTableSecond = r.actionsPerSecond / r.tables;
  }
  return { best, cpuPerAction, actionsPerTableSecond, reachedEnd: true };
}
