/**
 * One class: its tables (TableSessions of one scenario), its roster and where each trainee sits,
 * and what the instructor's console, the class board and the export read from them. The classroom
 * (classroom.ts) creates and restores it; the class room (classRoom.ts) pushes its console and board
 * to the devices watching; the HTTP API seats trainees through `join`.
 *
 * Seating: a roster class seats each name where the create request placed it; an open class seats
 * trainees as they come, in the same spread order (protocol/classes.ts, `placeOf`), past any place a
 * computer plays. A doubled role is a seat with room for two (TableSession.shareSeats); an observer
 * gets a key that opens the table's public view and, if the class allows, the brief of the party it
 * shadows.
 */
import {
  dealWords,
  describePackage,
  effectiveBatna,
  effectiveSheet,
  livingWith,
  makeActionLog,
  score,
  statements,
  tourDeTableFacts,
} from '../engine/index.ts';
import type { GameState, Package, PartyId, Scenario, ScoreReport, TourDeTableFacts } from '../engine/index.ts';
import {
  answerText,
  CLASS_CSV_COLUMNS,
  CSV_STATUS,
  compareWorksheet,
  IDLE_AFTER_MS,
  idleReason,
  MAX_ROSTER,
  placeOf,
} from '../protocol/index.ts';
import type {
  BoardTable,
  Checked,
  ClassBoard,
  ClassCommand,
  ClassCommandResult,
  ClassExport,
  ClassLine,
  ClassMember,
  ClassPlacement,
  ClassSummary,
  ClassTableRef,
  ConsoleState,
  ConsoleTable,
  InstructorCommand,
  RoleRanking,
  Seating,
} from '../protocol/index.ts';
import { matchLocale, type Locale, type Translate } from '../i18n/index.ts';
import { looseName, type ReflectionAnswers, type WorksheetAnswers } from '../protocol/index.ts';
import { csvText, DEAL_WORD_CSV } from '../protocol/csv.ts';
import { hashKey, newSecret } from './secrets.ts';
import type { TableSession } from './tableSession.ts';
import type { ClassroomStore } from './classroomStore.ts';
import { StoreWriteError, whyNotStored } from './storeFailure.ts';

/** A trainee's place as stored: the seating, whether they joined, an observer's key hash, their class hour. */
export interface StoredMember extends ClassMember {
  observerKeyHash?: string;
  /** The preparation worksheet they sent (before their party's first move, or during play). */
  worksheetAnswers?: WorksheetAnswers;
  /**
   * The round in which the worksheet came, when it came after their party's first move (absent: before it):
   * it may then draw on what play showed, and the debrief says so beside the comparison.
   */
  worksheetRound?: number;
  /** The exit reflection they sent once their table was over. */
  reflectionAnswers?: ReflectionAnswers;
}

/** What the store keeps of a class (JSON in the `classes` table). */
export interface ClassRecord {
  id: string;
  code: string;
  title: string;
  scenarioId: string;
  human: PartyId[];
  observerBrief: boolean;
  open: boolean;
  doublePerTable: number;
  tableIds: string[];
  members: StoredMember[];
  createdAt: number;
  /**
   * Written once every table of the class is over (and kept up to date after): what its summary needs besides
   * this record, so a restarted server lists the class without replaying its tables, and takes it up (tables
   * replayed, room opened) only when something asks for it (classroom.ts). Absent while a table is open, and in
   * a class stored before classes kept it (taken up at start, then given one).
   */
  shelf?: ClassShelf;
}

/** A class's summary besides its record (ClassRecord.shelf): its scenario's words and its tables' codes. */
export interface ClassShelf {
  scenario: { id: string; title: string };
  language: string;
  events: { id: string; title: string }[];
  reflectionQuestions: NonNullable<ClassSummary['reflectionQuestions']>;
  tables: { id: string; code: string }[];
}

