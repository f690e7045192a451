/**
 * What the classroom needs from its storage, whichever engine holds it: the SQLite file of the data
 * folder (tableStore.ts, the default) or a PostgreSQL database shared by several server processes
 * (postgresStore.ts, when ACCORD_DATABASE_URL is set).
 *
 * Every call is synchronous and returns once the write is durable, so a session stores an action
 * before any device sees it, on either engine.
 *
 * `openTables()` hands over the open tables this process now answers for and did not before: with
 * SQLite, every open table of the file (called once, at boot); with PostgreSQL, the open tables no
 * live process holds (at boot, and again whenever another process has died), each claimed by this
 * process alone.
 */
import type { PartyId } from '../engine/index.ts';
import type { Controller, TablePhase } from '../protocol/index.ts';
import type { OverTable, SeatRecord, StoredTable, TableRecord } from './tableStore.ts';

/**
 * The same store with some methods replaced: every other property passes through unchanged,
 * whatever the store adds later (the metrics' counting, the guard on failing writes).
 */
export function withMethods<S extends ClassroomStore>(
  store: S,
  methods: ReadonlyMap<PropertyKey, (...args: never[]) => unknown>,
): S {
  return new Proxy(store, {
    get(target, property) {
      const replaced = methods.get(property);
      if (replaced) return replaced;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface ClassroomStore {
  /** Where the data is, for a person: a file path or a database address without its password. */
  readonly location: string;
  insertTable(t: TableRecord): void;
  /** A new class with its tables, all stored or none: a disk filling up midway leaves no orphan tables. */
  insertClass(tables: readonly TableRecord[], id: string, data: string, createdAt: number): void;
  appendAction(tableId: string, seq: number, action: string, at: number): void;
  updatePhase(tableId: string, phase: TablePhase, problem?: string | null): void;
  updateControllers(tableId: string, controllers: Record<PartyId, Controller>): void;
  /**
   * Gives a table stored before tables kept their scenario's text the text it was restored on (nothing when it
   * has one): later upgrades, which may change the file's figures, then leave it on this one.
   */
  keepScenarioText(tableId: string, text: string): void;
  /** A seat's holder: `slot` 0 is its first trainee, 1 the second of a doubled role. */
  saveSeat(tableId: string, seat: SeatRecord, slot?: number): void;
  removeSeat(tableId: string, party: PartyId): void;
  openTables(): StoredTable[];
  /** A class (its settings and roster, as JSON the classroom reads back). */
  saveClass(id: string, data: string, createdAt: number): void;
  classes(): { id: string; data: string }[];
  /**
   * Erases tables (moves, seats, names, rows) and, with `classId`, the class's record (roster, worksheets,
   * reflections, observer keys), all or nothing; and the kept scenario texts no remaining table uses.
   */
  deleteTables(tableIds: readonly string[], classId?: string | null): void;
  /** Every table that is over (finished or ended), without its moves: what the instructor may still delete. */
  overTables(): OverTable[];
  /**
   * The id of the latest table that is over (finished or ended) with this join code, or null: what a finished
   * table's code opens again (Classroom.reopen). One indexed lookup, however many tables the store keeps.
   */
  overTableWithCode(code: string): string | null;
  /** Every table of the given ids (open or over), with seats and actions: a class's export. */
  tablesByIds(ids: readonly string[]): StoredTable[];
  /**
   * Whether an open table of another process has this join code (a store shared by processes
   * answers; a process's own SQLite file has no other process's tables, so it has none).
   */
  codeTakenElsewhere?(code: string): boolean;
  /**
   * A store shared by several processes: this process takes a room for itself, or is told (false) that another live
   * process has it, until `releaseRoom` or this process's end. Two rooms take it: a class's (by the class's id), opened
   * only by the process holding it, so two processes taking up the same class at once open one room of it; and a
   * table's of no class opened again by its code (by the table's id: Classroom.reopen), so two processes asked for it
   * at once open one. Taken again by the process that holds it, it answers true. A process's own SQLite file is shared
   * with none: always true.
   */
  holdRoom?(roomId: string): boolean;
  /** The room closed here: another process may take it (held with `holdRoom`). */
  releaseRoom?(roomId: string): void;
  /** Throws (with a sentence) when the store cannot be reached: the health check's question. */
  check(): void;
  close(): void;
}
