/**
 * # The classroom protocol (server ⇄ browser), version 2
 *
 * One process (`npm start`, src/server/main.ts) serves the built game and this protocol on one port.
 * Both sides import these types; the server enforces them with `validate.ts`.
 *
 * ## Addresses (printed by `npm start`; see `classroomLinks`)
 * - instructor: `http://HOST:PORT/?instructor=KEY`   (KEY: the instructor key, a secret)
 * - projector:  `http://HOST:PORT/?projector`        (`?projector=CODE` opens a table directly)
 * - join:       `http://HOST:PORT/?join`             (`?join=CODE` in a table's QR code)
 *
 * ## HTTP API (JSON; errors are `{ error: sentence }` with 400/401/403/404/409/413/429)
 * The instructor sends `Authorization: Bearer KEY` where marked (instructor).
 * - `GET  /api/health`                  → `{ ok: true, protocol: 2 }`
 * - `GET  /api/address`                 → `ServerAddress`: where trainees' devices reach the server
 * - `GET  /api/scenarios[?language=xx]` → `{ scenarios: ScenarioSummary[] }`: the server's own
 *                                         scenarios, each in `xx` where it is written in it  (public)
 * - `GET  /api/scenario-files`         → `{ refused: RefusedScenarioFile[] }`: the files in the
 *                                         server's folder that do not load, and why (instructor)
 * - `POST /api/tables`  CreateTableRequest → 201 `{ table: TableSummary }`               (instructor)
 * - `GET  /api/tables`                  → `{ tables: TableSummary[] }`                   (instructor)
 * - `POST /api/tables/:id/command` InstructorCommand → `{ table: TableSummary }`         (instructor)
 * - `GET  /api/tables/kept`             → `{ tables: KeptTable[] }`: the tables of no class that are over and
 *                                         no longer in the live list, kept until deleted       (instructor)
 * - `DELETE /api/tables/:id`            → `Deleted`: a table outside any class erased (moves, seats, names);
 *                                         409 while it is played (playing or paused) or when it belongs to a
 *                                         class (delete the class); 404 once gone                 (instructor)
 * - `GET  /api/join/:code`              → `JoinLookup` (404: no open table has the code)  (public)
 *
 * ## Game (WebSocket, Colyseus 0.18; `@colyseus/sdk` in the page)
 * One room per table, named `ROOM_NAME`, whose room id is the table id (`JoinLookup.roomId`):
 * `client.joinById(roomId, joinOptions)` with a `JoinOptions`. A refused join rejects with a sentence
 * (`error.message`): wrong code, seat held by another device, unknown seat key, table full…
 * Every message from the server is `room.onMessage(type, payload)` with a `WireMessages[type]`; a
 * client passes each through its connection's `updateDecoder()` (update.ts) and then holds a
 * `ServerMessages[type]`. `seat` and `public` travel as update messages: the first after a join or a
 * reconnection holds the whole update, later ones only what changed (new log entries, changed fields).
 * - `welcome`  once per join: the role, the party and the seat key (keep it: localStorage) for a seat;
 * - `seat`     to a seat after every change: its own `viewFor(state, party)`, its legal actions, the
 *              table's status, and at the end its own result (never another party's view): its
 *              game review and, at a class's table, this trainee's own worksheet against play;
 * - `public`   to the projector and the instructor: `viewFor(state, 'public')`, the status, and at the
 *              end the public debrief (numbers, no party's confidential texts);
 *              at a class's table over while another table of the class still negotiates, both carry
 *              `held` instead of any other party's figure (DebriefHeld), until every table is over;
 * - `refused`  an action or message was refused: the engine's reason, or why the message was refused;
 * - `seat-lost` the instructor gave this seat to a computer or freed it: the device is then closed;
 * - `deleted`  the instructor deleted the table (or its class): a sentence; the room then closes.
 * A client sends `room.send('action', action)` (a seat, for its own party; `ClientMessages`), and
 * `room.send('resync')` when an update does not fit the one it holds (the whole update follows). Messages over MAX_MESSAGE_CHARS, not an object, or faster than the rate limit
 * are refused with `refused`; a flood closes the connection.
 *
 * A dropped device is held its seat for RECONNECT_SECONDS (the SDK reconnects by itself); after that,
 * or after a server restart, it rejoins with `{ role: 'seat', code, seatKey }`. Every accepted action
 * is stored before any view goes out, so a restarted server restores each open table exactly.
 *
 * Turn clock: `TableStatus.clock.turnDeadline` (server epoch ms; compare with `serverTime`). When it
 * passes, the server applies the engine's `pass` for that party. A round clock caps every turn of a
 * round at the round's deadline. Clocks stop while paused or waiting.
 */
