/**
 * The classroom: every table of one server process, by id and by join code, with their rooms. It
 * creates tables (checked request → stored record → session → room), restores the open ones on boot
 * by replaying their logs through the engine, and answers the join-code lookup.
 *
 * A table that cannot be restored (its scenario file is gone or changed, its log no longer replays)
 * is kept as a broken table with a sentence saying why: the server runs on, no other table is
 * affected, and the stored data is left as it was, so fixing the file and restarting brings it back.
 */
import { randomInt } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import { initialState, replay } from '../engine/index.ts';
import type { Action, PartyId } from '../engine/index.ts';
import { CLASS_ROOM_NAME, parseCreateClass, parseCreateTable, ROOM_NAME } from '../protocol/index.ts';
import type {
  Checked,
  ClassLine,
  ClassSummary,
  DebriefHeld,
  JoinLookup,
  KeptTable,
  TableRequest,
  TableSummary,
} from '../protocol/index.ts';
import type { Scenario } from '../engine/index.ts';
import { parseScenario } from '../scenario/index.ts';
import { ClassSession, lineOf, summaryOf } from './classSession.ts';
import type { ClassRecord } from './classSession.ts';
import type { ClassRoomOptions } from './classConsoleRoom.ts';
import type { ScenarioLibrary } from './scenarioLibrary.ts';
import { REAL_TIME, TableSession } from './tableSession.ts';
import type { SessionTiming } from './tableSession.ts';
import type { ClassroomStore } from './classroomStore.ts';
import { decodeStoredAction, OPEN_PHASES } from './tableStore.ts';
import type { StoredTable, TableRecord } from './tableStore.ts';
import { keyProof, newJoinCode, newSecret, sameKey } from './secrets.ts';
import type { TableRoom, TableRoomOptions } from './tableRoom.ts';
import type { ClassRoom } from './classConsoleRoom.ts';
import { disposing } from './joinHold.ts';
import { DEFAULT_LOCALE, formatList, matchLocale, SEPARATOR, translator, type Locale } from '../i18n/index.ts';

export interface BrokenTable {
  record: TableRecord;
  problem: string;
}

/**
 * What opening a finished table again by its code did (Classroom.reopen): `opened` (or it is in memory already);
 * `none`, no table that is over has this code here or in the store; `elsewhere`, its class is held by another
 * process, which opens it, or (a table of no class) another process has opened it (its room claimed: reopenTable).
 */
export type Reopened = 'opened' | 'none' | 'elsewhere';

export type FoundTable = { kind: 'open'; session: TableSession } | { kind: 'broken'; table: BrokenTable };

/**
 * What deleting a class or a table did: `erased`, with what was erased; `refused` (409) with the sentence; `none`,
 * no such class or table here (nor in the store); `elsewhere`, it is in the store but open, so another server
 * process holds it (several processes sharing PostgreSQL): that process deletes it.
 */
export type Deletion =
  | { kind: 'erased'; tables: number; trainees: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'none' }
  | { kind: 'elsewhere'; code: string };

/** Phases in which a table is being played: it cannot be deleted (end it first). */
const IN_PLAY: readonly string[] = ['playing', 'paused'];
export class Classroom {
  private readonly sessions = new Map<string, TableSession>();
  private readonly broken = new Map<string, BrokenTable>();
  /** Scenarios parsed from the texts tables keep (scenarioPlayed), by language and text: one per class. */
  private readonly scenariosPlayed = new Map<string, Scenario | null>();
  /** Classes restore() has looked at (it warns once about a class it cannot show). */
  private readonly classesTried = new Set<string>();
  /** Finished tables being opened again by their code (`reopen`), so that two lookups at once open one room. */
  private readonly reopening = new Map<string, Promise<Reopened>>();
  /** Each table's class (classOfTable). */
  private readonly classByTable = new Map<string, ClassSession>();
  private readonly rooms = new Map<string, TableRoom>();
  private readonly classes = new Map<string, ClassSession>();
  private readonly classRooms = new Map<string, ClassRoom>();
  /**
   * Classes whose every table is over, as stored (with their shelf), not taken up: listed from their record,
   * replayed and given a room only when something asks for one (`classById`, `classByCode`). A school's past
   * classes were all replayed at every start, each with a room ticking 20 times a second.
   */
  private readonly shelved = new Map<string, ClassRecord>();
  /**
   * Copies of classes another process holds (its room, its lock: holdRoom), read from the store to answer a
   * request that only reads (a lookup, an export). Each process writes a class's whole record: a change written
   * from such a copy and one written by the holder from its own lost whichever was saved first, so a change goes to
   * the holder (`holds`).
   */
  private readonly heldElsewhere = new WeakSet<ClassSession>();
  /** The room of a class being taken up, until it is open (`classReady`). */
  private readonly classRoomsOpening = new Map<string, Promise<void>>();
  /**
   * Several processes sharing the classroom (startServer.ts): true once the process that has the room of this class
   * or table open (a class's room it may be opening) keeps it open for a join on its way (holdRoomFor), false if none
   * does (within a second, for a class's room). Null with one process.
   */
  roomHeld: ((roomId: string, of: 'class' | 'table') => Promise<boolean>) | null = null;

  constructor(
    readonly store: ClassroomStore,
    readonly library: ScenarioLibrary,
    private readonly instructorKey: string,
    /** Passed to each room's onCreate, so only this server creates rooms. */
    readonly roomSecret: string,
    private readonly timing: SessionTiming = REAL_TIME,
  ) {}

  isInstructorKey(key: string): boolean {
    return sameKey(key, this.instructorKey);
  }

  /** `text` proven with this classroom's instructor key (secrets.ts `keyProof`): what another process checks with its own. */
  proveKey(text: string): string {
    return keyProof(this.instructorKey, text);
  }

  session(id: string): TableSession | null {
    return this.sessions.get(id) ?? null;
  }