/** A class's summary from its record and its shelf: the console's list, whether the class is taken up or not. */
export function summaryOf(record: ClassRecord, shelf: ClassShelf): ClassSummary {
  return {
    id: record.id,
    code: record.code,
    title: record.title,
    scenario: shelf.scenario,
    human: record.human,
    observerBrief: record.observerBrief,
    open: record.open,
    tables: shelf.tables,
    members: record.members.map(
      ({ name, table, party, role, joined, worksheetAnswers, worksheetRound, reflectionAnswers }) => ({
        name,
        table,
        party,
        role,
        joined,
        worksheet: worksheetAnswers !== undefined,
        ...(worksheetRound === undefined ? {} : { worksheetRound }),
        reflection: reflectionAnswers ?? null,
      }),
    ),
    reflectionQuestions: shelf.reflectionQuestions,
    events: shelf.events,
    language: shelf.language,
    createdAt: record.createdAt,
  };
}

/**
 * A class's line in a page of the list (protocol ClassLine) from its record and what its summary reads besides: the
 * roster counted, not copied (each trainee's reflection stays out of the list).
 */
export function lineOf(record: ClassRecord, shelf: Pick<ClassShelf, 'scenario' | 'language' | 'tables'>): ClassLine {
  const members = record.members;
  return {
    id: record.id,
    code: record.code,
    title: record.title,
    scenario: shelf.scenario,
    language: shelf.language,
    createdAt: record.createdAt,
    tables: shelf.tables,
    trainees: {
      listed: members.length,
      joined: members.filter((m) => m.joined).length,
      reflected: members.filter((m) => m.reflectionAnswers !== undefined).length,
    },
  };
}

/** How many public log sentences the console shows per table. */
const RECENT = 3;

/** The real historical deal of the scenario (its `history`), named on the class board once every table is over. */
export function historicalDeal(scenario: Scenario): { package: Package; date: string } | null {
  const history = scenario.history;
  if (!history?.package) return null;
  // Its date only: the board names it in its screens' language, as it writes its other sentences and the chart.
  return { package: history.package, date: history.date };
}

export class ClassSession {
  record: ClassRecord;
  readonly tables: TableSession[];
  readonly scenario: Scenario;
  private readonly store: ClassroomStore;
  /** Each trainee's worksheet comparison once their table is over, by table, party and name. */
  private readonly comparisons = new Map<string, string[]>();
  /**
   * Observers who joined on this server run and whose key no device has opened yet: the answer that carried it
   * may have been lost, so asking again gives a new one (as `TableSession.reissueUnopenedKey` for a seat). After
   * a restart none is: nobody can tell.
   */
  private readonly unopenedObservers = new Set<StoredMember>();
  /**
   * The device that first asked for each place (the id its page sends), while no device has opened the place:
   * asking again gives a new key to that device only (its answer was lost), not to a namesake on another
   * device, who would otherwise take the seat and lock the first out (two trainees typing "Ana" in an open
   * class). In memory, as the unopened places are.
   */
  private readonly askedFrom = new WeakMap<StoredMember, string>();

  constructor(record: ClassRecord, tables: TableSession[], store: ClassroomStore) {
    this.record = record;
    this.tables = tables;
    this.scenario = tables[0]!.scenario;
    this.store = store;
    for (let t = 0; t < tables.length; t++) this.shareSeatsAt(t);
  }

  get id(): string {
    return this.record.id;
  }
  get code(): string {
    return this.record.code;
  }

  save(): void {
    // Once every table is over, the record carries its summary's other half (ClassRecord.shelf).
    const { shelf: _, ...record } = this.record;
    const kept: ClassRecord = this.tables.every((t) => t.over) ? { ...record, shelf: this.shelf() } : record;
    this.store.saveClass(this.id, JSON.stringify(kept), this.record.createdAt);
    this.record.shelf = kept.shelf;
  }

  /** What the class's summary reads besides its record (its scenario, its tables), as the shelf keeps it. */
  private shelf(): ClassShelf {
    return {
      scenario: { id: this.scenario.id, title: this.scenario.title },
      language: this.scenario.language,
      events: this.scenario.events.map((e) => ({ id: e.id, title: e.title })),
      reflectionQuestions: this.scenario.exitReflection?.questions ?? [],
      tables: this.tables.map((t) => ({ id: t.id, code: t.code })),
    };
  }