import type { ClassHourForms, ClassHourReceipt } from './classHour.ts';
import type { PartyReview } from '../authoring/review/index.ts';
import type {
  Action,
  CollectiveScore,
  LegalAction,
  Outcome,
  PartyId,
  PartyScore,
  PartyView,
  PublicView,
  TourDeTableFacts,
} from '../engine/index.ts';
import type { PartyKind } from '../scenario/types.ts';
import type { Difficulty, StrategyName } from '../bots/index.ts';
import type { Pace } from './limits.ts';
import type { UpdateMessage } from './update.ts';

export const PROTOCOL_VERSION = 2;
/** The Colyseus room type of a table. */
export const ROOM_NAME = 'table';

// ---- Addresses ---------------------------------------------------------------------------------

export interface ClassroomLinks {
  instructor: string;
  projector: string;
  join: string;
}

/** The three addresses for a base like `http://192.168.1.20:4173` (and a table's code, for its QR). */
export function classroomLinks(base: string, instructorKey: string, code?: string): ClassroomLinks {
  const root = base.replace(/\/+$/, '') + '/';
  const withCode = code ? `=${encodeURIComponent(code)}` : '';
  return {
    instructor: `${root}?instructor=${encodeURIComponent(instructorKey)}`,
    projector: `${root}?projector${withCode}`,
    join: `${root}?join${withCode}`,
  };
}

// ---- HTTP ----------------------------------------------------------------------------------------

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  /** The language this summary is written in: the one asked for where the scenario offers it, else its own. */
  language: string;
  /** The languages the scenario is written in (its own first): a table may ask for any of them. */
  languages: string[];
  parties: { id: PartyId; name: string; kind: PartyKind; description: string; colour: string }[];
}

/** A file in the server's scenario folder that does not load: its first problem (in the request's language). */
export interface RefusedScenarioFile {
  /** Its name in the folder. */
  file: string;
  /** Where its first problem is, 1-based (0: the whole file). */
  line: number;
  column: number;
  message: string;
  /** How many problems it has in all. */
  problems: number;
}

/** Who plays a party: a person on a device, or a computer negotiator on the server. */
export type Controller = { kind: 'human' } | { kind: 'computer'; strategy: StrategyName; difficulty: Difficulty };

export interface CreateTableRequest {
  /** A scenario id from `GET /api/scenarios`. */
  scenario: string;
  /** Every party of the scenario: human or computer. */
  parties: Record<PartyId, Controller>;
  /** Shown on the projector and in the join lookup (default: the scenario's title). */
  title?: string;
  /** How quickly computer parties move: a named pace or milliseconds (default 'normal'). */
  pace?: Pace | number;
  /** Seconds a human party has for its turn; absent or null: no turn clock. */
  turnSeconds?: number | null;
  /** Seconds a round may last; absent or null: no round clock. */
  roundSeconds?: number | null;
  /** Engine seed (default: random). */
  seed?: number;
  /**
   * The language the table plays its scenario in, its texts and its log: one of the scenario's
   * `languages` (default: the scenario's own). A class's tables all take the class's.
   */
  language?: string;
}

/**
 * - waiting: seats are being taken; play starts when every human seat is held (or on `start`);
 * - playing / paused: the game runs, or the instructor paused it (no moves, clocks stopped);
 * - finished: the engine finished the game (deal or no deal); results are out;
 * - ended: the instructor ended it before the engine did (results as of that moment);
 * - broken: it could not be restored after a restart (`problem` says why); nothing else happens.
 */
export type TablePhase = 'waiting' | 'playing' | 'paused' | 'finished' | 'ended' | 'broken';

export interface SeatStatus {
  party: PartyId;
  /** The party's display name in the scenario. */
  name: string;
  controller: Controller;
  /** The player's name for a human seat once taken (null while free); the strategy for a computer. */
  player: string | null;
  /** A human seat taken by a device (connected now or holding it through a drop). */
  held: boolean;
  /** A device is connected to it right now. */
  connected: boolean;
}

export interface TableClock {
  turnSeconds: number | null;
  roundSeconds: number | null;
  /** Server epoch ms at which the party to move passes automatically; null: no clock running. */
  turnDeadline: number | null;
  roundDeadline: number | null;
}