  roomOpened(id: string, room: TableRoom): void {
    this.rooms.set(id, room);
  }

  roomClosed(id: string, room: TableRoom): void {
    if (this.rooms.get(id) === room) this.rooms.delete(id);
    const session = this.sessions.get(id);
    session?.dispose();
    // A table that is over goes with its room, its devices gone: as a restart restores only open tables. Its class
    // keeps it for the board, the console and the export.
    if (session?.over) {
      this.sessions.delete(id);
      // A table of no class opened again by its code claimed its room (reopenTable): another process may open it now.
      if (!this.inClass(id)) this.releaseRoom(id);
    }
    // Its class's room may now close, and the class go back on its shelf (canShelve); a class with no room here (it
    // could not open, as its table was opened again by its code) goes back at once.
    const cls = this.classOfTable(id);
    const classRoom = cls ? this.classRooms.get(cls.id) : undefined;
    if (classRoom) classRoom.closeOnceLeftOver();
    else if (cls && !this.classRoomsOpening.has(cls.id) && this.canShelve(cls)) this.shelve(cls);
  }

  classRoomOpened(id: string, room: ClassRoom): void {
    this.classRooms.set(id, room);
  }

  /** How long a second lasts here (tests run the clock faster): the rooms' delays are counted in it. */
  get secondMs(): number {
    return 1000 * this.timing.scale;
  }

  classRoomClosed(id: string, room: ClassRoom): void {
    if (this.classRooms.get(id) === room) this.classRooms.delete(id);
    // Its room gone from this process: another one may open it (holdRoom).
    if (!this.classRooms.has(id)) this.releaseRoom(id);
    // Its last device gone a minute ago (ClassRoom.closeOnceLeftOver): back on the shelf, as a restart leaves it.
    const cls = this.classes.get(id);
    if (cls && cls === room.cls && !this.classRooms.has(id) && this.canShelve(cls)) this.shelve(cls);
  }

  /**
   * Lets another process open the class's room, or the room of a table of no class opened again (holdRoomOf). A store
   * that cannot be reached lets go by itself: its connection, and the lock with it, are gone (the process then stops:
   * startServer.ts onStoreLost).
   */
  private releaseRoom(id: string): void {
    try {
      this.store.releaseRoom?.(id);
    } catch (e) {
      console.error(`Room ${id}: it could not be let go in the store (${(e as Error).message}).`);
    }
  }

  /**
   * Whether this process may open the room of a table of no class that is over (reopenTable): the claim a class's room
   * takes (holdRoom), by the table's id, which no class has. False: another live process has it open.
   */
  private holdRoomOf(tableId: string): boolean {
    return this.store.holdRoom?.(tableId) ?? true;
  }

  /**
   * Whether a class taken up may go back on its shelf: every table over and its shelf stored, and no table of it
   * still in a room of its own (its devices send late reflections there, and ask for its debrief).
   */
  canShelve(cls: ClassSession): boolean {
    return (
      this.classes.get(cls.id) === cls &&
      cls.record.shelf !== undefined &&
      cls.tables.every((t) => t.over && !this.rooms.has(t.id) && !this.sessions.has(t.id))
    );
  }

  /**
   * A class let go of, listed from its record again until something asks for it (takeUpShelved): taking up one
   * past class after another (its board, its export, its code) otherwise kept each replayed, with its room, until
   * the server stopped.
   */
  private shelve(cls: ClassSession): void {
    this.classes.delete(cls.id);
    for (const t of cls.tables) {
      this.classByTable.delete(t.id);
      t.dispose();
      t.watchers.clear();
    }
    this.shelved.set(cls.id, cls.record);
  }

  /**
   * `DELETE /api/classes/:id`: the class and all its tables erased from the store (moves, seats, names, worksheets,
   * reflections, observer keys, the scenario text no other table uses), then from memory; its rooms close, each
   * device told why. Refused while one of its tables is being played (playing or paused).
   */
  deleteClass(id: string, locale: Locale = DEFAULT_LOCALE): Deletion {
    const cls = this.classes.get(id);
    if (!cls) return this.deleteStoredClass(id, locale);
    const refused = inPlayRefusal(
      cls.tables.map((s) => s.phase),
      locale,
    );
    if (refused) return refused;
    const ids = cls.tables.map((s) => s.id);
    this.store.deleteTables(ids, id);
    const reason = cls.t('server.classDeleted');
    for (const tableId of ids) this.forgetTable(tableId, reason);
    this.classes.delete(id);
    this.classesTried.delete(id);
    const room = this.classRooms.get(id);
    this.classRooms.delete(id);
    room?.erase(reason);
    return { kind: 'erased', tables: ids.length, trainees: cls.record.members.length };
  }

  /**
   * A class in the store that this process does not hold: one with a table that could not be restored here, or
   * (several processes) one another process holds, which answers for it.
   */
  private deleteStoredClass(id: string, locale: Locale): Deletion {
    const row = this.store.classes().find((c) => c.id === id);
    if (!row) {
      // Erased by another process already: this one's shelved copy goes too.
      const shelved = this.shelved.get(id);
      if (!shelved) return { kind: 'none' };
      this.shelved.delete(id);
      return { kind: 'erased', tables: shelved.tableIds.length, trainees: shelved.members.length };
    }
    // An unreadable record names no table: the row itself is still erased.
    const record = readClassRecord(row.data) ?? ({ tableIds: [], members: [], code: id } as unknown as ClassRecord);
    const stored = this.store.tablesByIds(record.tableIds);
    const open = stored.find((s) => OPEN_PHASES.includes(s.table.phase) && !this.broken.has(s.table.id));
    if (open) return { kind: 'elsewhere', code: record.code };
    const refused = inPlayRefusal(
      record.tableIds.map((tid) => this.sessions.get(tid)?.phase),
      locale,
    );
    if (refused) return refused;
    this.store.deleteTables(record.tableIds, id);
    this.shelved.delete(id);
    const reason = translator(locale)('server.classDeleted');
    for (const tableId of record.tableIds) this.forgetTable(tableId, reason);
    this.classesTried.delete(id);
    return { kind: 'erased', tables: record.tableIds.length, trainees: record.members.length };
  }

