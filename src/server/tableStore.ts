/**
 * Everything the classroom must not lose, in one SQLite file (`node:sqlite`, synchronous): tables
 * (scenario, seed, who plays what, clocks, phase), seats (player names and the hashes of their seat
 * keys, never the keys) and each table's action log. A table is its scenario, seed and actions, so
 * replaying the log through the engine rebuilds it exactly after a restart.
 *
 * Writes are synchronous and happen before any view goes out: when `appendAction` returns, the move
 * is on disk (WAL journal; `synchronous = NORMAL` survives a crash of the process, which is the fault
 * a classroom server meets; a power cut may lose the last moves, never corrupt the file).
 */
import { createHash } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import type { Action, PartyId } from '../engine/index.ts';
import type { Controller, TablePhase } from '../protocol/index.ts';
import { DataFolderError } from './dataFolderError.ts';
import { lockDataFolder, type DataFolderLock } from './dataFolderLock.ts';

export interface TableRecord {
  id: string;
  code: string;
  title: string;
  scenarioId: string;
  scenarioVersion: string;
  /**
   * The language the table plays its scenario in (a tag the file offers), or '' for the file's own
   * language: tables stored before a table chose its language read back as ''.
   */
  language: string;
  /**
   * The scenario file's text when the table was created: a restart replays the table on it, not on the file
   * as it is now (an upgrade of Accord may change a bundled scenario's figures under the same version).
   * '' for tables stored before tables kept it (they replay on the file).
   */
  scenarioText?: string;
  seed: number;
  paceMs: number;
  turnSeconds: number | null;
  roundSeconds: number | null;
  controllers: Record<PartyId, Controller>;
  phase: TablePhase;
  problem: string | null;
  createdAt: number;
}

export interface SeatRecord {
  party: PartyId;
  name: string;
  keyHash: string;
}

/** A table that is over as `overTables` lists it: no moves, how many names its seats keep. */
export interface OverTable {
  id: string;
  code: string;
  title: string;
  phase: TablePhase;
  createdAt: number;
  names: number;
}

/** The query of `overTables` (postgresWorker.ts asks PostgreSQL the same of its tables). */
const OVER_TABLES = `SELECT t.id, t.code, t.title, t.phase, t.created_at,
    (SELECT COUNT(*) FROM seats s WHERE s.table_id = t.id) + (SELECT COUNT(*) FROM shared_seats s WHERE s.table_id = t.id) AS names
  FROM tables t WHERE t.phase IN ('finished', 'ended') ORDER BY t.created_at`;

/** The latest table that is over with a code (postgresWorker.ts asks PostgreSQL the same), by the index on `code`. */
const OVER_TABLE_WITH_CODE = `SELECT id FROM tables WHERE code = ? AND phase IN ('finished', 'ended')
  ORDER BY created_at DESC LIMIT 1`;

/** A row of `overTablesQuery` in the store's types (PostgreSQL gives BIGINT and COUNT as text). */
export function overTableOf(r: Record<string, unknown>): OverTable {
  return {
    id: String(r.id),
    code: String(r.code),
    title: String(r.title),
    phase: r.phase as TablePhase,
    createdAt: Number(r.created_at),
    names: Number(r.names),
  };
}

export interface StoredTable {
  table: TableRecord;
  seats: SeatRecord[];
  /** The actions as stored (JSON text), in order. */
  actions: string[];
}

/** The key a computer party's reason is stored under beside its action (never an action field). */
const REASON_KEY = 'computerReason';

/**
 * An action as the store keeps it: its JSON, with a computer party's one-line reason beside it (so
 * the table's log keeps the reasons across a restart, while the engine only ever replays the action).
 */
export function encodeStoredAction(action: Action, reason: string | null = null): string {
  return JSON.stringify(reason === null ? action : { ...action, [REASON_KEY]: reason });
}

