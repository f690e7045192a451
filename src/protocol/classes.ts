/**
 * A class: several tables of one scenario started together from a roster, watched and steered from
 * the instructor's console, and debriefed on one class board. Types of the class routes and rooms
 * (see messages.ts for the table protocol), the check of a create request, and the seating rule,
 * which the console also runs to preview where trainees will sit before the class is created.
 *
 * ## HTTP API (JSON, errors `{ error }` as for tables)
 * - `POST /api/classes` CreateClassRequest → 201 `{ class: ClassSummary }`                  (instructor)
 * - `GET  /api/classes`                  → ClassList, every class in full                  (instructor)
 *   `?limit=N` (1-200) pages it as ClassLines: the N latest classes' list lines (no roster), oldest first, and
 *   `earlier` when older ones remain, whose page `?limit=N&before=<earlier>` gives (server/classPages.ts) (instructor)
 * - `POST /api/classes/:id/command` ClassCommand → ClassCommandResult: the command at every table
 *   of the class (pause, resume, extend, end all; hand every idle seat to a computer,
 *   `{ command: 'hand-idle' }`); each table that does not fit says why in `refused`         (instructor)
 * - `GET  /api/classes/:id/export.json` → ClassExport; `GET /api/classes/:id/export.csv` → text/csv (instructor)
 * - `DELETE /api/classes/:id`            → `Deleted`: the class erased with all its tables (moves, seats, names,
 *   worksheets, reflections, observer keys); 409 while one of its tables is played (playing or paused); its
 *   rooms close, each device told `deleted`                                                  (instructor)
 * - `GET  /api/class/:code`              → ClassLookup (404: no class has the code)          (public)
 * - `POST /api/class/:code/join` `{ name }` → ClassPlacement: the trainee's seat (with its seat key,
 *   to join the table as a returning seat) or observer place (with its observer key)        (public)
 *
 * ## WebSocket: the class room (`CLASS_ROOM_NAME`, room id = class id)
 * `joinById(classId, ClassJoinOptions)`: the instructor's console (its key) or the class board (the
 * class code). Messages: `console` (instructor: the whole ConsoleState once, then) `console-table`
 * (one table that changed); `board` (everyone in the room: the ClassBoard, whenever a table's phase,
 * round or outcome changed); `deleted` (the instructor deleted the class: a sentence; the room closes). The board holds no confidential figure before every table is over.
 */