  /**
   * `DELETE /api/tables/:id`: a table outside any class (a class's tables go with their class) erased from the store
   * and from memory; its room closes, each device told why. Refused while it is being played.
   */
  deleteTable(id: string, locale: Locale = DEFAULT_LOCALE): Deletion {
    const t = translator(locale);
    const owner = this.classOfTable(id) ?? null;
    const ownerCode = owner?.code ?? this.storedClassOf(id);
    if (ownerCode !== null) return { kind: 'refused', reason: t('apiRefusals.http.tableInClass', { code: ownerCode }) };
    const session = this.sessions.get(id);
    if (session && IN_PLAY.includes(session.phase))
      return { kind: 'refused', reason: t('apiRefusals.http.tableInPlay', { code: session.code }) };
    const [stored] = this.store.tablesByIds([id]);
    if (!session && !this.broken.has(id)) {
      if (!stored) return { kind: 'none' };
      if (OPEN_PHASES.includes(stored.table.phase)) return { kind: 'elsewhere', code: stored.table.code };
    }
    this.store.deleteTables([id]);
    this.forgetTable(id, (session?.t ?? t)('server.tableDeleted'));
    // Its room's claim, if it was opened again by its code (reopenTable): its room closes without it (forgotten).
    this.releaseRoom(id);
    // The names its seats kept (a doubled seat's two), as stored.
    return { kind: 'erased', tables: 1, trainees: stored?.seats.length ?? 0 };
  }

  /** The code of the stored class a table belongs to, or null (asked only of a table not in a class held here). */
  private storedClassOf(tableId: string): string | null {
    return this.storedClassRecords().find((r) => r.tableIds.includes(tableId))?.code ?? null;
  }

  /** Every stored class's record that reads (an unreadable one names no table; restore says so once). */
  private storedClassRecords(): ClassRecord[] {
    return this.store.classes().flatMap((row) => readClassRecord(row.data) ?? []);
  }

  /**
   * `GET /api/tables/kept`: the tables of no class that are over and no longer held here (their room closed, or a
   * restart), which the store keeps until the instructor deletes them. Asked for on demand, never at start.
   */
  keptTables(): KeptTable[] {
    const inClass = new Set(this.storedClassRecords().flatMap((r) => r.tableIds));
    return this.store
      .overTables()
      .filter((t) => !inClass.has(t.id) && !this.sessions.has(t.id))
      .map((t) => ({
        id: t.id,
        code: t.code,
        title: t.title,
        phase: t.phase,
        createdAt: t.createdAt,
        trainees: t.names,
      }));
  }

  /** A deleted table let go of: its session, its place in the indexes, its room (its devices told `reason`). */
  private forgetTable(id: string, reason: string): void {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    this.broken.delete(id);
    this.classByTable.delete(id);
    if (session) {
      session.dispose();
      session.watchers.clear();
    }
    const room = this.rooms.get(id);
    this.rooms.delete(id);
    room?.erase(reason);
  }

  private codeInUse(code: string): boolean {
    for (const c of this.classes.values()) if (c.code === code) return true;
    for (const c of this.shelved.values()) if (c.code === code) return true;
    for (const s of this.sessions.values()) if (s.code === code && !s.over) return true;
    for (const b of this.broken.values()) if (b.record.code === code) return true;
    return this.store.codeTakenElsewhere?.(code) ?? false;
  }

  private scenarioOf(body: unknown, locale: Locale): Checked<Scenario> {
    const t = translator(locale);
    const scenarioId =
      typeof body === 'object' && body !== null ? (body as { scenario?: unknown }).scenario : undefined;
    if (typeof scenarioId !== 'string') return { ok: false, reason: t('apiRefusals.scenario.unnamed') };
    const none = { ok: false, reason: t('apiRefusals.scenario.none', { id: scenarioId.slice(0, 100) }) } as const;
    const entry = this.library.find(scenarioId);
    if (!entry) return none;
    // The table plays (and narrates) its scenario in one of the languages the file is written in.
    const language = (body as { language?: unknown }).language;
    if (language === undefined || language === '' || language === entry.scenario.language)
      return { ok: true, value: entry.scenario };
    if (typeof language !== 'string' || !entry.languages.includes(language))
      return {
        ok: false,
        reason: t('apiRefusals.scenario.language', {
          title: entry.scenario.title,
          languages: formatList(locale, entry.languages),
        }),
      };
    const localised = this.library.inLanguage(entry, language);
    if (!localised) return none;
    return { ok: true, value: localised.scenario };
  }

  /** `POST /api/tables`: a checked request becomes a stored table with its room (refused in `locale`). */
  async create(body: unknown, locale: Locale = DEFAULT_LOCALE): Promise<Checked<TableSession>> {
    const scenario = this.scenarioOf(body, locale);
    if (!scenario.ok) return scenario;
    const req = parseCreateTable(body, scenario.value, locale);
    if (!req.ok) return req;
    const record = this.newTable(scenario.value, req.value, req.value.title);
    this.store.insertTable(record);
    return { ok: true, value: await this.openTable(scenario.value, record) };
  }