  /**
   * Writes the class's shelf once every table is over and it has none yet (the last table just ended, or a class
   * stored before classes kept it): the next start lists it without replaying it. A store that refuses it is
   * asked again at the next start.
   */
  shelveIfOver(): void {
    if (this.record.shelf || !this.tables.every((t) => t.over)) return;
    this.saveTolerating();
  }

  /** The doubled roles of table `t`, from its members. */
  private shareSeatsAt(t: number): void {
    const parties = this.record.members.filter((m) => m.table === t && m.role === 'double').map((m) => m.party);
    this.tables[t]?.shareSeats(parties);
  }

  /** The class's language (its scenario's): its sentences to the class's devices. */
  get t(): Translate {
    return this.tables[0]!.t;
  }

  private partyName(id: PartyId): string {
    return this.scenario.parties.find((p) => p.id === id)?.name ?? id;
  }

  /**
   * A trainee types the class code and their name: their seat (with its key) or observer place. `device`: the
   * id the trainee's page sends (absent from a script), which alone may ask again for a place not yet opened.
   */
  join(rawName: string, device?: string): Checked<ClassPlacement> {
    // The roster's spelling, case aside; else the one roster name it is without accents ("Zoe" for
    // "Zoé"), unless that one has joined in a class open to any name: then "Zoe" is someone new.
    const key = rawName.toLocaleLowerCase();
    const loose = looseName(rawName);
    const alike = this.record.members.filter((m) => looseName(m.name) === loose);
    const likely = alike.length === 1 && !(alike[0]!.joined && this.record.open) ? alike[0] : undefined;
    let member = this.record.members.find((m) => m.name.toLocaleLowerCase() === key) ?? likely;
    if (!member && !this.record.open) return { ok: false, reason: this.t('server.notOnRoster', { name: rawName }) };
    // Joined, and still in the seat (or watching): their device has it. A seat the instructor freed
    // (a phone gone flat, a browser that forgot its seat key) lets them join again by name. So does a seat no
    // device has opened yet: the answer that carried its key was lost, and the trainee asks again.
    if (
      member?.joined &&
      (member.role === 'observer' || this.tables[member.table]!.heldBy(member.party, member.name))
    ) {
      const first = this.askedFrom.get(member);
      if (first !== undefined && first !== device)
        return {
          ok: false,
          reason: this.t(this.record.open ? 'server.namesake' : 'server.alreadyJoined', { name: member.name }),
        };
      if (member.role === 'observer') {
        if (!this.unopenedObservers.has(member))
          return { ok: false, reason: this.t('server.alreadyJoined', { name: member.name }) };
        const observerKey = this.giveObserverKey(member);
        this.saveTolerating();
        return { ok: true, value: this.placement(member, null, observerKey) };
      }
      const again = this.tables[member.table]!.reissueUnopenedKey(member.party, member.name);
      if (!again.ok) return again;
      if (again.value === null) return { ok: false, reason: this.t('server.alreadyJoined', { name: member.name }) };
      return { ok: true, value: this.placement(member, again.value, null) };
    }
    const created = !member;
    // A class open to any name takes as many trainees as a roster may hold: a script with the class code added
    // a member a request without end, each join writing the whole class again (slower with every one).
    if (!member && this.record.members.length >= MAX_ROSTER)
      return { ok: false, reason: this.t('server.classFull', { max: MAX_ROSTER }) };
    if (!member) {
      member = { name: rawName, ...this.newcomerPlace(), joined: false };
      this.record.members.push(member);
      if (member.role === 'double') this.shareSeatsAt(member.table);
    }
    const table = this.tables[member.table]!;
    // A refused newcomer of an open class leaves no place behind.
    const refuse = (reason: string): Checked<ClassPlacement> => {
      if (created) {
        this.record.members.pop();
        this.shareSeatsAt(member.table);
      }
      return { ok: false, reason };
    };
    let seatKey: string | null = null;
    let observerKey: string | null = null;
    if (member.role === 'observer') {
      if (table.phase === 'broken') return refuse(this.t('server.yourTableBroken'));
      observerKey = this.giveObserverKey(member);
    } else {
      // Their party is the class's to play, but a computer holds it (an idle seat handed over): the
      // instructor gives it back; "choose another party" (a table's own refusal) is not theirs to do.
      if (table.controller(member.party).kind === 'computer')
        return refuse(
          this.t('server.classSeatToComputer', { party: this.partyName(member.party), table: member.table + 1 }),
        );
      const taken = table.takeSeat(member.name, member.party);
      if (!taken.ok) return refuse(taken.reason);
      seatKey = taken.value.seatKey;
    }
    member.joined = true;
    if (device !== undefined) this.askedFrom.set(member, device);
    if (observerKey !== null) this.unopenedObservers.add(member);
    this.saveTolerating();
    return { ok: true, value: this.placement(member, seatKey, observerKey) };
  }