import type { Outcome, Package, PartyId, Stance } from '../engine/index.ts';
import { seededRandom } from '../analysis/index.ts';
import { DEFAULT_LOCALE, formatList, matchLocale, translator, type Locale, type Translate } from '../i18n/index.ts';
import type { Difficulty, StrategyName } from '../bots/index.ts';
import type { Pace } from './limits.ts';
import type { Controller, InstructorCommand, JoinLookup, TableStatus, TableSummary } from './messages.ts';
import {
  cleanName,
  INSTRUCTOR_COMMANDS,
  isLastRound,
  normaliseJoinCode,
  parseCreateTable,
  parseInstructorCommand,
} from './validate.ts';
import type { Checked, TableRequest } from './validate.ts';
import { MAX_HTTP_BODY_BYTES, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from './limits.ts';
import type { Scenario } from '../engine/index.ts';
import type { ReflectionQuestion } from '../scenario/types.ts';
import type { ReflectionAnswers } from './classHour.ts';
import { DEAL_WORD_COLUMN } from './csv.ts';

export const CLASS_ROOM_NAME = 'class';

/** How a roster is seated: shuffled, in the roster's order spread evenly, or as the instructor says. */
export type Placement = 'random' | 'balanced' | 'manual';
export const PLACEMENTS: readonly Placement[] = ['random', 'balanced', 'manual'];

/** A trainee's place: holding a party's seat alone, sharing it (a doubled role), or observing. */
export type ClassRole = 'player' | 'double' | 'observer';

/** One trainee's place at a class (tables counted from 0 in the request, shown from 1). */
export interface Seating {
  name: string;
  table: number;
  /** The party played, or (an observer) the party whose brief it may read if the class allows. */
  party: PartyId;
  role: ClassRole;
}

export interface CreateClassRequest {
  scenario: string;
  /** The language every table of the class plays in: one of the scenario's `languages` (default: its own). */
  language?: string;
  title?: string;
  /** How many tables; 'auto' (default): as many as the roster fills (every human seat taken). */
  tables?: number | 'auto';
  /** The parties trainees play at every table; the others are computer negotiators. */
  human: PartyId[];
  strategy?: StrategyName;
  difficulty?: Difficulty;
  pace?: Pace | number;
  turnSeconds?: number | null;
  roundSeconds?: number | null;
  /** Seeds the tables (table k gets seed + k) and a random placement. Default: random. */
  seed?: number;
  /** The trainees' names, one each; absent or empty: trainees type their names and are seated as they come. */
  roster?: string[];
  /** Default 'balanced'. 'manual' needs `seating`. */
  placement?: Placement;
  seating?: Seating[];
  /** At most this many doubled roles per table when trainees outnumber seats (default 1); the rest observe. */
  doublePerTable?: number;
  /** Observers may read the brief of the party they shadow (default false: the public table only). */
  observerBrief?: boolean;
}

export interface ClassMember extends Seating {
  /** True once the trainee has joined from a device. */
  joined: boolean;
  /** True once they sent their preparation worksheet (the console shows who has). */
  worksheet?: boolean;
  /** The round in which they sent it, when that was after their party's first move (the console says so). */
  worksheetRound?: number;
  /** Their exit reflection, once sent (the instructor sees the class's answers together). */
  reflection?: ReflectionAnswers | null;
  /**
   * In the console only, once their table is over: their worksheet compared with the game
   * (protocol/worksheetComparison.ts), in the table's language.
   */
  comparison?: string[];
}

/**
 * A table of a class, as its summary and its list line name it. `takenOverAt`: when another server process took the
 * table over (TableStatus.takenOverAt); `movedAt`, in the HTTP API's answers: the same as ISO 8601 in UTC.
 */
export interface ClassTableRef {
  id: string;
  code: string;
  takenOverAt?: number;
  movedAt?: string;
}

export interface ClassSummary {
  id: string;
  code: string;
  title: string;
  scenario: { id: string; title: string };
  human: PartyId[];
  observerBrief: boolean;
  /** True when trainees type their names (no roster): they are seated as they come. */
  open: boolean;
  tables: ClassTableRef[];
  /**
   * In the HTTP API's answers, a sentence in the request's language for each table another server
   * process took over ("Table 3 moved to another server process at 10:42 …", on the server's clock with its
   * time zone named; `tables[i].movedAt` gives the time to a reader in another zone); absent: none moved.
   */
  moved?: string[];
  members: ClassMember[];
  /** The scenario's events, which the facilitator may fire at a table. */
  events: { id: string; title: string }[];
  /** The language every table of the class plays in, which the scenario's words here are in. */
  language: string;
  /** The scenario's exit-reflection questions (none: it has no reflection). */
  reflectionQuestions?: ReflectionQuestion[];
  createdAt: number;
}

/** `GET /api/classes` without `limit`: every class the server keeps, each in full (the answer before paging). */
export interface ClassList {
  classes: ClassSummary[];
}

/**
 * One class as a page of the list gives it (`GET /api/classes?limit=N`): what a line of the console's list says of it
 * (its title, code and number of tables) or may say (its scenario, when it was created, its trainees counted), and no
 * roster. A summary carries the roster and every trainee's reflection, which the console reads from the class's own
 * room once the instructor opens it (GET /api/class/:code, then the class room): a page of 50 past classes of 24
 * trainees with three answers of 400 characters each was 1.74 MB as summaries.
 */
export interface ClassLine {
  id: string;
  code: string;
  title: string;
  scenario: { id: string; title: string };
  /** The language the class plays in, which its scenario's title is in. */
  language: string;
  createdAt: number;
  tables: ClassTableRef[];
  /** As in ClassSummary: a sentence for each table another server process took over; absent: none moved. */
  moved?: string[];
  /**
   * Trainees on the roster (an open class: those who came so far), how many of them joined from a device, how many
   * sent their exit reflection.
   */
  trainees: { listed: number; joined: number; reflected: number };
}

/**
 * `GET /api/classes?limit=N[&before=…]`: the N latest classes' lines, oldest first, with `earlier` (the cursor of the
 * older ones' page, sent back as `before`) when older classes remain.
 */
export interface ClassLines {
  classes: ClassLine[];
  earlier?: string;
}

/** What a trainee typing the class code learns (no names: the roster stays with the instructor). */
export interface ClassLookup {
  /** The class room's id (the board joins it with the code). */
  id: string;
  code: string;
  title: string;
  scenario: { id: string; title: string };
  /** The language the class plays in, which its scenario's title is in. */
  language: string;
  open: boolean;
}

/** `GET /api/code/:code`: what a code typed on the join screen belongs to, a table or a class. */
export type CodeLookup = { table: JoinLookup } | { class: ClassLookup };

export interface ClassPlacement {
  name: string;
  role: ClassRole;
  party: PartyId;
  partyName: string;
  /** Counted from 1, as the console shows it. */
  tableNumber: number;
  tableId: string;
  roomId: string;
  /** The table's own join code (the seat key below opens the seat there). */
  code: string;
  /** A player's key to its seat (join the table as a returning seat with it). */
  seatKey: string | null;
  /** An observer's key (join the table as an observer with it). */
  observerKey: string | null;
}

/**
 * A board opened on the instructor's own device (the projector's laptop) also sends the instructor key: it
 * then never waits behind the boards others opened with the class code (classConsoleRoom.ts).
 */
export type ClassJoinOptions =
  { role: 'instructor'; instructorKey: string } | { role: 'board'; code: string; instructorKey?: string };

/** Server → client in the class room, by message type. */
export interface ClassServerMessages {
  /** To the instructor, once on joining: the class and every table. */
  console: ConsoleState;
  /** To the instructor, after any change at a table: that table. */
  'console-table': { index: number; table: ConsoleTable };
  /** To everyone in the room, on joining and whenever a table's phase, round or outcome changed. */
  board: ClassBoard;
  /** To everyone in the room: the instructor deleted the class (why, in a sentence); the room then closes. */
  deleted: { reason: string };
}

/** The join options of a class's console or board, refused in the class's language (`t`). */
export function parseClassJoinOptions(
  input: unknown,
  t: Translate = translator(DEFAULT_LOCALE),
): Checked<ClassJoinOptions> {
  if (!isRecord(input)) return no(t('apiRefusals.classJoin.noOptions'));
  if (input.role === 'instructor') {
    if (typeof input.instructorKey !== 'string' || input.instructorKey.length > 200)
      return no(t('apiRefusals.classJoin.instructorKey'));
    return { ok: true, value: { role: 'instructor', instructorKey: input.instructorKey } };
  }
  if (input.role === 'board') {
    const code = normaliseJoinCode(input.code);
    if (code === null) return no(t('apiRefusals.classJoin.code'));
    if (input.instructorKey === undefined) return { ok: true, value: { role: 'board', code } };
    if (typeof input.instructorKey !== 'string' || input.instructorKey.length > 200)
      return no(t('apiRefusals.classJoin.instructorKey'));
    return { ok: true, value: { role: 'board', code, instructorKey: input.instructorKey } };
  }
  return no(t('apiRefusals.classJoin.role'));
}

/** One table as the console watches it. */
export interface ConsoleTable {
  status: TableStatus;
  /**
   * The text on the table in words, its stances, its author, and the parties whose latest tour-de-table word
   * names it (public, as the stances).
   */
  text: {
    version: number;
    words: string;
    author: PartyId;
    stances: Record<PartyId, Stance>;
    livingWith: PartyId[];
  } | null;
  outcome: Outcome | null;
  /** Parties that walked away. */
  left: PartyId[];
  /** Events fired so far. */
  fired: string[];
  /** The last public sentences of the table's log (newest last). */
  recent: string[];
  /** When the last move was accepted (server ms), to flag idle seats. */
  lastMoveAt: number | null;
  /** The trainees at this table: who holds, shares or observes which party. */
  trainees: ClassMember[];
}

/**
 * The sentence saying that another server process took table `table` (its number in a class, or its
 * code) over at `at` (TableStatus.takenOverAt), the time as `locale` writes it on this machine's clock;
 * `zone`: followed by the time zone's name (a server's clock may not be the reader's).
 */
export function movedSentence(table: number | string, at: number, locale: Locale, zone = false): string {
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(zone ? { timeZoneName: 'short' as const } : {}),
  }).format(at);
  return translator(locale)('classWatch.tableMoved', { table, time });
}