  /** A new table's record (not stored yet); its code differs from every code in use and from `taken`. */
  private newTable(scenario: Scenario, r: TableRequest, title: string, taken: readonly string[] = []): TableRecord {
    return {
      id: `t${newSecret(9)}`,
      code: newJoinCode((c) => taken.includes(c) || this.codeInUse(c)),
      title,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      language: scenario.language,
      scenarioText: this.library.textOf(scenario),
      seed: r.seed ?? randomInt(2 ** 31),
      paceMs: r.paceMs,
      turnSeconds: r.turnSeconds,
      roundSeconds: r.roundSeconds,
      controllers: r.parties,
      phase: 'waiting',
      problem: null,
      createdAt: Date.now(),
    };
  }

  /** A stored table given a session and opened in its room. */
  private async openTable(scenario: Scenario, record: TableRecord): Promise<TableSession> {
    const session = new TableSession(
      record,
      scenario,
      initialState(scenario, {}, record.seed),
      [],
      this.store,
      this.timing,
    );
    this.sessions.set(record.id, session);
    await this.openRoom(session);
    return session;
  }

  /** `POST /api/classes`: a checked request becomes a class of tables, stored, each in its room. */
  async createClass(body: unknown, locale: Locale = DEFAULT_LOCALE): Promise<Checked<ClassSession>> {
    const scenario = this.scenarioOf(body, locale);
    if (!scenario.ok) return scenario;
    const req = parseCreateClass(body, scenario.value, randomInt(2 ** 31), locale);
    if (!req.ok) return req;
    const r = req.value;
    const tableRecords: TableRecord[] = [];
    for (let t = 0; t < r.tables; t++)
      tableRecords.push(
        this.newTable(
          scenario.value,
          { ...r.table, seed: (r.table.seed ?? 0) + t },
          `${r.title}${SEPARATOR}table ${t + 1}`,
          tableRecords.map((x) => x.code),
        ),
      );
    const codes = tableRecords.map((x) => x.code);
    const record: ClassRecord = {
      id: `c${newSecret(9)}`,
      code: newJoinCode((c) => codes.includes(c) || this.codeInUse(c)),
      title: r.title,
      scenarioId: scenario.value.id,
      human: r.human,
      observerBrief: r.observerBrief,
      open: r.seating === null,
      doublePerTable: r.doublePerTable,
      tableIds: tableRecords.map((t) => t.id),
      members: (r.seating ?? []).map((s) => ({ ...s, joined: false })),
      createdAt: Date.now(),
    };
    // Stored whole before any room opens: a full disk refuses the class, and leaves no tables behind.
    this.store.insertClass(tableRecords, record.id, JSON.stringify(record), record.createdAt);
    const tables: TableSession[] = [];
    for (const t of tableRecords) tables.push(await this.openTable(scenario.value, t));
    const session = new ClassSession(record, tables, this.store);
    this.addClass(record.id, session);
    this.watchRunning(session);
    // A new class: no other process can hold its room.
    this.store.holdRoom?.(record.id);
    await this.openClassRoom(session);
    return { ok: true, value: session };
  }

  private async openClassRoom(session: ClassSession): Promise<void> {
    const options: ClassRoomOptions = { classId: session.id, secret: this.roomSecret };
    await matchMaker.createRoom(CLASS_ROOM_NAME, options);
  }

  /** The class with this id, a shelved one taken up now. */
  classById(id: string): ClassSession | null {
    return this.classes.get(id) ?? this.takeUpShelved(id);
  }

  /** The class with this code, a shelved one taken up now. */
  classByCode(code: string): ClassSession | null {
    for (const c of this.classes.values()) if (c.code === code) return c;
    for (const c of this.shelved.values()) if (c.code === code) return this.takeUpShelved(c.id);
    return null;
  }

  classList(): ClassSession[] {
    return [...this.classes.values()];
  }

  /**
   * Whether this process may change the class (a join, a reflection): it holds it, or the store is its own. A copy
   * of a class another process holds only answers what reads it; the holder makes the change (peers.ts).
   */
  holds(cls: ClassSession): boolean {
    return !this.heldElsewhere.has(cls);
  }

  /**
   * Whether the class with this id is in memory or on the shelf here (held here or not), without taking it up: what a
   * process looks at before the clock and nonce of another's question about a class (peers.ts `has`).
   */
  hasClass(id: string): boolean {
    return this.classes.has(id) || this.shelved.has(id);
  }

  /** Whether a class with this code is in memory or on the shelf here (held here or not). */
  knowsClassCode(code: string): boolean {
    for (const c of this.classes.values()) if (c.code === code) return true;
    for (const c of this.shelved.values()) if (c.code === code) return true;
    return false;
  }

  /** Whether the class is listed here from its stored record, not taken up. */
  isShelved(id: string): boolean {
    return this.shelved.has(id);
  }

  /** Every class's summary, the shelved ones' from their record (none is taken up for it): the whole class list. */
  classSummaries(): ClassSummary[] {
    const shelved = [...this.shelved.values()].flatMap((r) => (r.shelf ? [summaryOf(r, r.shelf)] : []));
    return [...this.classList().map((c) => c.summary()), ...shelved];
  }

  /** Every class's line (a page of the console's list), as classSummaries lists them. */
  classLines(): ClassLine[] {
    const shelved = [...this.shelved.values()].flatMap((r) => (r.shelf ? [lineOf(r, r.shelf)] : []));
    return [...this.classList().map((c) => c.line()), ...shelved];
  }