/** A stored action and its reason (null: a person's move, or stored before reasons were kept). Throws on bad JSON. */
export function decodeStoredAction(text: string): { action: Action; reason: string | null } {
  const parsed = JSON.parse(text) as Action & { [REASON_KEY]?: unknown };
  if (typeof parsed !== 'object' || parsed === null || !(REASON_KEY in parsed)) return { action: parsed, reason: null };
  const { [REASON_KEY]: reason, ...action } = parsed;
  return { action: action as Action, reason: typeof reason === 'string' ? reason : null };
}

/**
 * Why the classroom cannot write in `dir`, or null when it can (it writes and removes a probe file:
 * a folder's permissions do not say it, as for root, or on a file system mounted read-only). Asked
 * before the database opens, whose own error ("unable to open database file") sent people to move a
 * database that was not damaged.
 */
export function unwritableFolder(
  dir: string,
  probe: (file: string) => void = (file) => {
    writeFileSync(file, '');
    unlinkSync(file);
  },
): string | null {
  try {
    probe(join(dir, '.accord-write-check'));
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC')
      return `The disk holding the data folder ${dir} is full: Accord stores every move there. Free some space there, then start again.`;
    return (
      `The data folder ${dir} cannot be written (${code ?? (e as Error).message}): Accord stores every move there before any ` +
      'device sees it. Make it writable, or choose another folder with --data DIR.'
    );
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tables (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  scenario_version TEXT NOT NULL,
  seed INTEGER NOT NULL,
  pace_ms INTEGER NOT NULL,
  turn_seconds INTEGER,
  round_seconds INTEGER,
  controllers TEXT NOT NULL,
  phase TEXT NOT NULL,
  problem TEXT,
  created_at INTEGER NOT NULL,
  language TEXT NOT NULL DEFAULT '',
  scenario_hash TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS scenario_texts (
  hash TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS seats (
  table_id TEXT NOT NULL REFERENCES tables(id),
  party TEXT NOT NULL,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  PRIMARY KEY (table_id, party)
);
CREATE TABLE IF NOT EXISTS shared_seats (
  table_id TEXT NOT NULL REFERENCES tables(id),
  party TEXT NOT NULL,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  PRIMARY KEY (table_id, party)
);
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS actions (
  table_id TEXT NOT NULL REFERENCES tables(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (table_id, seq)
);
CREATE INDEX IF NOT EXISTS tables_code ON tables (code);
`;

/** Phases whose tables are restored on boot (the others are over). */
export const OPEN_PHASES: TablePhase[] = ['waiting', 'playing', 'paused'];

export interface TableRow {
  id: string;
  code: string;
  title: string;
  scenario_id: string;
  scenario_version: string;
  seed: number;
  pace_ms: number;
  turn_seconds: number | null;
  round_seconds: number | null;
  controllers: string;
  phase: string;
  problem: string | null;
  created_at: number;
  /** Absent in a row read from a database written before tables chose their language. */
  language?: string;
  /** The text of its scenario (SELECT_TABLES), null or absent where the table keeps none. */
  scenario_text?: string | null;
}

export class TableStore {
  readonly file: string;
  private readonly db: DatabaseSync;
  /** Held from the start to `close`: a second server on this data folder is refused (dataFolderLock.ts). */
  private readonly lock: DataFolderLock;
  private readonly insertAction: StatementSync;
  private readonly setPhase: StatementSync;
  private readonly putSeat: StatementSync;
  private readonly dropSeat: StatementSync;
  private readonly putSharedSeat: StatementSync;
  private readonly dropSharedSeat: StatementSync;
  private readonly putClass: StatementSync;
  private readonly setControllers: StatementSync;
  private readonly setScenarioText: StatementSync;
  private readonly putScenarioText: StatementSync;

  constructor(file: string) {
    this.file = file;
    const unwritable = unwritableFolder(dirname(file));
    if (unwritable) throw new DataFolderError(unwritable);
    this.lock = lockDataFolder(dirname(file));
    try {
      this.db = new DatabaseSync(file);
      // secure_delete: a class erased (deleteTables) is overwritten in the file, not only unlinked from it.
      this.db.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;',
      );
      this.db.exec(SCHEMA);
      addLanguageColumn(this.db);
      addScenarioHashColumn(this.db);
      this.insertAction = this.db.prepare('INSERT INTO actions (table_id, seq, action, at) VALUES (?, ?, ?, ?)');
      this.setPhase = this.db.prepare('UPDATE tables SET phase = ?, problem = ? WHERE id = ?');
      this.putSeat = this.db.prepare(
        'INSERT INTO seats (table_id, party, name, key_hash) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (table_id, party) DO UPDATE SET name = excluded.name, key_hash = excluded.key_hash',
      );
      this.dropSeat = this.db.prepare('DELETE FROM seats WHERE table_id = ? AND party = ?');
      this.putSharedSeat = this.db.prepare(
        'INSERT INTO shared_seats (table_id, party, name, key_hash) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (table_id, party) DO UPDATE SET name = excluded.name, key_hash = excluded.key_hash',
      );
      this.dropSharedSeat = this.db.prepare('DELETE FROM shared_seats WHERE table_id = ? AND party = ?');
      this.putClass = this.db.prepare(
        'INSERT INTO classes (id, data, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
      );
      this.setControllers = this.db.prepare('UPDATE tables SET controllers = ? WHERE id = ?');
      this.setScenarioText = this.db.prepare("UPDATE tables SET scenario_hash = ? WHERE id = ? AND scenario_hash = ''");
      this.putScenarioText = this.db.prepare(
        'INSERT INTO scenario_texts (hash, text) VALUES (?, ?) ON CONFLICT DO NOTHING',
      );
    } catch (e) {
      this.lock.release();
      throw new DataFolderError(
        `The classroom database ${file} cannot be opened (${e instanceof Error ? e.message : String(e)}). ` +
          'If it is damaged, move it (or the whole data folder) aside and start again: a new, empty one is created.',
      );
    }
  }

  insertTable(t: TableRecord): void {
    const kept = scenarioTextRow(t.scenarioText);
    if (kept) this.putScenarioText.run(...kept);
    this.db
      .prepare(
        `INSERT INTO tables (id, code, title, scenario_id, scenario_version, seed, pace_ms, turn_seconds,
           round_seconds, controllers, phase, problem, created_at, language, scenario_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...tableRowValues(t));
  }

  insertClass(tables: readonly TableRecord[], id: string, data: string, createdAt: number): void {
    this.allOrNothing(() => {
      for (const t of tables) this.insertTable(t);
      this.saveClass(id, data, createdAt);
    });
  }

  /** Runs `writes` in one transaction: all of them kept, or none (the error thrown on). */
  private allOrNothing(writes: () => void): void {
    this.db.exec('BEGIN');
    try {
      writes();
      this.db.exec('COMMIT');
    } catch (e) {
      // SQLite has already rolled back after some errors (SQLITE_FULL among them).
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // No transaction left: nothing was kept.
      }
      throw e;
    }
  }

  appendAction(tableId: string, seq: number, action: string, at: number): void {
    this.insertAction.run(tableId, seq, action, at);
  }

  updatePhase(tableId: string, phase: TablePhase, problem: string | null = null): void {
    this.setPhase.run(phase, problem, tableId);
  }

  updateControllers(tableId: string, controllers: Record<PartyId, Controller>): void {
    this.setControllers.run(JSON.stringify(controllers), tableId);
  }

  keepScenarioText(tableId: string, text: string): void {
    const kept = scenarioTextRow(text);
    if (!kept) return;
    this.putScenarioText.run(...kept);
    this.setScenarioText.run(kept[0], tableId);
  }

  /** A seat's holder: `slot` 0 is its first trainee, 1 the second of a doubled role. */
  saveSeat(tableId: string, seat: SeatRecord, slot = 0): void {
    (slot === 0 ? this.putSeat : this.putSharedSeat).run(tableId, seat.party, seat.name, seat.keyHash);
  }

  /** Frees a seat: both its holders when the role is doubled. */
  removeSeat(tableId: string, party: PartyId): void {
    this.dropSeat.run(tableId, party);
    this.dropSharedSeat.run(tableId, party);
  }

  /** A class (its settings and roster, as JSON the classroom reads back). */
  saveClass(id: string, data: string, createdAt: number): void {
    this.putClass.run(id, data, createdAt);
  }

  /**
   * Erases tables (their moves, seats and rows) and, when `classId` is given, the class (its roster, worksheets,
   * reflections and observer keys), all or nothing; then the scenario texts no table uses any more. The pages
   * they were on are overwritten (secure_delete) and the journal emptied, so the names are gone from the files.
   */
  deleteTables(tableIds: readonly string[], classId: string | null = null): void {
    const hashes = new Set<string>();
    this.allOrNothing(() => {
      for (const id of tableIds) {
        const row = this.db.prepare('SELECT scenario_hash FROM tables WHERE id = ?').get(id) as
          { scenario_hash: string } | undefined;
        if (row && row.scenario_hash !== '') hashes.add(row.scenario_hash);
        for (const from of ['actions', 'seats', 'shared_seats'])
          this.db.prepare(`DELETE FROM ${from} WHERE table_id = ?`).run(id);
        this.db.prepare('DELETE FROM tables WHERE id = ?').run(id);
      }
      if (classId !== null) this.db.prepare('DELETE FROM classes WHERE id = ?').run(classId);
      for (const hash of hashes)
        this.db
          .prepare(
            'DELETE FROM scenario_texts WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM tables WHERE scenario_hash = ?)',
          )
          .run(hash, hash);
    });
    // The journal still holds the erased pages as they were: copied into the file (overwritten there) and emptied.
    try {
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch {
      // Emptied at a later checkpoint.
    }
  }

  classes(): { id: string; data: string }[] {
    return this.db.prepare('SELECT id, data FROM classes ORDER BY created_at').all() as unknown as {
      id: string;
      data: string;
    }[];
  }

  overTables(): OverTable[] {
    return (this.db.prepare(OVER_TABLES).all() as Record<string, unknown>[]).map(overTableOf);
  }

  overTableWithCode(code: string): string | null {
    const row = this.db.prepare(OVER_TABLE_WITH_CODE).get(code) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** Every table of the given ids (open or over), with seats and actions: a class's export. */
  tablesByIds(ids: readonly string[]): StoredTable[] {
    const rows = ids.flatMap((id) => this.db.prepare(`${SELECT_TABLES} WHERE id = ?`).all(id) as unknown as TableRow[]);
    return rows.map((row) => this.withSeatsAndActions(row));
  }

  /** Every table still open (waiting, playing or paused), with its seats and actions. */
  openTables(): StoredTable[] {
    try {
      const rows = this.db
        .prepare(`${SELECT_TABLES} WHERE phase IN (${OPEN_PHASES.map(() => '?').join(', ')}) ORDER BY created_at`)
        .all(...OPEN_PHASES) as unknown as TableRow[];
      return rows.map((row) => this.withSeatsAndActions(row));
    } catch (e) {
      throw new DataFolderError(
        `The classroom database ${this.file} cannot be read (${e instanceof Error ? e.message : String(e)}). ` +
          'If it is damaged, move it (or the whole data folder) aside and start again: a new, empty one is created.',
      );
    }
  }

  private withSeatsAndActions(row: TableRow): StoredTable {
    // A doubled role's second holder follows its first (the session keeps that order).
    const seats = this.db
      .prepare(
        'SELECT party, name, key_hash, 0 AS slot FROM seats WHERE table_id = ? ' +
          'UNION ALL SELECT party, name, key_hash, 1 AS slot FROM shared_seats WHERE table_id = ? ORDER BY slot',
      )
      .all(row.id, row.id) as unknown as { party: string; name: string; key_hash: string }[];
    const actions = this.db
      .prepare('SELECT action FROM actions WHERE table_id = ? ORDER BY seq')
      .all(row.id) as unknown as {
      action: string;
    }[];
    return {
      table: toRecord(row),
      seats: seats.map((s) => ({ party: s.party, name: s.name, keyHash: s.key_hash })),
      actions: actions.map((a) => a.action),
    };
  }

  get location(): string {
    return this.file;
  }

  check(): void {
    this.db.prepare('SELECT 1').get();
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
    this.lock.release();
  }
}

/** A data folder from before tables chose their language gains the column (its tables: the file's own language). */
function addLanguageColumn(db: DatabaseSync): void {
  const columns = db.prepare('PRAGMA table_info(tables)').all() as unknown as { name: string }[];
  if (!columns.some((c) => c.name === 'language'))
    db.exec("ALTER TABLE tables ADD COLUMN language TEXT NOT NULL DEFAULT ''");
}

/** A data folder from before tables kept their scenario's text gains the column (its tables: '', the file's). */
function addScenarioHashColumn(db: DatabaseSync): void {
  const columns = db.prepare('PRAGMA table_info(tables)').all() as unknown as { name: string }[];
  if (!columns.some((c) => c.name === 'scenario_hash'))
    db.exec("ALTER TABLE tables ADD COLUMN scenario_hash TEXT NOT NULL DEFAULT ''");
}

/**
 * A table's row with the text of its scenario (`scenario_text`, null for a table stored before tables kept
 * it). The texts are kept once each, by hash: a table kept its own copy at first, 60-130 kB a table (a
 * school day of 150 tables, 12 MB; a year, gigabytes read again at every start).
 */
const SELECT_TABLES =
  'SELECT tables.*, scenario_texts.text AS scenario_text FROM tables LEFT JOIN scenario_texts ON scenario_texts.hash = tables.scenario_hash';

/** The row of `scenario_texts` for a table's text (its SHA-256, the text), or null when it keeps none. */
export function scenarioTextRow(text: string | undefined): [string, string] | null {
  if (!text) return null;
  // A class's tables share one text, asked for twice per table (its row and its text): hashed once.
  if (text !== lastHashed.text) lastHashed = { text, hash: createHash('sha256').update(text).digest('hex') };
  return [lastHashed.hash, text];
}
let lastHashed = { text: '', hash: '' };

/** A table's columns in the order both stores insert them (id … created_at, language, scenario_hash). */
export function tableRowValues(t: TableRecord): (string | number | null)[] {
  return [
    t.id,
    t.code,
    t.title,
    t.scenarioId,
    t.scenarioVersion,
    t.seed,
    t.paceMs,
    t.turnSeconds,
    t.roundSeconds,
    JSON.stringify(t.controllers),
    t.phase,
    t.problem,
    t.createdAt,
    t.language,
    scenarioTextRow(t.scenarioText)?.[0] ?? '',
  ];
}

export function toRecord(row: TableRow): TableRecord {
  let controllers: Record<PartyId, Controller> = {};
  try {
    controllers = JSON.parse(row.controllers) as Record<PartyId, Controller>;
  } catch {
    // Left empty: the restore reports the table as broken (its parties' controllers are unknown).
  }
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    scenarioId: row.scenario_id,
    scenarioVersion: row.scenario_version,
    language: row.language ?? '',
    scenarioText: row.scenario_text ?? '',
    seed: row.seed,
    paceMs: row.pace_ms,
    turnSeconds: row.turn_seconds,
    roundSeconds: row.round_seconds,
    controllers,
    phase: row.phase as TablePhase,
    problem: row.problem,
    createdAt: row.created_at,
  };
}