/** A seat whose party is to move and has not moved for this long is idle (ms). */
export const IDLE_AFTER_MS = 60_000;

/**
 * Why a human seat at a running table needs the instructor's eye, or null: nobody took it, its
 * device is away, or its party's turn has lasted over `idleAfterMs`. The console flags these seats
 * and the class command `hand-idle` hands exactly these to computers.
 */
export function idleReason(
  t: ConsoleTable,
  party: PartyId,
  now: number,
  idleAfterMs = IDLE_AFTER_MS,
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  const seat = t.status.seats.find((s) => s.party === party);
  if (!seat || seat.controller.kind !== 'human') return null;
  const open = t.status.phase === 'waiting' || t.status.phase === 'playing' || t.status.phase === 'paused';
  if (!open || t.outcome !== null || t.left.includes(party)) return null;
  const say = translator(locale);
  if (!seat.held) return say('classWatch.idleNobody');
  if (!seat.connected) return say('classWatch.idleAway');
  const since = t.lastMoveAt ?? null;
  if (t.status.phase === 'playing' && t.status.active === party && since !== null && now - since > idleAfterMs)
    return say('classWatch.idleNoMove', { seconds: Math.round((now - since) / 1000) });
  return null;
}

/**
 * A command for every table of a class: a table's command, or hand every idle seat to a computer. Extending
 * every table carries each table's last round as the console showed it (`from`, by table id; see the table's
 * `extend`): tables may have been extended one by one, so one round would not fit them all.
 */