  /**
   * Once the class's room is open (a shelved class taken up, its room opening): a device joining the room by the
   * class's id (the console, from the list) finds it. False: no such class here. `until`: the room stays open until
   * it settles (the join answered), even if its last device left a minute ago: a join let through as the room
   * closed to go back on its shelf reached Colyseus after the room had gone ('room "c…" not found'). A room
   * already closing is let close, and the class taken up again. Neither a class nor a table's room here: a table's
   * room elsewhere (tableElsewhereReady).
   */
  async classReady(id: string, until?: Promise<unknown>): Promise<boolean> {
    // A table's room here (a device joining it by the id /api/join gave): the same, for the table.
    if (this.rooms.has(id)) return this.tableReady(id, until);
    for (let tries = 0; tries < 3; tries++) {
      const closing = this.classRooms.get(id);
      if (closing && disposing(closing)) await closing.joins.closed;
      if (!this.classById(id)) return tries === 0 && (await this.tableElsewhereReady(id, until));
      await this.classRoomsOpening.get(id);
      const room = this.classRooms.get(id);
      // Another process has the class's room (its copy here answered and went back on its shelf): once it holds it
      // open for this join. Held by none, it may have closed its room since (its class back on its shelf there):
      // taken up again.
      if (!room) {
        if (!this.roomHeld || (await this.roomHeld(id, 'class'))) return true;
        continue;
      }
      if (disposing(room)) continue;
      if (until) room.joins.hold(until);
      return true;
    }
    return true;
  }

  /**
   * Another process's device joining a room of this process through it (peers.ts 'room-hold'): true once the room is
   * open here, kept open for `ms` (the join's way from that process to this room); false when this process does not
   * have it. A table's room closing is let close and the table (over) opened again here (tableReady), as is a table
   * whose room has gone if its class's room is here (this process holds the class: its trainees' reflections are
   * written here); a class's room closing is not held: the class is then taken up again there.
   */
  async holdRoomFor(id: string, ms: number): Promise<boolean> {
    // Every process is asked: only one that may have the room keeps a timer.
    const until = () => new Promise((r) => setTimeout(r, ms));
    const cls = this.classOfTable(id);
    if (this.rooms.has(id) || (cls && this.classRooms.get(cls.id)?.cls === cls))
      return (await this.tableReady(id, until())) && this.rooms.has(id);
    await this.classRoomsOpening.get(id);
    const room = this.classRooms.get(id);
    if (!room || disposing(room)) return false;
    room.joins.hold(until());
    return true;
  }

  /**
   * A device joining by its id a table's room that is not here (its id from /api/join, through this process or not):
   * the process that has the room keeps it open for the join (roomHeld), as this one would (tableReady); a table that
   * is over whose room has gone (its minute ran out between /api/join's answer and the join) is opened again. Either
   * way Colyseus found no room ('room "t…" not found', or '… is already full' as it was disposed of). False: no other
   * process has the room, and no table that is over has this id.
   */
  private async tableElsewhereReady(id: string, until?: Promise<unknown>): Promise<boolean> {
    if (this.roomHeld && (await this.roomHeld(id, 'table'))) return true;
    const [stored] = this.store.tablesByIds([id]);
    if (!stored || OPEN_PHASES.includes(stored.table.phase)) return false;
    return this.tableReady(id, until);
  }

  /**
   * A device joining a table's room here by its id: the room stays open until `until` settles (the join answered),
   * even if its last device left a minute ago; a room already closing is let close, and the table (over) opened
   * again in a new one. False: the table is no longer to be had (deleted).
   */
  private async tableReady(id: string, until?: Promise<unknown>): Promise<boolean> {
    for (let tries = 0; tries < 3; tries++) {
      const closing = this.rooms.get(id);
      if (closing && disposing(closing)) await closing.joins.closed;
      const room = this.rooms.get(id);
      if (room && !disposing(room)) {
        if (until) room.joins.hold(until);
        return true;
      }
      if (!room && (await this.reopenTable(id)) === 'none') return false;
    }
    return true;
  }

  /**
   * A shelved class taken up as a restart did before shelving: its tables replayed, its session and watchers, its
   * room (opening; `classReady` waits for it). Null when there is no such shelved class, or a table of it can no
   * longer be replayed (said once; the class is then no longer listed, as at a start).
   *
   * Several processes: only the process holding the class's room in the store (holdRoom) opens it. Another
   * one's copy, read from the store now, answers the request that took it up and goes straight back on its shelf:
   * Redis lists one room per id, so a second room of the class sent every console's and board's join, through any
   * process, to a room that refused it ("seat reservation expired"), and a copy kept here missed what the holder
   * kept since (a late reflection). Asking Redis whether another process listed the room left both wrong: two
   * processes asking at the same instant each found none and opened one, and until the answer came the copy here
   * answered the next requests as it had read the class (an export lacking a reflection the holder had just kept).
   */
  private takeUpShelved(id: string): ClassSession | null {
    if (!this.shelved.has(id)) return null;
    this.shelved.delete(id);
    // Read again: with several processes, another one may have kept a reflection since this one started (or erased
    // the class).
    const row = this.store.classes().find((c) => c.id === id);
    const record = row ? readClassRecord(row.data) : null;
    if (!record) return null;
    const session = this.takeUp(record, false);
    if (!session) return null;
    if (!(this.store.holdRoom?.(id) ?? true)) {
      // Read, never written, here: its changes go to the holder.
      this.heldElsewhere.add(session);
      if (this.canShelve(session)) this.shelve(session);
      return session;
    }
    const opening = this.openClassRoom(session)
      .catch((e: unknown) => {
        this.releaseRoom(id);
        console.error(`Class ${record.code}: its room could not be opened (${(e as Error).message}).`);
      })
      .finally(() => this.classRoomsOpening.delete(id));
    this.classRoomsOpening.set(id, opening);
    return session;
  }

  /**
   * The class of a table, by an index kept as classes are added (a table never leaves its class): the table's
   * room asks at every update (its status carries the class's code, its debrief may be held), and a search of
   * every class's tables grew with the day's classes.
   */
  private classOfTable(tableId: string): ClassSession | undefined {
    return this.classByTable.get(tableId);
  }

  private addClass(id: string, session: ClassSession): void {
    this.classes.set(id, session);
    for (const t of session.tables) this.classByTable.set(t.id, session);
  }

  /** Whether the table belongs to a class (its seats fill a worksheet and an exit reflection). */
  inClass(tableId: string): boolean {
    return this.classOfTable(tableId) !== undefined;
  }