export interface TableStatus {
  id: string;
  code: string;
  title: string;
  /** `language`: the one the table plays in, which its scenario's words are in. */
  scenario: { id: string; title: string; language: string };
  phase: TablePhase;
  /** Set when phase is 'broken'. */
  problem: string | null;
  seats: SeatStatus[];
  /** The party to move (null when nobody is, e.g. finished). */
  active: PartyId | null;
  round: number;
  rounds: number;
  /** Actions accepted so far. */
  moves: number;
  clock: TableClock;
  /** The server's clock when this was sent (epoch ms), to correct the device's clock. */
  serverTime: number;
  /**
   * When another server process took the table over because the process holding it stopped (epoch
   * ms; several processes sharing PostgreSQL, docs/deploy.md). Every move a device saw accepted had
   * been stored, and was replayed. Absent: the table never moved.
   */
  takenOverAt?: number;
  /**
   * At a class's table, the class's code: its trainees join the class by name, and the table refuses a seat
   * asked for with its own code (the projector shows the class's code to join with instead).
   */
  classCode?: string;
}

/** What the instructor sees of a table in lists. */
export interface TableSummary extends TableStatus {
  /**
   * In the HTTP API's answers, when the table moved (`takenOverAt`): the sentence saying so, in the request's
   * language, its time on the server's clock with the server's time zone named.
   */
  moved?: string;
  /**
   * In the HTTP API's answers, when the table moved: `takenOverAt` as ISO 8601 in UTC, for whatever reads the
   * answer (the instructor board writes it in the browser's own time zone, as the class console does).
   */
  movedAt?: string;
  roomId: string;
  createdAt: number;
  pace: number;
}

/** `GET /api/address`: where trainees' devices reach the server (null: only this machine can). */
export interface ServerAddress {
  /** `http://192.168.1.20:4173`: the join addresses and QR codes use it when the page is on localhost. */
  join: string | null;
}

export interface JoinLookup {
  tableId: string;
  roomId: string;
  code: string;
  title: string;
  /** `language`: the one the table plays in, which its scenario's words are in. */
  scenario: { id: string; title: string; language: string };
  phase: TablePhase;
  seats: { party: PartyId; name: string; kind: PartyKind; seat: 'free' | 'held' | 'computer' }[];
}

export type InstructorCommand =
  | { command: 'start' }
  | { command: 'pause' }
  | { command: 'resume' }
  | { command: 'end' }
  /**
   * Move the table's deadline one round later (a facilitator's step in the table's log). `from`: the last
   * round as the instructor's screen showed it (TableStatus.rounds). The deadline moves only while it is
   * still there, so a second instructor clicking on the same sight, or the same request sent again after
   * its answer was lost, does not extend twice. Without `from` the deadline always moves.
   */
  | { command: 'extend'; from?: number }
  /** Fire one of the scenario's events now, as if its trigger held (a facilitator's step in the log). */
  | { command: 'event'; event: string }
  /** Hand a seat (held or not) to a computer negotiator; the device holding it is told and closed. */
  | { command: 'computer'; party: PartyId; strategy?: StrategyName; difficulty?: Difficulty }
  /** Free a human seat (its device is closed, its seat key no longer works) so another device can take it. */
  | { command: 'free'; party: PartyId }
  /** Make a computer seat human again (free, to be taken by a device). */
  | { command: 'human'; party: PartyId };

export interface ApiError {
  error: string;
}

// ---- WebSocket: joining --------------------------------------------------------------------------

export type JoinOptions =
  /** A new device takes a free seat: `party` chosen by the trainee, or absent to be given one. */
  | { role: 'seat'; code: string; name: string; party?: PartyId }
  /** A device takes its seat back (after a restart, a reload, a long drop). */
  | { role: 'seat'; code: string; seatKey: string }
  | { role: 'projector'; code: string }
  /** A class's observer (its key from `POST /api/class/:code/join`): the public table, perhaps one brief. */
  | { role: 'observer'; code: string; observerKey: string }
  | { role: 'instructor'; instructorKey: string };

export type Role = JoinOptions['role'];

/**
 * The code of a join refused because its seat key opens no seat at the table (the instructor freed the
 * seat): the device forgets that key, which no later join would take either. Outside the matchmaker's
 * codes (5xx, 4217) and the WebSocket close codes.
 */
export const SEAT_KEY_REFUSED = 4460;

// ---- WebSocket: messages -------------------------------------------------------------------------

export interface Welcome {
  role: Role;
  table: TableStatus;
  /** For a seat: its party, its player name and its seat key (store it to rejoin). */
  seat: { party: PartyId; name: string; seatKey: string } | null;
  /** For a class's observer whom the instructor allows it: the brief of the party it shadows. */
  brief?: { party: PartyId; name: string; text: string } | null;
  /** For a seat at a class's table: the worksheet and exit reflection it fills (protocol/classHour.ts). */
  classHour?: ClassHourForms | null;
  /**
   * For a seat at a class's table: whether the server already keeps this trainee's worksheet and exit
   * reflection. A page reloaded after sending showed the empty form again, and sending it replaced the
   * real worksheet (or was refused once the party had moved).
   */
  classHourKept?: { worksheet: boolean; reflection: boolean };
}