export type ClassCommand =
  | Exclude<InstructorCommand, { command: 'extend' }>
  | { command: 'extend'; from?: Readonly<Record<string, number>> }
  | { command: 'hand-idle' };

/** What a class command did: every table's summary, the tables it did not fit (why), the seats handed over. */
export interface ClassCommandResult {
  tables: TableSummary[];
  refused: { table: number; reason: string }[];
  /** For `hand-idle`: each seat handed to a computer, and why it was idle. */
  handed: { table: number; party: PartyId; reason: string }[];
}

/** A command to every table of a class, refused in `locale` (the request's language). */
export function parseClassCommand(input: unknown, locale: Locale = DEFAULT_LOCALE): Checked<ClassCommand> {
  if (isRecord(input) && input.command === 'hand-idle') return { ok: true, value: { command: 'hand-idle' } };
  if (isRecord(input) && input.command === 'extend') {
    const from = input.from;
    if (from === undefined) return { ok: true, value: { command: 'extend' } };
    if (!isRecord(from) || !Object.values(from).every(isLastRound))
      return no(translator(locale)('apiRefusals.command.extendFromClass'));
    return { ok: true, value: { command: 'extend', from: { ...(from as Record<string, number>) } } };
  }
  if (isRecord(input) && !INSTRUCTOR_COMMANDS.includes(input.command as InstructorCommand['command']))
    return no(
      translator(locale)('apiRefusals.command.unknownClass', {
        commands: formatList(locale, [...INSTRUCTOR_COMMANDS, 'hand-idle'], 'disjunction'),
      }),
    );
  const parsed = parseInstructorCommand(input, locale);
  if (!parsed.ok) return parsed;
  const cmd = parsed.value;
  // An extension was read above, with each table's `from`: here a table's single `from` cannot come.
  return { ok: true, value: cmd.command === 'extend' ? { command: 'extend' } : cmd };
}

export interface ConsoleState {
  class: ClassSummary;
  tables: ConsoleTable[];
}

/** One table on the class board. Figures are null until every table of the class is over. */
export interface BoardTable {
  number: number;
  code: string;
  phase: TableStatus['phase'];
  round: number;
  rounds: number;
  /** null while the table runs. */
  agreement: boolean | null;
  /** Each party's points for the outcome (deal or BATNA), once every table is over. */
  points: Record<PartyId, number> | null;
  /** The deal's share of the best joint gain (0..100), its distance to the frontier, its legitimacy. */
  jointGainShare: number | null;
  /**
   * The deal's share of the best joint gain as it was before the cap to 0..100: below 0 where the deal left the
   * parties together below no deal (`jointGainShare` then counts it as 0, as the table's debrief says). Null with
   * `jointGainShare`.
   */
  jointGainShareUncapped: number | null;
  distanceToFrontier: number | null;
  legitimacy: number | null;
  /**
   * The tour de table, once every table is over: the texts every party still at the table said it could live
   * with, and the deal's text (its version; null without a deal). Null where no party said a word.
   */
  namedByAll: { texts: number[]; deal: number | null } | null;
}