  /** The code of the class the table belongs to (its trainees join with it), or null. */
  classCodeOf(tableId: string): string | null {
    return this.classOfTable(tableId)?.code ?? null;
  }

  /** A trainee's worksheet or exit reflection, kept by the class of their table (protocol/classHour.ts). */
  keepClassHour(...args: Parameters<ClassSession['keepClassHour']>): Checked<null> {
    const owner = this.classOfTable(args[0]);
    if (!owner) {
      const t = this.sessions.get(args[0])?.t ?? translator(DEFAULT_LOCALE);
      return { ok: false, reason: t('classHour.notInClass') };
    }
    return owner.keepClassHour(...args);
  }

  /** What a class trainee has sent of the class hour (ClassSession.classHourKept); null outside a class. */
  classHourKept(tableId: string, party: PartyId, name: string): { worksheet: boolean; reflection: boolean } | null {
    return this.classOfTable(tableId)?.classHourKept(tableId, party, name) ?? null;
  }

  /** A class trainee's worksheet compared with the game, once their table is over (ClassSession.worksheetComparison). */
  worksheetComparison(tableId: string, party: PartyId, name: string): string[] | null {
    return this.classOfTable(tableId)?.worksheetComparisonAt(tableId, party, name) ?? null;
  }

  /**
   * Whether a table's debrief is held (DebriefHeld): it is over, and other tables of its class, whose trainees
   * play the same roles, still negotiate. Null for a table outside a class, one still running, or once every
   * table of its class is over (or broken).
   */
  debriefHeld(tableId: string): DebriefHeld | null {
    if (!this.sessions.get(tableId)?.over) return null;
    const cls = this.classOfTable(tableId);
    if (!cls) return null;
    const running = cls.negotiating();
    return running === 0 ? null : { running, tables: cls.tables.length };
  }

  /**
   * Each time the number of a class's tables still negotiating changes, its tables that are over send their
   * devices their updates again: the count they show, or the full debrief once it reaches none.
   */
  private watchRunning(cls: ClassSession): void {
    let last = cls.negotiating();
    const changed = () => {
      const now = cls.negotiating();
      if (now === last) return;
      last = now;
      // Every table over: the class keeps its shelf, so a restart lists it without replaying it.
      if (now === 0) cls.shelveIfOver();
      for (const t of cls.tables) {
        if (!t.over) continue;
        const room = this.rooms.get(t.id);
        room?.sendUpdates();
        room?.closeOnceLeftOver();
      }
    };
    for (const t of cls.tables) t.watchers.add(changed);
  }

  /** The class observer this key opens at a table, or null. */
  observer(tableId: string, key: string): { name: string; brief: PartyId | null } | null {
    for (const c of this.classes.values()) {
      const o = c.observer(tableId, key);
      if (o) return o;
    }
    return null;
  }

  private async openRoom(session: TableSession): Promise<void> {
    const options: TableRoomOptions = { tableId: session.id, secret: this.roomSecret };
    await matchMaker.createRoom(ROOM_NAME, options);
  }

  /**
   * On boot: every open table back from its log, each in its own room; the broken ones listed.
   * `takeover`: the tables come from a process that held them and stopped (a store shared by several
   * processes, where restore() runs again whenever one stops); each says when it moved.
   */
  async restore(takeover = false): Promise<{ restored: number; broken: BrokenTable[] }> {
    let restored = 0;
    const broken: BrokenTable[] = [];
    for (const stored of this.store.openTables()) {
      const result = this.rebuild(stored);
      if ('problem' in result) {
        this.broken.set(stored.table.id, result);
        broken.push(result);
        continue;
      }
      if (takeover) result.takenOverAt = Date.now();
      this.sessions.set(result.id, result);
      await this.openRoom(result);
      restored++;
    }
    await this.restoreClasses();
    return { restored, broken };
  }

  /**
   * Classes whose tables are all still here (open, or over and read back from the store for the
   * board and the export). A class with a table that cannot be found is skipped with a warning.
   */
  private async restoreClasses(): Promise<void> {
    for (const row of this.store.classes()) {
      // restore() runs again whenever tables of a dead process are claimed (PostgreSQL): a class
      // already here stays as it is; one whose tables have just arrived is taken up now.
      if (this.classes.has(row.id) || this.shelved.has(row.id)) continue;
      const again = this.classesTried.has(row.id);
      this.classesTried.add(row.id);
      let record: ClassRecord;
      try {
        record = JSON.parse(row.data) as ClassRecord;
      } catch {
        console.error(`Class ${row.id}: its stored record is not readable JSON; skipped.`);
        continue;
      }
      // Every table over (its shelf says so): listed from its record, taken up when something asks for it.
      if (record.shelf) {
        this.shelved.set(record.id, record);
        continue;
      }
      const session = this.takeUp(record, again);
      if (!session) continue;
      // A class stored before classes kept their shelf, all over: given one, so the next start need not replay it.
      session.shelveIfOver();
      // Every table of it over, and another process has its room open (it took the class up since): on the shelf. A
      // copy that cannot go there (its shelf could not be stored) is read, never written, here, as in takeUpShelved.
      if (!(this.store.holdRoom?.(record.id) ?? true)) {
        this.heldElsewhere.add(session);
        if (this.canShelve(session)) this.shelve(session);
        continue;
      }
      await this.openClassRoom(session);
    }
  }