/** A party's own result at the end: its score explained (only its own lines). */
export interface SeatResult {
  provisional: boolean;
  outcome: Outcome | null;
  score: PartyScore;
  /** Null while the debrief is held (`SeatUpdate.held`): the others' figures wait for the whole class. */
  debrief: PublicDebrief | null;
  /** The party's game review (every move rated), once the table is over; null if it could not be made. */
  review?: PartyReview | null;
  /**
   * At a class's table, once it is over: this trainee's own worksheet compared with the game and
   * with the others' real sheets (protocol/worksheetComparison.ts), sent to this trainee's device
   * alone (a doubled seat's two trainees each get their own). Absent for a trainee who sent none.
   */
  worksheet?: string[];
}

/** The debrief every device may see: outcome, collective figures, each party's headline numbers. */
export interface PublicDebrief {
  /**
   * True when the game is still running (scores as if it ended now). Since ending a table is the
   * facilitator's step in the engine (a no-deal), an ended table's debrief is final too.
   */
  provisional: boolean;
  outcome: Outcome | null;
  weights: { outcome: number; process: number };
  /** Numbers only (no lines: their labels hold BATNA descriptions and scoring rules). */
  parties: {
    party: PartyId;
    name: string;
    points: number;
    batna: number;
    surplus: number;
    outcome: number;
    process: number;
    final: number;
  }[];
  collective: CollectiveScore;
  /** The language the collective figures' sentences are told in: the table's (the scenario's `language`). */
  language: string;
  /** What the tour de table said of the deal and of the texts, from the public log (null: no party said a word). */
  tourDeTable: TourDeTableFacts | null;
}

/**
 * A class's table that is over while other tables of its class, whose trainees play the same roles with the
 * same confidential sheets, still negotiate: how many do. Until none does (or the instructor ends them), its
 * devices get the outcome and each seat its own score, but no other party's figure: no public debrief (every
 * party's BATNA and points, the frontier and Nash analysis), no game review, no worksheet comparison.
 */
export interface DebriefHeld {
  /** Tables of the class still negotiating (not over). */
  running: number;
  /** Tables of the class. */
  tables: number;
}

export interface SeatUpdate {
  table: TableStatus;
  view: PartyView;
  legal: LegalAction[];
  result: SeatResult | null;
  /** Set while this table's debrief is held for the rest of its class (DebriefHeld). */
  held?: DebriefHeld;
}

export interface PublicUpdate {
  table: TableStatus;
  view: PublicView;
  /** Null while the table runs, and while its debrief is held (`held`). */
  debrief: PublicDebrief | null;
  /** Set while this table's debrief is held for the rest of its class (DebriefHeld). */
  held?: DebriefHeld;
}

export type RefusalKind = 'action' | 'not-your-seat' | 'phase' | 'shape' | 'size' | 'rate' | 'role';

export interface Refusal {
  kind: RefusalKind;
  reason: string;
}

export interface SeatLost {
  reason: string;
  /**
   * The instructor freed the seat (not handed to a computer, nor opened on another device): a trainee the class
   * placed there joins again by name on the class's form.
   */
  freed?: true;
}

/**
 * `GET /api/tables/kept`: a table of no class that is over and no longer in the live list (its room closed a minute
 * after its last device left, or the server restarted), still kept on the server until it is deleted.
 */
export interface KeptTable {
  id: string;
  code: string;
  title: string;
  phase: TablePhase;
  createdAt: number;
  /** How many trainees' names its seats keep. */
  trainees: number;
}

/** `DELETE /api/tables/:id`, `DELETE /api/classes/:id`: what was erased. */
export interface Deleted {
  deleted: {
    /** How many tables were erased. */
    tables: number;
    /** How many trainees' names went with them (a class's roster; a lone table's seats taken). */
    trainees: number;
  };
}

/** The instructor deleted the table or its class: why, in a sentence (the room closes after it). */
export interface TableDeleted {
  reason: string;
}

/** Server → client, by message type. */
export interface ServerMessages {
  welcome: Welcome;
  seat: SeatUpdate;
  public: PublicUpdate;
  refused: Refusal;
  'seat-lost': SeatLost;
  deleted: TableDeleted;
  /** A worksheet or exit reflection kept (protocol/classHour.ts). */
  'class-hour': ClassHourReceipt;
}

/** Server → client as it travels: `seat` and `public` as update messages (update.ts). */
export type WireMessages = Omit<ServerMessages, 'seat' | 'public'> & {
  seat: UpdateMessage<SeatUpdate>;
  public: UpdateMessage<PublicUpdate>;
};

/** Client → server, by message type. */
export interface ClientMessages {
  action: Action;
  /** The device's update no longer fits the server's patches: send the whole update again. */
  resync: undefined;
}