/** For one party: its trainees' results across tables, best first (a trainee is graded within its role). */
export interface RoleRanking {
  party: PartyId;
  name: string;
  rows: { table: number; trainees: string[]; points: number; surplus: number; rank: number }[];
}

export interface ClassBoard {
  code: string;
  title: string;
  scenario: { id: string; title: string };
  parties: { id: PartyId; name: string }[];
  human: PartyId[];
  /** True once every table is finished or ended: only then do the figures below appear. */
  allOver: boolean;
  tables: BoardTable[];
  rankings: RoleRanking[] | null;
  /**
   * One finished table's whole game (its state), once every table is over: the outcome chart is
   * drawn from it (frontier, Nash point) with every table's deal on it.
   */
  reference: unknown;
  /** The number of the table `reference` is (counted from 1; the first that reached a deal), or null. */
  referenceTable: number | null;
  /**
   * The tables left off the outcome chart: events changed points or BATNAs there otherwise than at
   * `referenceTable` (an event of a round one never reached), so their outcomes are on another scale than the
   * frontier, Nash points and BATNA lines drawn. Empty until every table is over.
   */
  offChart: number[];
  /**
   * The real historical deal, where the scenario names one (null: it does not, or not yet over), and its date (the
   * board names it "the real deal (date)" in its screens' language).
   */
  history: { package: Package; date: string } | null;
}

/**
 * The tables the class board's outcome chart of parties `x` (across) and `y` (up) draws, each as a point labelled
 * "T2": those whose points are on the scale of the table it draws (not `offChart`).
 */
export function chartedTables(
  board: ClassBoard,
  x: PartyId,
  y: PartyId,
): { label: string; point: { x: number; y: number } }[] {
  return board.tables.flatMap((row) =>
    row.points && row.points[x] !== undefined && row.points[y] !== undefined && !board.offChart.includes(row.number)
      ? [{ label: `T${row.number}`, point: { x: row.points[x], y: row.points[y] } }]
      : [],
  );
}

/** The class export (JSON): every table replays from its scenario, setup, seed and action log. */
export interface ClassExport {
  format: 'accord-class/1';
  class: ClassSummary;
  tables: {
    number: number;
    id: string;
    code: string;
    phase: TableStatus['phase'];
    /** `language`: the one the table played in, which its log's sentences are written in. */
    scenario: { id: string; version: string; language: string };
    setup: Record<string, unknown>;
    seed: number;
    actions: unknown[];
    /** Computer parties' one-line reasons by action index (ActionLog.reasons). */
    reasons: Record<string, string>;
    controllers: Record<PartyId, Controller>;
    /** Each party's figures once the table is over; empty before (no figure is final while it runs). */
    scores: Record<PartyId, { points: number; batna: number; surplus: number; process: number; final: number }>;
  }[];
}

/**
 * What a CSV row's figures are (its `status` column): the trainee's final result ('played'), or none: they
 * never joined (a computer played the seat), their table is not over (no figure is final before), it ended
 * before any party moved (it never started: no negotiation to score), it could not be restored, or they
 * observed. 'handed to a computer': they joined, and a computer finished the game.
 */
export const CSV_STATUS = {
  played: 'played',
  handedOver: 'handed to a computer',
  notJoined: 'did not join',
  notOver: 'table not over',
  noMove: 'table ended before any move',
  broken: 'table broken',
  observer: 'observer',
} as const;

/** The CSV export's columns, in order. */
export const CLASS_CSV_COLUMNS = [
  'trainee',
  'table',
  'table code',
  'party',
  'role',
  'status',
  'outcome points',
  'BATNA',
  'surplus',
  'within-role rank',
  'process score',
  'final score',
  DEAL_WORD_COLUMN,
] as const;

/** How many tables a roster fills (every human seat taken; extras share or observe), at least one. */
export function autoTables(trainees: number, humanParties: number): number {
  if (humanParties <= 0) return 1;
  return Math.max(1, Math.floor(trainees / humanParties));
}

/**
 * The k-th trainee's place (0-based) in an evenly spread order that does not depend on how many
 * come: seats first, round the tables (table 0, 1, … get their first party, then their second…),
 * then up to `doublePerTable` doubled roles per table (a different party doubled from table to
 * table), then observers round the tables (each shadowing a party in turn). So open classes seat
 * trainees as they arrive, and a roster is seated the same way in its order.
 */