  /**
   * Where a newcomer to a class open to any name sits: the first place of the seating rule (placeOf) that no
   * trainee has and no computer plays. Taking the place numbered by the count of members, a seat the
   * instructor had handed to a computer before anyone sat in it refused every later arrival in turn ("Your
   * seat … is played by a computer"), as each was placed there again.
   */
  private newcomerPlace(): Omit<Seating, 'name'> {
    const { human, doublePerTable, members } = this.record;
    const at = (k: number) => placeOf(k, this.tables.length, human, doublePerTable);
    const taken = new Set(members.filter((m) => m.role !== 'observer').map((m) => `${m.table}/${m.party}/${m.role}`));
    for (let k = 0; ; k++) {
      const place = at(k);
      // Observers take no seat: spread over the tables by their number, as before.
      if (place.role === 'observer') return at(Math.max(k, members.length));
      if (taken.has(`${place.table}/${place.party}/${place.role}`)) continue;
      if (this.tables[place.table]!.controller(place.party).kind === 'computer') continue;
      return place;
    }
  }

  /** A new observer key for `member` (the one before opens nothing); only its hash is kept. */
  private giveObserverKey(member: StoredMember): string {
    const key = newSecret(24);
    member.observerKeyHash = hashKey(key);
    return key;
  }

  /**
   * Saves a join. The seat is stored (its key brings the trainee back); the class's record is written whole,
   * so its next save catches up. Until then a restart forgets the join: they join again by name.
   */
  private saveTolerating(): void {
    try {
      this.save();
    } catch (e) {
      if (!(e instanceof StoreWriteError)) throw e;
    }
  }

  /** What a trainee's device is told on joining: where they sit or watch, and the key that lets them in. */
  private placement(
    member: Pick<ClassMember, 'name' | 'role' | 'party' | 'table'>,
    seatKey: string | null,
    observerKey: string | null,
  ): ClassPlacement {
    const table = this.tables[member.table]!;
    return {
      name: member.name,
      role: member.role,
      party: member.party,
      partyName: this.partyName(member.party),
      tableNumber: member.table + 1,
      tableId: table.id,
      roomId: table.id,
      code: table.code,
      seatKey,
      observerKey,
    };
  }

  /** The observer this key opens at table `tableId`: its name and the brief it may read, or null. */
  observer(tableId: string, key: string): { name: string; brief: PartyId | null } | null {
    const t = this.tables.findIndex((s) => s.id === tableId);
    if (t < 0) return null;
    const h = hashKey(key);
    const m = this.record.members.find((x) => x.table === t && x.role === 'observer' && x.observerKeyHash === h);
    if (!m) return null;
    this.unopenedObservers.delete(m);
    return { name: m.name, brief: this.record.observerBrief ? m.party : null };
  }

  summary(): ClassSummary {
    return summaryOf(this.record, { ...this.shelf(), tables: this.tableRefs() });
  }

  /** The class's line in a page of the list (no roster, no reflection, no scenario's events). */
  line(): ClassLine {
    const scenario = { id: this.scenario.id, title: this.scenario.title };
    return lineOf(this.record, { scenario, language: this.scenario.language, tables: this.tableRefs() });
  }

  /** Its tables as its summary and its line name them: each one another process took over, with when. */
  private tableRefs(): ClassTableRef[] {
    return this.tables.map((t) => ({
      id: t.id,
      code: t.code,
      ...(t.takenOverAt === null ? {} : { takenOverAt: t.takenOverAt }),
    }));
  }

  // ---- Class hour ------------------------------------------------------------------------------

