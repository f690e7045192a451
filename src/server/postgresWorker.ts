/**
 * The thread that talks to PostgreSQL for postgresStore.ts. The classroom's store is synchronous (a
 * move is durable before any device sees it), and `pg` is asynchronous, so the main thread posts a
 * request here and sleeps on a shared flag until the answer is on its port (postgresStore.ts).
 *
 * One connection, used for everything in order. Ownership of a table is a session-level advisory
 * lock held on this connection: PostgreSQL releases it by itself when the process dies (its socket
 * closes), and then exactly one other process's `pg_try_advisory_lock` succeeds: that process
 * restores the table. Written in erasable TypeScript only, so Node loads it without a loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import pg from 'pg';

export interface WorkerData {
  url: string;
  flag: SharedArrayBuffer;
  port: MessagePort;
}

/** A request (its `id` is added by the store: no request names a field `id`). */
export type Op =
  | { op: 'init' }
  | { op: 'insertTable'; row: unknown[]; texts: [string, string][] }
  | {
      op: 'insertClass';
      rows: unknown[][];
      texts: [string, string][];
      classId: string;
      data: string;
      createdAt: number;
    }
  | { op: 'appendAction'; tableId: string; seq: number; action: string; at: number }
  | { op: 'updatePhase'; tableId: string; phase: string; problem: string | null; over: boolean }
  | { op: 'updateControllers'; tableId: string; controllers: string }
  | { op: 'keepScenarioText'; tableId: string; hash: string; text: string }
  | { op: 'saveSeat'; tableId: string; party: string; name: string; keyHash: string; slot: number }
  | { op: 'removeSeat'; tableId: string; party: string }
  | { op: 'claimOpen'; phases: string[] }
  | { op: 'codeTaken'; code: string; phases: string[] }
  | { op: 'saveClass'; classId: string; data: string; createdAt: number }
  | { op: 'classes' }
  | { op: 'tablesByIds'; ids: string[] }
  | { op: 'deleteTables'; ids: string[]; classId: string | null }
  | { op: 'overTables' }
  | { op: 'overTableWithCode'; code: string }
  | { op: 'holdRoom'; roomId: string }
  | { op: 'releaseRoom'; roomId: string }
  | { op: 'check' }
  | { op: 'close' };

