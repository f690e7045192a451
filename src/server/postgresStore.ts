/**
 * The classroom's store in PostgreSQL (ACCORD_DATABASE_URL), shared by every server process: the same
 * tables, seats and action logs as the SQLite file, so a table whose process died is restored by
 * another one, from the same log.
 *
 * Synchronous like the SQLite store (a move is durable before any device sees it): each call posts
 * its request to a worker thread holding the connection (postgresWorker.ts) and waits on a shared
 * flag for the answer, one round trip to the database. While it waits, this process does nothing
 * else, so PostgreSQL belongs on the same machine or the same network (a round trip well under a
 * millisecond); docs/deploy.md says so.
 *
 * Ownership: this process holds an advisory lock per open table it serves; `openTables()` claims the
 * open tables nobody holds (see classroomStore.ts). It holds one per class whose room it has open
 * (`holdRoom`), so that no other process opens a second room of the class (and one per table of no class
 * it has opened again by its code, by the table's id). If the connection is lost, the locks are gone
 * with it: `onLost` hears of it, and the server stops (another process restores its tables).
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PartyId } from '../engine/index.ts';
import type { Controller, TablePhase } from '../protocol/index.ts';
import type { ClassroomStore } from './classroomStore.ts';
import type { ClaimedRow, Op, Reply, WorkerData } from './postgresWorker.ts';
import { DataFolderError } from './dataFolderError.ts';
import { OPEN_PHASES, overTableOf, scenarioTextRow, tableRowValues, toRecord } from './tableStore.ts';
import type { OverTable, SeatRecord, StoredTable, TableRecord, TableRow } from './tableStore.ts';

const OVER: TablePhase[] = ['finished', 'ended'];
const CONNECT_TIMEOUT_MS = 15_000;
const QUERY_TIMEOUT_MS = 10_000;

/** The address without its password, for messages and the startup line. */
export function safeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an address that is not a URL)';
  }
}

export class PostgresStore implements ClassroomStore {
  readonly location: string;
  /** Called (once) when the connection is lost: this process no longer holds its tables. */
  onLost: ((reason: string) => void) | null = null;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  private seq = 0;
  private closed = false;

  constructor(url: string) {
    this.location = safeDatabaseUrl(url);
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new DataFolderError(
        `ACCORD_DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/database), not "${this.location}".`,
      );
    const shared = new SharedArrayBuffer(4);
    this.flag = new Int32Array(shared);
    const { port1, port2 } = new MessageChannel();
    this.port = port2;
    const data: WorkerData = { url, flag: shared, port: port1 };
    this.worker = new Worker(new URL('./postgresWorker.ts', import.meta.url), {
      workerData: data,
      transferList: [port1],
    });
    this.worker.unref();
    this.worker.on('message', (m: { lost?: string }) => {
      if (m.lost === undefined || this.closed) return;
      const lost = this.onLost;
      this.onLost = null;
      lost?.(`The connection to PostgreSQL (${this.location}) was lost: ${m.lost}.`);
    });
    try {
      this.call({ op: 'init' }, CONNECT_TIMEOUT_MS);
    } catch (e) {
      void this.worker.terminate();
      throw new DataFolderError(
        `The PostgreSQL database ${this.location} cannot be used (${(e as Error).message}). ` +
          'Check ACCORD_DATABASE_URL and that the server is running and accepts this user.',
      );
    }
  }