  /**
   * A stored class back in memory: its tables (open ones from this process's sessions, the others replayed from the
   * store), its session, its watchers. Null, said once (unless `again`), when a table cannot be had here.
   */
  private takeUp(record: ClassRecord, again: boolean): ClassSession | null {
    const tables: TableSession[] = [];
    /** A table of the class is open and held by another process: the class is that process's to show. */
    let elsewhere = false;
    for (const id of record.tableIds) {
      let session = this.sessions.get(id) ?? null;
      if (!session) {
        // Only a table that is over is rebuilt here: an open one not among this process's sessions
        // is held by another process (which claimed it through openTables), never by two.
        const [stored] = this.store.tablesByIds([id]);
        const over = stored !== undefined && !OPEN_PHASES.includes(stored.table.phase);
        elsewhere = stored !== undefined && !over && !this.broken.has(id);
        const rebuilt = over ? this.rebuild(stored) : null;
        if (rebuilt && !('problem' in rebuilt)) session = rebuilt;
      }
      if (!session) break;
      tables.push(session);
    }
    if (tables.length !== record.tableIds.length) {
      // Nothing is wrong with a class another live process holds: saying so at every start of every
      // process (an outside check read six such lines for healthy classes) only sent operators looking.
      if (!again && !elsewhere)
        console.error(`Class ${record.code}: one of its tables cannot be restored; the class is not shown here.`);
      return null;
    }
    const session = new ClassSession(record, tables, this.store);
    this.addClass(record.id, session);
    this.watchRunning(session);
    return session;
  }

  private rebuild(stored: StoredTable): TableSession | BrokenTable {
    const record = stored.table;
    const fail = (problem: string): BrokenTable => ({ record: { ...record, phase: 'broken', problem }, problem });
    // Told in the table's language: the instructor reads it beside the table's code.
    const t = translator(matchLocale([record.language || DEFAULT_LOCALE]));
    const entry = this.library.find(record.scenarioId, record.language);
    if (!entry && record.language !== '' && this.library.find(record.scenarioId))
      return fail(t('server.restore.otherLanguage', { scenario: record.scenarioId, language: record.language }));
    if (!entry) return fail(t('server.restore.missing', { scenario: record.scenarioId, dir: this.library.dir }));
    // A table that keeps its scenario's text replays on it, whatever the file's version now: an upgrade that
    // raises it (test/scenario/scenarioFigures.test.ts asks for it whenever figures change) leaves the tables
    // in progress as they were. A table stored before tables kept it needs the file in the same version.
    const kept = this.scenarioPlayed(record);
    if (!kept && entry.scenario.version !== record.scenarioVersion)
      return fail(
        t('server.restore.version', {
          scenario: record.scenarioId,
          was: record.scenarioVersion,
          now: entry.scenario.version,
        }),
      );
    const scenario = kept ?? entry.scenario;
    const actions: Action[] = [];
    const reasons: Record<string, string> = {};
    for (const [i, text] of stored.actions.entries()) {
      try {
        const { action, reason } = decodeStoredAction(text);
        actions.push(action);
        if (reason !== null) reasons[String(i)] = reason;
      } catch {
        return fail(t('server.restore.unreadable', { move: i + 1 }));
      }
    }
    const r = replay(scenario, {}, record.seed, actions);
    if (!r.ok) return fail(t('server.restore.noReplay', { move: r.index + 1, reason: r.reason }));
    const parties = new Set(scenario.parties.map((p) => p.id));
    for (const p of Object.keys(record.controllers))
      if (!parties.has(p)) return fail(t('server.restore.unknownParty', { party: p }));
    if (!record.scenarioText) this.keepScenarioText(record, this.library.textOf(scenario));
    return new TableSession(record, scenario, r.state, stored.seats, this.store, this.timing, reasons);
  }

  /**
   * A table stored before tables kept their scenario's text keeps the one it was just restored on, from now on
   * (what it was played on before is not known). A store that refuses it is asked again at the next restart.
   */
  private keepScenarioText(record: TableRecord, text: string): void {
    if (text === '') return;
    try {
      this.store.keepScenarioText(record.id, text);
      record.scenarioText = text;
    } catch {
      // Not kept this time: the table still replays on the file, as before.
    }
  }

  /**
   * The scenario a table was created on, from the text it keeps (parsed once per text and language), or null:
   * a table stored before tables kept it, or a text this version of Accord no longer loads, replays on the file.
   */
  private scenarioPlayed(record: TableRecord): Scenario | null {
    const text = record.scenarioText ?? '';
    if (text === '') return null;
    const key = `${record.language}\u0000${text}`;
    if (!this.scenariosPlayed.has(key)) {
      const r = parseScenario(text, record.scenarioId, record.language === '' ? {} : { language: record.language });
      this.scenariosPlayed.set(key, r.ok && r.scenario.id === record.scenarioId ? r.scenario : null);
    }
    return this.scenariosPlayed.get(key) ?? null;
  }

  /** The table with this code: an open one first, else the latest finished one, else a broken one. */
  find(code: string): FoundTable | null {
    let over: TableSession | null = null;
    for (const s of this.sessions.values()) {
      if (s.code !== code) continue;
      if (!s.over) return { kind: 'open', session: s };
      if (!over || s.record.createdAt > over.record.createdAt) over = s;
    }
    if (over) return { kind: 'open', session: over };
    for (const b of this.broken.values()) if (b.record.code === code) return { kind: 'broken', table: b };
    return null;
  }

  /**
   * A table that is over, its room let go (a minute after its last device left, or a restart), opened again when
   * its code is asked for: a trainee whose phone slept past that minute, or who reloads the debrief later, finds
   * its result and the debrief instead of "no open table has the code". A class's table comes back from its class
   * (a shelved class taken up); a table of no class is replayed from the store. Its room lets go again a minute
   * after its devices leave. `none` when no table that is over has this code here or in the store, or when one with
   * this code is in memory already (open or over: `find` answers for it); `elsewhere` when another process holds
   * the table's class: that process opens the table (peers.ts 'reopen'), so the reflections its trainees send there
   * are written by the class's holder, not from a copy here that the holder's next write overwrote.
   */
  async reopen(code: string): Promise<Reopened> {
    if (this.find(code) !== null) return 'none';
    let reopening = this.reopening.get(code);
    if (!reopening) {
      reopening = this.reopenNow(code).finally(() => this.reopening.delete(code));
      this.reopening.set(code, reopening);
    }
    return reopening;
  }