  /**
   * Keeps what trainee `name` at table `tableId`, playing `party`, sent: the worksheet until the table is
   * over, the exit reflection once it is (a second one replaces the first). A worksheet is meant for before
   * the party's first move, but that move may be a doubled partner's or the turn clock's: one sent after it
   * is kept with its round, so the debrief can tell it from a plan made blind (refusing it lost what the
   * trainee had typed). One sent before the first move is not replaced afterwards.
   */
  keepClassHour(
    tableId: string,
    party: PartyId,
    name: string,
    kept: { kind: 'worksheet'; answers: WorksheetAnswers } | { kind: 'reflection'; answers: ReflectionAnswers },
  ): Checked<null> {
    const t = this.tables.findIndex((s) => s.id === tableId);
    const session = this.tables[t];
    const member = this.traineeAt(t, party, name);
    if (!session || !member) return { ok: false, reason: this.t('classHour.notClassTrainee') };
    const moved = session.state.log.some((e) => e.action && e.action.type !== 'facilitate' && e.action.party === party);
    if (kept.kind === 'worksheet') {
      if (session.over) return { ok: false, reason: this.t('classHour.worksheetAfterPlay') };
      if (moved && member.worksheetAnswers !== undefined && member.worksheetRound === undefined)
        return { ok: false, reason: this.t('classHour.worksheetKeptBefore', { party: this.partyName(party) }) };
    } else if (!session.over) return { ok: false, reason: this.t('classHour.reflectionNotYet') };
    const before = {
      worksheetAnswers: member.worksheetAnswers,
      worksheetRound: member.worksheetRound,
      reflectionAnswers: member.reflectionAnswers,
    };
    if (kept.kind === 'worksheet') {
      member.worksheetAnswers = kept.answers;
      if (moved) member.worksheetRound = session.state.round;
      else delete member.worksheetRound;
    } else member.reflectionAnswers = kept.answers;
    try {
      this.save();
    } catch (e) {
      // Kept only where they are stored: the trainee's form keeps them, to send again.
      if (!(e instanceof StoreWriteError)) throw e;
      Object.assign(member, before);
      return { ok: false, reason: this.t('classHour.notStored', { why: whyNotStored(this.t, e) }) };
    }
    session.watchers.forEach((w) => w());
    return { ok: true, value: null };
  }

  /** The trainee `name` playing `party` at table `t` (by index), not an observer. */
  private traineeAt(t: number, party: PartyId, name: string): StoredMember | undefined {
    return this.record.members.find(
      (m) => m.table === t && m.party === party && m.role !== 'observer' && m.name === name,
    );
  }

  /** Whether trainee `name` at table `tableId`, playing `party`, has a worksheet and a reflection kept; null if no such trainee. */
  classHourKept(tableId: string, party: PartyId, name: string): { worksheet: boolean; reflection: boolean } | null {
    const t = this.tables.findIndex((s) => s.id === tableId);
    const member = this.traineeAt(t, party, name);
    return member
      ? { worksheet: member.worksheetAnswers !== undefined, reflection: member.reflectionAnswers !== undefined }
      : null;
  }

  /**
   * Trainee `name`'s worksheet at table `t`, playing `party`, compared with the game
   * (protocol/worksheetComparison.ts): null while the table runs (it reads the others' real sheets)
   * and for a trainee who sent none. It quotes their own worksheet only, never another trainee's.
   */
  worksheetComparison(t: number, party: PartyId, name: string): string[] | null {
    const session = this.tables[t];
    const report = session?.finalReport();
    if (!session || !report) return null;
    const member = this.traineeAt(t, party, name);
    const sheet = member?.worksheetAnswers;
    if (!sheet) return null;
    const key = JSON.stringify([t, party, name]);
    let lines = this.comparisons.get(key);
    if (lines === undefined) {
      const actions = makeActionLog(session.state).actions;
      lines = compareWorksheet(session.state, report, party, sheet, {}, actions).lines;
      const round = member.worksheetRound;
      if (round !== undefined) lines = [this.t('worksheet.sentDuringPlay', { round }), ...lines];
      this.comparisons.set(key, lines);
    }
    return lines;
  }