export function placeOf(
  k: number,
  tables: number,
  human: readonly PartyId[],
  doublePerTable: number,
): Omit<Seating, 'name'> {
  const h = human.length;
  const seats = tables * h;
  if (k < seats) return { table: k % tables, party: human[Math.floor(k / tables)]!, role: 'player' };
  const d = k - seats;
  const doubles = tables * Math.min(doublePerTable, h);
  if (d < doubles) {
    const table = d % tables;
    const nth = Math.floor(d / tables);
    return { table, party: human[(table + nth) % h]!, role: 'double' };
  }
  const o = d - doubles;
  return { table: o % tables, party: human[Math.floor(o / tables) % h]!, role: 'observer' };
}

/** A roster seated by the rule (random: shuffled by `seed` first). */
export function seatRoster(
  names: readonly string[],
  tables: number,
  human: readonly PartyId[],
  doublePerTable: number,
  placement: Exclude<Placement, 'manual'>,
  seed: number,
): Seating[] {
  const order = [...names];
  if (placement === 'random') {
    const rnd = seededRandom(seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return order.map((name, k) => ({ name, ...placeOf(k, tables, human, doublePerTable) }));
}

/**
 * What seating a roster means, in a sentence in the language of `t` (the console shows it before the
 * class is created): its clauses, each whole, separated as the language does.
 */
export function seatingSentence(
  seating: readonly Seating[],
  tables: number,
  human: readonly PartyId[],
  t: Translate = translator(DEFAULT_LOCALE),
): string {
  const seats = tables * human.length;
  const players = seating.filter((s) => s.role === 'player').length;
  const doubles = seating.filter((s) => s.role === 'double').length;
  const observers = seating.filter((s) => s.role === 'observer').length;
  const parts = [
    t('protocolRefusals.seating.base', {
      trainees: t('protocolRefusals.seating.trainees', { count: seating.length }),
      seats,
      tables: t('protocolRefusals.seating.tables', { count: tables }),
    }),
  ];
  if (doubles > 0) parts.push(t('protocolRefusals.seating.doubles', { count: doubles }));
  if (observers > 0) parts.push(t('protocolRefusals.seating.observers', { count: observers }));
  if (players < seats) parts.push(t('protocolRefusals.seating.free', { count: seats - players }));
  return t('protocolRefusals.seating.sentence', { clauses: parts.join(t('protocolRefusals.seating.separator')) });
}

/** The most tables one class may open. */
export const MAX_CLASS_TABLES = 100;
/** The longest roster, in names. */
export const MAX_ROSTER = 400;
/** A name's most UTF-8 bytes: MAX_NAME_LENGTH characters of 4 bytes (an emoji; Arabic takes 2, Chinese 3). */
const NAME_BYTES = 4 * MAX_NAME_LENGTH;
/** One seat's JSON besides its name: `{"name":"","table":100,"party":"…","role":"observer"},`, its id at 64. */
const SEAT_BYTES = 128;
/**
 * The largest class request within the limits (its JSON, in bytes): a roster of MAX_ROSTER names and the
 * hand seating of as many, each name at its longest, with the other fields' room. The API's other bodies
 * stay small (MAX_HTTP_BODY_BYTES): under that limit a roster of 400 forty-letter names (17 kB), 380 Arabic
 * names or the hand seating of 140 trainees were refused as too large.
 */
export const MAX_CLASS_REQUEST_BYTES = MAX_ROSTER * (NAME_BYTES + 3 + NAME_BYTES + SEAT_BYTES) + MAX_HTTP_BODY_BYTES;

export interface ClassRequest {
  title: string;
  tables: number;
  human: PartyId[];
  /** The tables' settings (their controllers: `human` parties human, the others computers). */
  table: TableRequest;
  /** null: an open class (trainees type their names). */
  seating: Seating[] | null;
  doublePerTable: number;
  observerBrief: boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const no = <T>(reason: string): Checked<T> => ({ ok: false, reason });

/**
 * The names of a roster, checked: none empty, none too long, none twice (case and spaces aside);
 * refused in the language of `t`.
 */
export function parseRoster(input: unknown, t: Translate = translator(DEFAULT_LOCALE)): Checked<string[]> {
  if (!Array.isArray(input)) return no(t('protocolRefusals.roster.notList'));
  if (input.length > MAX_ROSTER) return no(t('protocolRefusals.roster.tooLong', { max: MAX_ROSTER }));
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of input.entries()) {
    const name = cleanName(raw);
    if (name === null) return no(t('protocolRefusals.roster.emptyName', { n: i + 1 }));
    if ([...name].length > MAX_NAME_LENGTH)
      return no(t('protocolRefusals.roster.nameTooLong', { n: i + 1, start: name.slice(0, 20), max: MAX_NAME_LENGTH }));
    const key = name.toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return no(t('protocolRefusals.roster.twice', { name, first: first + 1, second: i + 1 }));
    seen.set(key, i);
    names.push(name);
  }
  return { ok: true, value: names };
}

function parseManual(
  input: unknown,
  names: readonly string[] | null,
  tables: number,
  human: readonly PartyId[],
  t: Translate,
): Checked<Seating[]> {
  if (!Array.isArray(input) || input.length === 0) return no(t('protocolRefusals.roster.byHandNeeded'));
  const roster = parseRoster(
    input.map((s: unknown) => (isRecord(s) ? s.name : undefined)),
    t,
  );
  if (!roster.ok) return roster;
  if (names && (names.length !== roster.value.length || names.some((n, i) => roster.value[i] !== n)))
    return no(t('protocolRefusals.roster.byHandOrder'));
  const out: Seating[] = [];
  const count = new Map<string, number>();
  for (const [i, raw] of (input as unknown[]).entries()) {
    const s = raw as Record<string, unknown>;
    const name = roster.value[i]!;
    if (typeof s.table !== 'number' || !Number.isInteger(s.table) || s.table < 0 || s.table >= tables)
      return no(t('protocolRefusals.roster.table', { name, tables }));
    if (typeof s.party !== 'string' || !human.includes(s.party))
      return no(t('protocolRefusals.roster.party', { name, parties: human.join(', ') }));
    if (s.role !== 'player' && s.role !== 'double' && s.role !== 'observer')
      return no(t('protocolRefusals.roster.role', { name }));
    if (s.role !== 'observer') {
      const key = `${s.table}/${s.party}`;
      const n = (count.get(key) ?? 0) + 1;
      if (n > 2) return no(t('protocolRefusals.roster.seatFull', { table: s.table + 1, party: s.party }));
      count.set(key, n);
    }
    out.push({ name, table: s.table, party: s.party, role: s.role });
  }
  return { ok: true, value: out };
}

/**
 * The body of `POST /api/classes`, checked against its scenario (found by the caller). `seedIfNone`
 * (the server's random number) seeds the tables and a random placement when the request names no seed.
 * Refused in `locale` (the request's language), except the roster (in the tables' language).
 */
export function parseCreateClass(
  input: unknown,
  scenario: Scenario,
  seedIfNone: number,
  locale: Locale = DEFAULT_LOCALE,
): Checked<ClassRequest> {
  const say = translator(locale);
  if (!isRecord(input)) return no(say('apiRefusals.class.notObject'));
  const ids = scenario.parties.map((p) => p.id);
  if (!Array.isArray(input.human) || input.human.length === 0) return no(say('apiRefusals.class.noHuman'));
  const human: PartyId[] = [];
  for (const p of input.human as unknown[]) {
    if (typeof p !== 'string' || !ids.includes(p))
      return no(say('apiRefusals.table.notParty', { party: String(p).slice(0, 60), scenario: scenario.title }));
    if (!human.includes(p)) human.push(p);
  }
  const parties: Record<PartyId, Controller | { kind: 'computer'; strategy: unknown; difficulty: unknown }> = {};
  for (const id of ids)
    parties[id] = human.includes(id)
      ? { kind: 'human' }
      : { kind: 'computer', strategy: input.strategy, difficulty: input.difficulty };
  const table = parseCreateTable({ ...input, parties }, scenario, locale);
  if (!table.ok) return table;
  const seed = table.value.seed ?? seedIfNone;

  // The roster's refusals are in the tables' language, as the server's own sentences.
  const rosterText = translator(matchLocale([scenario.language]));
  let names: string[] | null = null;
  if (input.roster !== undefined && !(Array.isArray(input.roster) && input.roster.length === 0)) {
    const roster = parseRoster(input.roster, rosterText);
    if (!roster.ok) return roster;
    names = roster.value;
  }
  const placement = input.placement ?? 'balanced';
  if (typeof placement !== 'string' || !PLACEMENTS.includes(placement as Placement))
    return no(rosterText('protocolRefusals.roster.placement'));
  const doublePerTable = input.doublePerTable ?? 1;
  if (typeof doublePerTable !== 'number' || !Number.isInteger(doublePerTable) || doublePerTable < 0)
    return no(say('apiRefusals.class.doublePerTable'));

  let tables: number;
  if (input.tables === undefined || input.tables === 'auto') {
    if (placement === 'manual' && Array.isArray(input.seating))
      tables = Math.max(
        1,
        ...(input.seating as unknown[]).map((s) => (isRecord(s) && typeof s.table === 'number' ? s.table + 1 : 1)),
      );
    else if (names === null) return no(say('apiRefusals.class.tablesNeeded'));
    else tables = autoTables(names.length, human.length);
  } else if (
    typeof input.tables !== 'number' ||
    !Number.isInteger(input.tables) ||
    input.tables < 1 ||
    input.tables > MAX_CLASS_TABLES
  )
    return no(say('apiRefusals.class.tablesRange', { max: MAX_CLASS_TABLES }));
  else tables = input.tables;
  if (tables > MAX_CLASS_TABLES) return no(say('apiRefusals.class.tablesMax', { max: MAX_CLASS_TABLES }));

  let seating: Seating[] | null = null;
  if (placement === 'manual') {
    const manual = parseManual(input.seating, names, tables, human, rosterText);
    if (!manual.ok) return manual;
    seating = manual.value;
  } else if (names !== null) {
    seating = seatRoster(names, tables, human, doublePerTable, placement as Exclude<Placement, 'manual'>, seed);
  }

  if (input.observerBrief !== undefined && typeof input.observerBrief !== 'boolean')
    return no(say('apiRefusals.class.observerBrief'));

  let title = rosterText('server.classTitle', { title: scenario.title });
  if (input.title !== undefined && input.title !== '') {
    const t = cleanName(input.title);
    if (t === null || [...t].length > MAX_TITLE_LENGTH)
      return no(say('apiRefusals.class.title', { max: MAX_TITLE_LENGTH }));
    title = t;
  }
  return {
    ok: true,
    value: {
      title,
      tables,
      human,
      table: { ...table.value, seed },
      seating,
      doublePerTable,
      observerBrief: input.observerBrief === true,
    },
  };
}

/** Where a trainee is dragged by hand: a party's seat at a table, or the observers of a table. */
export type SeatTarget = { table: number; party: PartyId } | { table: number; observe: true };

/**
 * The seating with trainee `index` moved to `target` (seating by hand, by drag and drop): into a
 * seat it plays, or shares as a doubled role when someone holds it already (two at most, the one
 * there keeps playing); among a table's observers it keeps the party it shadows. A trainee left
 * alone in a doubled seat plays it.
 */
export function moveTrainee(
  seating: readonly Seating[],
  index: number,
  target: SeatTarget,
  partyName: (party: PartyId) => string = (p) => p,
  locale: Locale = DEFAULT_LOCALE,
): Checked<Seating[]> {
  const say = translator(locale);
  const who = seating[index];
  if (!who) return no(say('classWatch.noSuchTrainee'));
  const moved: Seating =
    'observe' in target
      ? { ...who, table: target.table, role: 'observer' }
      : { ...who, table: target.table, party: target.party, role: 'player' };
  if (!('observe' in target)) {
    const there = seating.filter(
      (s, i) => i !== index && s.role !== 'observer' && s.table === target.table && s.party === target.party,
    );
    if (there.length >= 2)
      return no(
        say('classWatch.seatShared', {
          table: target.table + 1,
          party: partyName(target.party),
          names: formatList(
            locale,
            there.map((s) => s.name),
          ),
        }),
      );
  }
  const next = seating.map((s, i) => (i === index ? moved : { ...s }));
  const seats = new Map<string, Seating[]>();
  for (const s of next)
    if (s.role !== 'observer') seats.set(`${s.table}/${s.party}`, [...(seats.get(`${s.table}/${s.party}`) ?? []), s]);
  for (const members of seats.values()) {
    const plays = members.find((m) => m.role === 'player' && m !== moved) ?? members[0];
    for (const m of members) m.role = m === plays ? 'player' : 'double';
  }
  return { ok: true, value: next };
}