  /** Posts one request and sleeps until its answer (or the timeout). */
  private call(op: Op, timeoutMs = QUERY_TIMEOUT_MS): unknown {
    if (this.closed) throw new Error('the store is closed');
    const id = ++this.seq;
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage({ ...op, id });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`PostgreSQL did not answer within ${timeoutMs / 1000} s`);
      Atomics.wait(this.flag, 0, 0, left);
      // Cleared before reading, so an answer arriving now sets it again and the next wait returns.
      Atomics.store(this.flag, 0, 0);
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const r = m.message as Reply;
        if (r.id !== id) continue; // the late answer to a call that timed out
        if (!r.ok) throw new Error(r.error);
        return r.value;
      }
    }
  }

  insertTable(t: TableRecord): void {
    this.call({ op: 'insertTable', row: tableRowValues(t), texts: scenarioTexts([t]) });
  }

  insertClass(tables: readonly TableRecord[], id: string, data: string, createdAt: number): void {
    this.call({
      op: 'insertClass',
      rows: tables.map(tableRowValues),
      texts: scenarioTexts(tables),
      classId: id,
      data,
      createdAt,
    });
  }

  appendAction(tableId: string, seq: number, action: string, at: number): void {
    this.call({ op: 'appendAction', tableId, seq, action, at });
  }

  updatePhase(tableId: string, phase: TablePhase, problem: string | null = null): void {
    this.call({ op: 'updatePhase', tableId, phase, problem, over: OVER.includes(phase) });
  }

  updateControllers(tableId: string, controllers: Record<PartyId, Controller>): void {
    this.call({ op: 'updateControllers', tableId, controllers: JSON.stringify(controllers) });
  }

  keepScenarioText(tableId: string, text: string): void {
    const kept = scenarioTextRow(text);
    if (kept) this.call({ op: 'keepScenarioText', tableId, hash: kept[0], text });
  }

  saveSeat(tableId: string, seat: SeatRecord, slot = 0): void {
    this.call({ op: 'saveSeat', tableId, party: seat.party, name: seat.name, keyHash: seat.keyHash, slot });
  }

  removeSeat(tableId: string, party: PartyId): void {
    this.call({ op: 'removeSeat', tableId, party });
  }

  openTables(): StoredTable[] {
    let rows: ClaimedRow[];
    try {
      rows = this.call({ op: 'claimOpen', phases: OPEN_PHASES }) as ClaimedRow[];
    } catch (e) {
      throw new DataFolderError(`The PostgreSQL database ${this.location} cannot be read (${(e as Error).message}).`);
    }
    return rows.map(storedOf);
  }

  /** A class (its settings and roster, as JSON the classroom reads back), seen by every process. */
  saveClass(id: string, data: string, createdAt: number): void {
    this.call({ op: 'saveClass', classId: id, data, createdAt });
  }

  deleteTables(tableIds: readonly string[], classId: string | null = null): void {
    this.call({ op: 'deleteTables', ids: [...tableIds], classId });
  }

  classes(): { id: string; data: string }[] {
    return this.call({ op: 'classes' }) as { id: string; data: string }[];
  }

  overTables(): OverTable[] {
    return (this.call({ op: 'overTables' }) as Record<string, unknown>[]).map(overTableOf);
  }

  overTableWithCode(code: string): string | null {
    return (this.call({ op: 'overTableWithCode', code }) as string | null) ?? null;
  }

  /** Every table of the given ids (open or over, held by any process), with seats and actions. */
  tablesByIds(ids: readonly string[]): StoredTable[] {
    return (this.call({ op: 'tablesByIds', ids: [...ids] }) as ClaimedRow[]).map(storedOf);
  }

  codeTakenElsewhere(code: string): boolean {
    return this.call({ op: 'codeTaken', code, phases: OPEN_PHASES }) === true;
  }

  holdRoom(roomId: string): boolean {
    return this.call({ op: 'holdRoom', roomId }) === true;
  }

  releaseRoom(roomId: string): void {
    this.call({ op: 'releaseRoom', roomId });
  }

  check(): void {
    this.call({ op: 'check' });
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' }, 2000);
    } catch {
      // Closing anyway: the locks go with the connection.
    }
    this.closed = true;
    void this.worker.terminate();
  }
}

/** A stored table as the worker read it, in the store's types. */
function storedOf(r: ClaimedRow): StoredTable {
  const row = r.table as unknown as TableRow;
  // BIGINT columns arrive as text (they may exceed 2^53; these never do).
  return {
    table: toRecord({ ...row, seed: Number(row.seed), created_at: Number(row.created_at) }),
    seats: r.seats.map((s) => ({ party: s.party, name: s.name, keyHash: s.key_hash })),
    actions: r.actions,
  };
}

/** The scenario texts the tables keep, each once (hash, text): a class's tables share theirs. */
function scenarioTexts(tables: readonly TableRecord[]): [string, string][] {
  const out = new Map<string, string>();
  for (const t of tables) {
    const kept = scenarioTextRow(t.scenarioText);
    if (kept) out.set(...kept);
  }
  return [...out];
}