  /** The same for the seat a table's room knows by its table id. */
  worksheetComparisonAt(tableId: string, party: PartyId, name: string): string[] | null {
    const t = this.tables.findIndex((s) => s.id === tableId);
    return t < 0 ? null : this.worksheetComparison(t, party, name);
  }

  // ---- Console ---------------------------------------------------------------------------------

  consoleTable(t: number): ConsoleTable {
    const session = this.tables[t]!;
    const s = session.state;
    const recent: string[] = [];
    for (let i = s.log.length - 1; i >= 0 && recent.length < RECENT; i--) {
      const e = s.log[i]!;
      if (e.visibility === 'public') recent.unshift(e.text);
    }
    return {
      status: session.status(),
      text: s.table
        ? {
            version: s.table.version,
            // As the log writes a text, in the table's language (engine/narrate.ts).
            words: describePackage(s, s.table.package),
            author: s.table.author,
            stances: s.table.stances,
            livingWith: livingWith(
              statements(s.log),
              s.table.version,
              this.scenario.parties.map((p) => p.id),
            ),
          }
        : null,
      outcome: s.outcome,
      left: s.left,
      fired: s.fired,
      recent,
      lastMoveAt: session.lastMoveAt,
      trainees: this.summary()
        .members.filter((m) => m.table === t)
        .map((m) => {
          const lines = m.role === 'observer' ? null : this.worksheetComparison(t, m.party, m.name);
          return lines ? { ...m, comparison: lines } : m;
        }),
    };
  }

  console(): ConsoleState {
    return { class: this.summary(), tables: this.tables.map((_, t) => this.consoleTable(t)) };
  }

  /**
   * A command at every table of the class (pause, resume, extend or end all…); the tables it does
   * not fit say why. `hand-idle` hands every idle seat (idleReason, as the console flags them) to a
   * computer player, as the instructor would one by one. `locale`: the language of the tables' refusals
   * (the instructor's request); by default the class's.
   */
  command(cmd: ClassCommand, now: number, locale: Locale = matchLocale([this.scenario.language])): ClassCommandResult {
    const refused: ClassCommandResult['refused'] = [];
    const handed: ClassCommandResult['handed'] = [];
    this.tables.forEach((session, t) => {
      if (cmd.command !== 'hand-idle') {
        const done = session.command(cmd.command === 'extend' ? extendAt(cmd, session.id) : cmd, locale);
        if (!done.ok) refused.push({ table: t + 1, reason: done.reason });
        return;
      }
      const watched = this.consoleTable(t);
      for (const seat of watched.status.seats) {
        // Told in the class's language, like its other sentences to the console.
        const reason = idleReason(watched, seat.party, now, IDLE_AFTER_MS, matchLocale([this.scenario.language]));
        if (reason === null) continue;
        const done = session.command({ command: 'computer', party: seat.party }, locale);
        if (done.ok) handed.push({ table: t + 1, party: seat.party, reason });
        else refused.push({ table: t + 1, reason: done.reason });
      }
    });
    return { tables: this.tables.map((s) => s.summary(s.id)), refused, handed };
  }

  // ---- Board and export ------------------------------------------------------------------------

  allOver(): boolean {
    return this.negotiating() === 0;
  }

  /** How many of the class's tables still negotiate: neither over nor broken (one that could not be restored). */
  negotiating(): number {
    return this.tables.filter((t) => !t.over && t.phase !== 'broken').length;
  }

  private reports(): (ScoreReport | null)[] {
    return this.tables.map((t) => (t.phase === 'broken' ? null : score(t.state)));
  }