export interface ClaimedRow {
  table: Record<string, unknown>;
  seats: { party: string; name: string; key_hash: string }[];
  actions: string[];
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Prefixed names: the database may be shared with other applications. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS accord_tables (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  scenario_version TEXT NOT NULL,
  seed BIGINT NOT NULL,
  pace_ms INTEGER NOT NULL,
  turn_seconds INTEGER,
  round_seconds INTEGER,
  controllers TEXT NOT NULL,
  phase TEXT NOT NULL,
  problem TEXT,
  created_at BIGINT NOT NULL
);
ALTER TABLE accord_tables ADD COLUMN IF NOT EXISTS language TEXT NOT NULL DEFAULT '';
ALTER TABLE accord_tables ADD COLUMN IF NOT EXISTS scenario_hash TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS accord_scenario_texts (
  hash TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS accord_tables_phase ON accord_tables (phase);
CREATE INDEX IF NOT EXISTS accord_tables_code ON accord_tables (code);
CREATE TABLE IF NOT EXISTS accord_seats (
  table_id TEXT NOT NULL REFERENCES accord_tables(id),
  party TEXT NOT NULL,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  slot INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (table_id, party, slot)
);
CREATE TABLE IF NOT EXISTS accord_classes (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS accord_actions (
  table_id TEXT NOT NULL REFERENCES accord_tables(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (table_id, seq)
);
`;

/** The advisory-lock key of a table (64-bit hash of its id; the constant keeps the schema creation apart). */
const LOCK = `hashtextextended('accord-table:' || $1, 0)`;
/**
 * The advisory-lock key of a room held by the one process that has it open: a class's, by its id, or a reopened table's
 * of no class, by the table's id (`holdRoom`). Its prefix is the one it had when only classes took it: processes of the
 * two versions side by side take the same lock.
 */
const ROOM_LOCK = `hashtextextended('accord-class:' || $1, 0)`;
const SCHEMA_LOCK = 7_318_502_441;
/** Held while a process claims tables (`claimOpen`), so that claims are made one at a time. */
const CLAIM_LOCK = 7_318_502_442;

const data = workerData as WorkerData;
const flag = new Int32Array(data.flag);
const client = new pg.Client({ connectionString: data.url, application_name: 'accord' });
/** The tables this connection holds the lock of. */
const owned = new Set<string>();
/** The rooms this connection holds the lock of (taken once each: a lock taken twice is held twice). */
const ownedRooms = new Set<string>();
let closing = false;

client.on('error', (e: Error) => {
  // The connection is gone, and with it every lock: the main thread decides what to do (it exits).
  if (!closing) parentPort?.postMessage({ lost: e.message });
});
client.on('end', () => {
  if (!closing) parentPort?.postMessage({ lost: 'the server closed the connection' });
});

async function run(m: Op): Promise<unknown> {
  switch (m.op) {
    case 'init':
      await client.connect();
      // Two processes starting together must not both create the schema.
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
      return null;
    case 'insertTable':
      await keepTexts(m.texts);
      await insertTable(m.row);
      return null;
    case 'insertClass': {
      const heldBefore = new Set(owned);
      const locked: string[] = [];
      await client.query('BEGIN');
      try {
        await keepTexts(m.texts);
        for (const row of m.rows) await insertTable(row, locked);
        await saveClass(m.classId, m.data, m.createdAt);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        // The locks are the session's, kept through a rollback: let go of each one taken here
        // (a lock taken twice is held twice), and of the tables never stored.
        for (const id of locked) {
          await client.query(`SELECT pg_advisory_unlock(${LOCK})`, [id]);
          if (!heldBefore.has(id)) owned.delete(id);
        }
        throw e;
      }
      return null;
    }
    case 'appendAction':
      await client.query('INSERT INTO accord_actions (table_id, seq, action, at) VALUES ($1, $2, $3, $4)', [
        m.tableId,
        m.seq,
        m.action,
        m.at,
      ]);
      return null;
    case 'updatePhase':
      await client.query('UPDATE accord_tables SET phase = $1, problem = $2 WHERE id = $3', [
        m.phase,
        m.problem,
        m.tableId,
      ]);
      // A table that is over is never restored: its lock is no longer needed.
      if (m.over && owned.delete(m.tableId)) await client.query(`SELECT pg_advisory_unlock(${LOCK})`, [m.tableId]);
      return null;
    case 'keepScenarioText':
      await keepTexts([[m.hash, m.text]]);
      await client.query("UPDATE accord_tables SET scenario_hash = $1 WHERE id = $2 AND scenario_hash = ''", [
        m.hash,
        m.tableId,
      ]);
      return null;
    case 'updateControllers':
      await client.query('UPDATE accord_tables SET controllers = $1 WHERE id = $2', [m.controllers, m.tableId]);
      return null;
    case 'saveSeat':
      await client.query(
        `INSERT INTO accord_seats (table_id, party, name, key_hash, slot) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (table_id, party, slot) DO UPDATE SET name = excluded.name, key_hash = excluded.key_hash`,
        [m.tableId, m.party, m.name, m.keyHash, m.slot],
      );
      return null;
    case 'removeSeat':
      await client.query('DELETE FROM accord_seats WHERE table_id = $1 AND party = $2', [m.tableId, m.party]);
      return null;
    case 'claimOpen':
      return claimOpen(m.phases);
    case 'codeTaken': {
      const r = await client.query('SELECT 1 FROM accord_tables WHERE code = $1 AND phase = ANY($2::text[]) LIMIT 1', [
        m.code,
        m.phases,
      ]);
      return r.rowCount !== null && r.rowCount > 0;
    }
    case 'saveClass':
      await saveClass(m.classId, m.data, m.createdAt);
      return null;
    case 'classes':
      return (await client.query('SELECT id, data FROM accord_classes ORDER BY created_at')).rows;
    case 'tablesByIds': {
      const out: ClaimedRow[] = [];
      for (const id of m.ids) {
        const stored = await storedTable(id);
        if (stored) out.push(stored);
      }
      return out;
    }
    case 'overTables':
      // As tableStore.ts `overTablesQuery` asks SQLite (this thread imports nothing of the server's).
      return (
        await client.query(
          `SELECT t.id, t.code, t.title, t.phase, t.created_at,
             (SELECT COUNT(*) FROM accord_seats s WHERE s.table_id = t.id) AS names
           FROM accord_tables t WHERE t.phase IN ('finished', 'ended') ORDER BY t.created_at`,
        )
      ).rows;
    case 'overTableWithCode': {
      // As tableStore.ts asks SQLite, by the index on code (accord_tables_code).
      const r = await client.query<{ id: string }>(
        `SELECT id FROM accord_tables WHERE code = $1 AND phase IN ('finished', 'ended')
           ORDER BY created_at DESC LIMIT 1`,
        [m.code],
      );
      return r.rows[0]?.id ?? null;
    }
    case 'deleteTables':
      await deleteTables(m.ids, m.classId);
      return null;
    case 'holdRoom': {
      if (ownedRooms.has(m.roomId)) return true;
      const r = await client.query<{ held: boolean }>(`SELECT pg_try_advisory_lock(${ROOM_LOCK}) AS held`, [m.roomId]);
      if (r.rows[0]?.held !== true) return false;
      ownedRooms.add(m.roomId);
      return true;
    }
    case 'releaseRoom':
      if (ownedRooms.delete(m.roomId)) await client.query(`SELECT pg_advisory_unlock(${ROOM_LOCK})`, [m.roomId]);
      return null;
    case 'check':
      await client.query('SELECT 1');
      return null;
    case 'close':
      closing = true;
      await client.end();
      return null;
  }
}

/** The scenario texts tables keep (hash, text), each stored once (tableStore.ts SELECT_TABLES). */
async function keepTexts(texts: readonly [string, string][]): Promise<void> {
  for (const [hash, text] of texts)
    await client.query('INSERT INTO accord_scenario_texts (hash, text) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING', [
      hash,
      text,
    ]);
}

/** Inserts a table's row, locked first; `locked` hears of the lock taken. */
async function insertTable(row: unknown[], locked: string[] = []): Promise<void> {
  const id = row[0] as string;
  // Locked before the row exists, so no other process can claim the new table.
  await client.query(`SELECT pg_advisory_lock(${LOCK})`, [id]);
  locked.push(id);
  owned.add(id);
  await client.query(
    `INSERT INTO accord_tables (id, code, title, scenario_id, scenario_version, seed, pace_ms, turn_seconds,
       round_seconds, controllers, phase, problem, created_at, language, scenario_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    row,
  );
}

async function saveClass(id: string, data: string, createdAt: number): Promise<void> {
  await client.query(
    `INSERT INTO accord_classes (id, data, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
    [id, data, createdAt],
  );
}

/**
 * Erases tables and, with `classId`, their class, all or nothing, then the scenario texts no table uses any more;
 * lets go of the tables' locks (a table erased is never restored). PostgreSQL reclaims the rows' space at its next
 * vacuum (docs/deploy.md).
 */
async function deleteTables(ids: string[], classId: string | null): Promise<void> {
  await client.query('BEGIN');
  try {
    const hashes = await client.query<{ scenario_hash: string }>(
      "SELECT DISTINCT scenario_hash FROM accord_tables WHERE id = ANY($1::text[]) AND scenario_hash <> ''",
      [ids],
    );
    await client.query('DELETE FROM accord_actions WHERE table_id = ANY($1::text[])', [ids]);
    await client.query('DELETE FROM accord_seats WHERE table_id = ANY($1::text[])', [ids]);
    await client.query('DELETE FROM accord_tables WHERE id = ANY($1::text[])', [ids]);
    if (classId !== null) await client.query('DELETE FROM accord_classes WHERE id = $1', [classId]);
    await client.query(
      `DELETE FROM accord_scenario_texts s WHERE s.hash = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM accord_tables t WHERE t.scenario_hash = s.hash)`,
      [hashes.rows.map((r) => r.scenario_hash)],
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  for (const id of ids) if (owned.delete(id)) await client.query(`SELECT pg_advisory_unlock(${LOCK})`, [id]);
}

/**
 * The open tables no live process holds, each now locked by this one, claimed while no other process
 * claims. Two claims running together (every process looks every 2 s, and at once when a device asks)
 * split a dead process's tables between them, row by row (300 free tables raced by two processes: split
 * in 4 of 8 races), so a class's tables ended up on two processes, neither of which could take the class
 * up (classroom.ts `restoreClasses`): its board was gone and a table ending there sent its full debrief
 * while the class's other tables still negotiated. One at a time, the first takes every free table and
 * the next finds them held. The wait is for another claim's few queries.
 */
async function claimOpen(phases: string[]): Promise<ClaimedRow[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
    const out = await claimFree(phases);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * `claimOpen`'s claim itself. `OFFSET 0` keeps the planner from trying the lock on rows the other
 * conditions exclude (a lock taken is a lock held).
 */
async function claimFree(phases: string[]): Promise<ClaimedRow[]> {
  const claimed = await client.query<{ id: string }>(
    `SELECT id FROM (SELECT id, created_at FROM accord_tables WHERE phase = ANY($1::text[]) AND NOT (id = ANY($2::text[]))
       ORDER BY created_at OFFSET 0) AS free WHERE pg_try_advisory_lock(hashtextextended('accord-table:' || id, 0))
     ORDER BY created_at`,
    [phases, [...owned]],
  );
  const out: ClaimedRow[] = [];
  for (const { id } of claimed.rows) {
    owned.add(id);
    // Read after the lock: a table its owner finished (and unlocked) just before is not taken.
    const stored = await storedTable(id);
    if (!stored || !phases.includes((stored.table as { phase: string }).phase)) {
      owned.delete(id);
      await client.query(`SELECT pg_advisory_unlock(${LOCK})`, [id]);
      continue;
    }
    out.push(stored);
  }
  return out;
}

/** A table's row with its seats and actions, or null when there is no such table. */
async function storedTable(id: string): Promise<ClaimedRow | null> {
  const table = await client.query(
    `SELECT t.*, s.text AS scenario_text FROM accord_tables t
       LEFT JOIN accord_scenario_texts s ON s.hash = t.scenario_hash WHERE t.id = $1`,
    [id],
  );
  if (!table.rows[0]) return null;
  const seats = await client.query<ClaimedRow['seats'][number]>(
    // A doubled role's second holder follows its first (the session keeps that order).
    'SELECT party, name, key_hash FROM accord_seats WHERE table_id = $1 ORDER BY slot',
    [id],
  );
  const actions = await client.query<{ action: string }>(
    'SELECT action FROM accord_actions WHERE table_id = $1 ORDER BY seq',
    [id],
  );
  return {
    table: table.rows[0] as Record<string, unknown>,
    seats: seats.rows,
    actions: actions.rows.map((a) => a.action),
  };
}

parentPort?.on('message', (m: Op & { id: number }) => {
  void run(m).then(
    (value) => reply({ id: m.id, ok: true, value }),
    (e: unknown) => reply({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});

function reply(r: Reply): void {
  data.port.postMessage(r);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