  private async reopenNow(code: string): Promise<Reopened> {
    // The latest table that is over with this code (a code is drawn again only once its table is over), looked up by
    // its code: a wrong code typed by a trainee read every finished table the store keeps.
    const overId = this.store.overTableWithCode(code);
    if (overId === null) return 'none';
    return this.reopenTable(overId);
  }

  /** The table that is over with this id opened again (reopen). */
  private async reopenTable(overId: string): Promise<Reopened> {
    let session: TableSession | null = null;
    let shelvedClass = [...this.shelved.values()].find((r) => r.tableIds.includes(overId));
    if (!shelvedClass && !this.classOfTable(overId)) {
      // A class's table this process has not seen over (it started while the class was played elsewhere): opened as a
      // table of no class, its trainees' reflections were refused ("not a class's table"). Its class, as stored: on
      // its shelf here once every table is over, else held by the process playing the others.
      const record = this.storedClassRecords().find((r) => r.tableIds.includes(overId));
      if (record && !record.shelf) return 'elsewhere';
      if (record) this.shelved.set(record.id, record);
      shelvedClass = record;
    }
    const cls =
      this.classOfTable(overId) ?? (shelvedClass ? (this.takeUpShelved(shelvedClass.id) ?? undefined) : undefined);
    // Another process holds its class: that process opens the table (its trainees' reflections change the class).
    if (cls && !this.holds(cls)) return 'elsewhere';
    if (cls) session = cls.tables.find((t) => t.id === overId) ?? null;
    else {
      // A table of no class is opened by the one process that claims its room in the store (as a class's room is):
      // two processes asked for its code at once each found no process holding it and opened a room of its own, the
      // table listed twice and a device joining one of them refused ('seat reservation expired'). The other one
      // answers with the winner's room (httpApi.ts asks the processes again); the claim goes with the room.
      if (!this.holdRoomOf(overId)) return 'elsewhere';
      const [stored] = this.store.tablesByIds([overId]);
      const rebuilt = stored ? this.rebuild(stored) : null;
      if (rebuilt && !('problem' in rebuilt)) session = rebuilt;
      else this.releaseRoom(overId);
    }
    if (!session || this.sessions.has(session.id)) return session !== null ? 'opened' : 'none';
    this.sessions.set(session.id, session);
    try {
      await this.openRoom(session);
    } catch (e) {
      if (!cls) {
        this.sessions.delete(session.id);
        this.releaseRoom(session.id);
      }
      throw e;
    }
    return 'opened';
  }

  lookup(code: string): JoinLookup | null {
    const found = this.find(code);
    if (!found || found.kind === 'broken') return null;
    const s = found.session;
    const status = s.status();
    return {
      tableId: s.id,
      roomId: s.id,
      code: s.code,
      title: s.record.title,
      scenario: status.scenario,
      phase: status.phase,
      seats: status.seats.map((seat) => ({
        party: seat.party,
        name: seat.name,
        kind: s.scenario.parties.find((p) => p.id === seat.party)!.kind,
        seat: seat.controller.kind === 'computer' ? 'computer' : seat.held ? 'held' : 'free',
      })),
    };
  }

  summaries(): TableSummary[] {
    // A class's table says so (its class's code): the instructor board offers to delete only a table of no class.
    const out: TableSummary[] = [...this.sessions.values()].map((s) => {
      const classCode = this.classCodeOf(s.id);
      return classCode === null ? s.summary(s.id) : { ...s.summary(s.id), classCode };
    });
    // A class's table that could not be restored too (rare: its class is then not taken up, so asked of the store).
    for (const b of this.broken.values()) {
      const classCode = this.classCodeOf(b.record.id) ?? this.storedClassOf(b.record.id);
      out.push(classCode === null ? brokenSummary(b) : { ...brokenSummary(b), classCode });
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  sessionsList(): TableSession[] {
    return [...this.sessions.values()];
  }

  close(): void {
    for (const s of this.sessions.values()) s.dispose();
  }
}

function brokenSummary(b: BrokenTable): TableSummary {
  const r = b.record;
  return {
    id: r.id,
    roomId: r.id,
    code: r.code,
    title: r.title,
    scenario: { id: r.scenarioId, title: r.scenarioId, language: r.language },
    phase: 'broken',
    problem: b.problem,
    seats: Object.entries(r.controllers).map(([party, controller]: [PartyId, TableRecord['controllers'][string]]) => ({
      party,
      name: party,
      controller,
      player: null,
      held: false,
      connected: false,
    })),
    active: null,
    round: 0,
    rounds: 0,
    moves: 0,
    clock: { turnSeconds: r.turnSeconds, roundSeconds: r.roundSeconds, turnDeadline: null, roundDeadline: null },
    serverTime: Date.now(),
    createdAt: r.createdAt,
    pace: r.paceMs,
  };
}

/** A stored class's record, or null when its JSON does not read. */
function readClassRecord(data: string): ClassRecord | null {
  try {
    return JSON.parse(data) as ClassRecord;
  } catch {
    return null;
  }
}

/** The refusal to delete a class while some of its tables (their phases, in order) are being played, or null. */
function inPlayRefusal(phases: readonly (string | undefined)[], locale: Locale): Deletion | null {
  const inPlay = phases.flatMap((phase, i) => (phase !== undefined && IN_PLAY.includes(phase) ? [i + 1] : []));
  if (inPlay.length === 0) return null;
  return {
    kind: 'refused',
    reason: translator(locale)('apiRefusals.http.classInPlay', {
      count: inPlay.length,
      tables: formatList(locale, inPlay.map(String)),
    }),
  };
}