  /** For each party the trainees play: its results across tables, ranked (ties share a rank). */
  rankings(reports: (ScoreReport | null)[] = this.reports()): RoleRanking[] {
    return this.record.human.map((party) => {
      const rows = this.tables.flatMap((session, t) => {
        const r = reports[t]?.parties[party];
        // A table that ended before anyone moved had no negotiation: its BATNAs rank nobody.
        if (!r || !moved(session)) return [];
        // Those who joined: a seat nobody took was the computer's game, not the absent trainee's.
        const trainees = this.record.members
          .filter((m) => m.table === t && m.party === party && m.role !== 'observer' && m.joined)
          .map((m) => m.name);
        // A seat no trainee took and no computer was given (a table ended before it started) was nobody's game:
        // it is not ranked (the board named it "computer", and its BATNA took a rank from the trainees below).
        if (trainees.length === 0 && this.tables[t]!.controller(party).kind === 'human') return [];
        return [{ table: t + 1, trainees, points: r.points, surplus: r.surplus, rank: 0 }];
      });
      const sorted = [...rows].sort((a, b) => b.points - a.points);
      for (const row of rows) row.rank = 1 + sorted.filter((o) => o.points > row.points).length;
      rows.sort((a, b) => a.rank - b.rank || a.table - b.table);
      return { party, name: this.partyName(party), rows };
    });
  }

  /** Every party's BATNA and sheet as events changed them at a table: the scale its points are on. */
  private scale(state: GameState): string {
    return JSON.stringify(this.scenario.parties.map((p) => [effectiveBatna(state, p.id), effectiveSheet(state, p.id)]));
  }

  /** The class board: phases and agreements always; figures, rankings and the chart's game only once all are over. */
  board(): ClassBoard {
    const allOver = this.allOver();
    const reports = allOver ? this.reports() : null;
    const tables: BoardTable[] = this.tables.map((session, t) => {
      const s = session.state;
      const r = reports?.[t] ?? null;
      const outcome = s.outcome;
      return {
        number: t + 1,
        code: session.code,
        phase: session.phase,
        round: s.round,
        rounds: session.status().rounds,
        agreement: outcome ? outcome.kind === 'agreement' : null,
        points: r ? Object.fromEntries(Object.entries(r.parties).map(([p, x]) => [p, x.points])) : null,
        jointGainShare: r ? r.collective.efficiency : null,
        jointGainShareUncapped: r ? uncappedShare(r) : null,
        distanceToFrontier: r ? r.collective.distanceToFrontier : null,
        legitimacy: r && outcome?.kind === 'agreement' ? outcome.legitimacy : null,
        namedByAll: r ? namedByAll(tourDeTableFacts(s)) : null,
      };
    });
    let reference: GameState | null = null;
    let referenceTable: number | null = null;
    let offChart: number[] = [];
    if (allOver) {
      const open = this.tables.filter((t) => t.phase !== 'broken');
      const session = open.find((t) => t.state.outcome?.kind === 'agreement') ?? open[0];
      const chosen = session?.state ?? null;
      referenceTable = session ? this.tables.indexOf(session) + 1 : null;
      if (chosen) {
        const drawn = this.scale(chosen);
        offChart = this.tables.flatMap((t, i) =>
          t.phase !== 'broken' && this.scale(t.state) !== drawn ? [i + 1] : [],
        );
      }
      // The chart needs the sheets (figures, now that every table is over), never the trainees'
      // private log entries (side messages): only the public ones travel.
      reference = chosen ? { ...chosen, log: chosen.log.filter((e) => e.visibility === 'public') } : null;
    }
    return {
      code: this.code,
      title: this.record.title,
      scenario: { id: this.scenario.id, title: this.scenario.title },
      parties: this.scenario.parties.map((p) => ({ id: p.id, name: p.name })),
      human: this.record.human,
      allOver,
      tables,
      rankings: reports ? this.rankings(reports) : null,
      reference,
      referenceTable,
      offChart,
      history: allOver ? historicalDeal(this.scenario) : null,
    };
  }

  /** The JSON export: every table's recipe (scenario, setup, seed, actions) and, once it is over, its scores. */
  exportJson(): ClassExport {
    // As in the CSV: a running, paused or waiting table's scores are "as if it ended now", not results.
    const reports = this.reports().map((r, t) => (this.tables[t]!.over ? r : null));
    return {
      format: 'accord-class/1',
      class: this.summary(),
      tables: this.tables.map((session, t) => {
        const s = session.state;
        const r = reports[t];
        return {
          number: t + 1,
          id: session.id,
          code: session.code,
          phase: session.phase,
          scenario: { id: this.scenario.id, version: this.scenario.version, language: this.scenario.language },
          setup: { ...s.setup },
          seed: s.seed,
          actions: s.log.flatMap((e) => (e.action ? [e.action] : [])),
          reasons: { ...session.reasons },
          controllers: session.record.controllers,
          scores: Object.fromEntries(
            Object.entries(r?.parties ?? {}).map(([p, x]) => [
              p,
              { points: x.points, batna: x.batna, surplus: x.surplus, process: x.process, final: x.final },
            ]),
          ),
        };
      }),
    };
  }

  /**
   * The CSV export: one row per trainee (CLASS_CSV_COLUMNS, then one column per exit-reflection
   * question with their answer); an observer's figures are empty.
   */
  exportCsv(): string {
    // Only a table that is over has final figures: a running table's would read as results.
    const reports = this.reports().map((r, t) => (this.tables[t]!.over ? r : null));
    const ranks = new Map<string, number>();
    for (const role of this.rankings(reports))
      for (const row of role.rows) ranks.set(`${row.table - 1}/${role.party}`, row.rank);
    const words = this.tables.map((t) => dealWords(t.state));
    const questions = this.scenario.exitReflection?.questions ?? [];
    const rows: string[][] = [[...CLASS_CSV_COLUMNS, ...questions.map((q) => `reflection: ${q.prompt}`)]];
    for (const m of this.record.members) {
      const session = this.tables[m.table]!;
      const status = csvStatus(m, session);
      const p =
        status === CSV_STATUS.played || status === CSV_STATUS.handedOver ? reports[m.table]?.parties[m.party] : null;
      const word = p ? words[m.table]?.[m.party] : undefined;
      rows.push([
        m.name,
        String(m.table + 1),
        session.code,
        this.partyName(m.party),
        m.role,
        status,
        p ? String(p.points) : '',
        p ? String(p.batna) : '',
        p ? String(p.surplus) : '',
        p ? String(ranks.get(`${m.table}/${m.party}`) ?? '') : '',
        p ? String(p.process) : '',
        p ? String(p.final) : '',
        word ? DEAL_WORD_CSV[word] : '',
        ...questions.map((q) => (m.reflectionAnswers?.[q.id] ? answerText(q, m.reflectionAnswers[q.id]) : '')),
      ]);
    }
    return csvText(rows);
  }
}

/** What a trainee's CSV figures are (CSV_STATUS): whose game they were, and whether final. */
function csvStatus(m: StoredMember, session: TableSession): (typeof CSV_STATUS)[keyof typeof CSV_STATUS] {
  if (m.role === 'observer') return CSV_STATUS.observer;
  if (session.phase === 'broken') return CSV_STATUS.broken;
  if (!m.joined) return CSV_STATUS.notJoined;
  if (!session.over) return CSV_STATUS.notOver;
  if (!moved(session)) return CSV_STATUS.noMove;
  return session.controller(m.party).kind === 'computer' ? CSV_STATUS.handedOver : CSV_STATUS.played;
}

/** Whether any party made a move at the table (not only the instructor's steps: a table ended before it started). */
function moved(session: TableSession): boolean {
  return session.state.log.some((e) => e.action !== undefined && e.action.type !== 'facilitate');
}

/**
 * The deal's share of the best joint gain in percent before `efficiency` caps it to 0..100 (negative where the deal
 * left the parties together below no deal); null where efficiency is not measured.
 */
export function uncappedShare(r: ScoreReport): number | null {
  const c = r.collective;
  if (c.efficiency === null || c.jointGain === null || !c.maxJointGain) return null;
  return Math.round((c.jointGain / c.maxJointGain) * 1000) / 10;
}

/** A table's tour de table for the board: the texts every party named, and the deal's text. */
function namedByAll(facts: TourDeTableFacts | null): BoardTable['namedByAll'] {
  return facts ? { texts: facts.byEveryone, deal: facts.deal?.version ?? null } : null;
}

/** A class's extension as one table's: the table's last round as the console showed it, if it was sent. */
function extendAt(cmd: ClassCommand & { command: 'extend' }, table: string): InstructorCommand {
  const from = cmd.from && Object.hasOwn(cmd.from, table) ? cmd.from[table] : undefined;
  return from === undefined ? { command: 'extend' } : { command: 'extend', from };
}
