/**
 * One table of the classroom, independent of the network: the engine state, who holds which seat,
 * the phase (waiting, playing, paused, over), the computer players' pace and the clocks. The room
 * (tableRoom.ts) connects devices to it; the HTTP API sends it the instructor's commands.
 *
 * Every change goes through `commit`: the engine's `apply` decides, the store writes the action, and
 * only then does the state change and the listener (the room, which sends the views) hear of it. A
 * move the store cannot write is refused, so what devices saw is always what a restart restores.
 */
import { apply, atTable, lastRound, legalActions, makeActionLog, score, viewFor } from '../engine/index.ts';
import { reviewGame } from '../authoring/review/index.ts';
import type { PartyReview } from '../authoring/review/index.ts';
import type { Action, FacilitateAction, GameState, PartyId, Scenario, ScoreReport } from '../engine/index.ts';
import { computerMove, DEFAULT_PERSONA } from '../bots/index.ts';
import { paceBefore } from '../bots/pace.ts';
import type { BotConfig, Difficulty, StrategyName } from '../bots/index.ts';
import { checkActionEnvelope, seatResult, publicDebrief } from '../protocol/index.ts';
import type {
  Checked,
  Controller,
  DebriefHeld,
  InstructorCommand,
  PublicUpdate,
  SeatUpdate,
  TablePhase,
  TableStatus,
  TableSummary,
} from '../protocol/index.ts';
import type { ClassroomStore } from './classroomStore.ts';
import { encodeStoredAction } from './tableStore.ts';
import type { SeatRecord, TableRecord } from './tableStore.ts';
import { hashKey, newSecret } from './secrets.ts';
import { notStoredSentence, StoreWriteError, whyNotStored } from './storeFailure.ts';
import { formatList, matchLocale, translator, type Locale, type Translate } from '../i18n/index.ts';

/** A refusal as the room reports it: the kind tells the device what went wrong. */
export interface SessionRefusal {
  kind: 'action' | 'not-your-seat' | 'phase' | 'shape';
  reason: string;
}

/** One trainee holding a seat (a doubled role has two). */
interface Holder {
  name: string;
  keyHash: string;
  /** The Colyseus session holding it now (connected, or within its reconnection hold). */
  session: string | null;
  connected: boolean;
  /**
   * Whether a device has ever come with its key. False only for a seat taken on this server run and not yet
   * opened: the answer that carried its key may have been lost on the way (`reissueUnopenedKey`). A seat
   * restored after a restart counts as opened: nobody can tell.
   */
  opened: boolean;
}

interface Seat {
  party: PartyId;
  /** The trainees who took the seat, in the order they did (at most `capacity`). */
  holders: Holder[];
}

export interface SessionEvents {
  /** Something devices see changed: send every client its update. */
  changed(): void;
  /** A seat was taken from its device (handed to a computer, freed, or opened elsewhere). */
  /** `freed`: the instructor freed the seat (SeatLost.freed). */
  seatLost(party: PartyId, session: string, reason: string, freed?: boolean): void;
}

const OVER: TablePhase[] = ['finished', 'ended'];

/**
 * Where a session's time comes from. `scale` shrinks every clock and pace (0.01: a 60-second turn
 * clock runs out in 0.6 s), for tests and benches that cannot wait for real classroom time.
 */
export interface SessionTiming {
  now: () => number;
  scale: number;
}

export const REAL_TIME: SessionTiming = { now: Date.now, scale: 1 };

export class TableSession {
  record: TableRecord;
  readonly scenario: Scenario;
  /** Sentences to the table's devices, in the table's language (its scenario's). */
  readonly t: Translate;
  state: GameState;
  events: SessionEvents | null = null;

  private readonly store: ClassroomStore;
  private readonly now: () => number;
  /** How long a clock second and a pace millisecond last (scaled in tests so clocks run fast). */
  readonly secondMs: number;
  private readonly seats = new Map<PartyId, Seat>();
  /** Parties whose seat two trainees share (a class's doubled roles): either may move. */
  private doubled: ReadonlySet<PartyId> = new Set();
  /** When the last action was accepted (server epoch ms; null: none since this process started). */
  lastMoveAt: number | null = null;
  /**
   * When this process took the table over from the process that held it and stopped (PostgreSQL: its
   * moves replayed from the store); null: this process created it, or restarted on its own data.
   */
  takenOverAt: number | null = null;
  /** Listeners besides the room (a class's console) told after every change. */
  readonly watchers = new Set<() => void>();
  private computerTimer: ReturnType<typeof setTimeout> | null = null;
  private clockTimer: ReturnType<typeof setTimeout> | null = null;
  /** The turn the clocks were set for (round, turn index, party): talk moves keep the turn's clock. */
  private clockTurn: string | null = null;
  private turnDeadline: number | null = null;
  private roundDeadline: number | null = null;
  private clockRound: number | null = null;
  private pausedWith: { turn: number | null; round: number | null } | null = null;
  private report: ScoreReport | null = null;
  /** Each party's game review once the table is over (computed when first asked). */
  private readonly reviews = new Map<PartyId, PartyReview | null>();
  /**
   * Computer parties' one-line reasons by action index (`ActionLog.reasons`): stored with the
   * actions, never in a view while the table runs; the reviews and the export read them after.
   */
  readonly reasons: Record<string, string>;
  private disposed = false;

  constructor(
    record: TableRecord,
    scenario: Scenario,
    state: GameState,
    seats: SeatRecord[],
    store: ClassroomStore,
    timing: SessionTiming = REAL_TIME,
    reasons: Record<string, string> = {},
  ) {
    this.record = record;
    this.reasons = { ...reasons };
    this.scenario = scenario;
    this.t = translator(matchLocale([scenario.language]));
    this.state = state;
    this.store = store;
    this.now = timing.now;
    this.secondMs = 1000 * timing.scale;
    for (const p of scenario.parties) this.seats.set(p.id, { party: p.id, holders: [] });
    for (const s of seats) {
      const seat = this.seats.get(s.party);
      if (seat && this.controller(s.party).kind === 'human')
        seat.holders.push({ name: s.name, keyHash: s.keyHash, session: null, connected: false, opened: true });
    }
    // A crash between storing the last action and storing the phase leaves a finished game 'playing'.
    if (state.status === 'finished' && !OVER.includes(record.phase)) this.followPhase('finished');
  }

  /** Starts play if every seat is taken, and arms the computers and clocks (once a room shows it). */
  activate(): void {
    this.startIfSeated();
    this.schedule();
  }

  get id(): string {
    return this.record.id;
  }
  get code(): string {
    return this.record.code;
  }
  get phase(): TablePhase {
    return this.record.phase;
  }
  get over(): boolean {
    return OVER.includes(this.record.phase);
  }

  controller(party: PartyId): Controller {
    return this.record.controllers[party] ?? { kind: 'human' };
  }

  // ---- Seats -----------------------------------------------------------------------------------

  /** How many trainees may hold this party's seat: two for a doubled role, else one. */
  capacity(party: PartyId): number {
    return this.doubled.has(party) ? 2 : 1;
  }

  /** A class doubles these roles: two trainees share each of these parties' seats. */
  shareSeats(parties: Iterable<PartyId>): void {
    this.doubled = new Set(parties);
  }

  private full(seat: Seat): boolean {
    return seat.holders.length >= this.capacity(seat.party);
  }

  /** A new device takes a free human seat: the chosen one, or the first free one. */
  takeSeat(name: string, party?: PartyId): Checked<{ party: PartyId; seatKey: string }> {
    if (this.over) return { ok: false, reason: this.t('server.tableFinished') };
    let seat: Seat | undefined;
    if (party !== undefined) {
      seat = this.seats.get(party);
      const p = this.scenario.parties.find((q) => q.id === party);
      if (!seat || !p) return { ok: false, reason: this.t('server.noSuchParty', { party }) };
      if (this.controller(party).kind !== 'human')
        return { ok: false, reason: this.t('server.playedByComputer', { party: this.partyRef(party) }) };
      if (this.full(seat)) {
        const holders = formatList(
          matchLocale([this.scenario.language]),
          seat.holders.map((h) => h.name),
        );
        return { ok: false, reason: this.t('server.seatHeld', { party: this.partyRef(party), holders }) };
      }
    } else {
      seat = [...this.seats.values()].find((s) => this.controller(s.party).kind === 'human' && s.holders.length === 0);
      if (!seat) return { ok: false, reason: this.t('server.everySeatTaken') };
    }
    const key = this.storedKey(seat.party, name, seat.holders.length);
    if (!key.ok) return key;
    seat.holders.push({ name, keyHash: key.value.keyHash, session: null, connected: false, opened: false });
    return { ok: true, value: { party: seat.party, seatKey: key.value.seatKey } };
  }

  /** A new seat key for `name` in `party`'s seat `slot`, stored before anyone holds it: a refused write changes nothing. */
  private storedKey(party: PartyId, name: string, slot: number): Checked<{ seatKey: string; keyHash: string }> {
    const seatKey = newSecret(24);
    const keyHash = hashKey(seatKey);
    try {
      this.store.saveSeat(this.id, { party, name, keyHash }, slot);
    } catch (e) {
      if (!(e instanceof StoreWriteError)) throw e;
      return { ok: false, reason: this.t('server.seatNotStored', { why: whyNotStored(this.t, e) }) };
    }
    return { ok: true, value: { seatKey, keyHash } };
  }

  private holderOf(party: PartyId, keyHash: string): Holder | null {
    return this.seats.get(party)?.holders.find((h) => h.keyHash === keyHash) ?? null;
  }

  private holderBySession(party: PartyId, session: string): Holder | null {
    return this.seats.get(party)?.holders.find((h) => h.session === session) ?? null;
  }

  /** The party whose seat this key opens, or null. */
  seatOfKey(seatKey: string): PartyId | null {
    const h = hashKey(seatKey);
    for (const s of this.seats.values()) if (s.holders.some((x) => x.keyHash === h)) return s.party;
    return null;
  }

  /**
   * A new key for `name`'s seat of `party` when no device has ever come with the one it was given (a class's
   * join whose answer was lost on the Wi-Fi: the trainee asks again); null when a device has, or no such seat.
   * Stored first: a refused write leaves the old key.
   */
  reissueUnopenedKey(party: PartyId, name: string): Checked<string | null> {
    const seat = this.seats.get(party);
    const slot = seat?.holders.findIndex((h) => h.name === name) ?? -1;
    const holder = seat?.holders[slot];
    if (!holder || holder.opened) return { ok: true, value: null };
    const key = this.storedKey(party, name, slot);
    if (!key.ok) return key;
    holder.keyHash = key.value.keyHash;
    return { ok: true, value: key.value.seatKey };
  }

  /** Whether a trainee of this name holds `party`'s seat (the instructor frees a seat to let them in again). */
  heldBy(party: PartyId, name: string): boolean {
    return this.seats.get(party)?.holders.some((h) => h.name === name) ?? false;
  }

  /** The name of the trainee this key belongs to (a doubled seat has two), or the seat's first holder's. */
  playerName(party: PartyId, seatKey?: string): string {
    const holders = this.seats.get(party)?.holders ?? [];
    const own = seatKey === undefined ? null : holders.find((h) => h.keyHash === hashKey(seatKey));
    return (own ?? holders[0])?.name ?? '';
  }

  /**
   * A device is now on this seat with its seat key; a different device holding the same key before
   * loses it (the other trainee of a doubled role keeps theirs). The caller sends the updates (after
   * its welcome), so this does not announce the change itself.
   */
  connect(party: PartyId, session: string, seatKey: string): void {
    const holder = this.holderOf(party, hashKey(seatKey));
    if (!holder) return;
    const previous = holder.session;
    holder.session = session;
    holder.connected = true;
    holder.opened = true;
    if (previous && previous !== session) this.events?.seatLost(party, previous, this.t('server.seatOpenedElsewhere'));
    this.startIfSeated();
    // The room sends the devices their updates itself (after its welcome); the console hears now.
    for (const w of this.watchers) w();
  }

  /** True when this session holds the party's seat (alone, or as one of a doubled role's two). */
  holds(party: PartyId, session: string): boolean {
    return this.holderBySession(party, session) !== null;
  }

  /** The device dropped (still holding the seat while it may reconnect) or left for good. */
  disconnect(party: PartyId, session: string, left: boolean): void {
    const holder = this.holderBySession(party, session);
    if (!holder) return;
    holder.connected = false;
    if (left) holder.session = null;
    this.changed();
  }

  reconnected(party: PartyId, session: string): void {
    const holder = this.holderBySession(party, session);
    if (!holder) return;
    holder.connected = true;
    this.changed();
  }

  /** Tells the room (which sends every device its update) and the watchers (a class's console). */
  private changed(): void {
    this.events?.changed();
    for (const w of this.watchers) w();
  }

  private allHumanSeatsTaken(): boolean {
    return [...this.seats.values()].every((s) => this.controller(s.party).kind !== 'human' || s.holders.length > 0);
  }

  private startIfSeated(): void {
    if (this.record.phase === 'waiting' && this.allHumanSeatsTaken()) {
      this.followPhase('playing');
      this.schedule();
    }
  }

  // ---- Moves -----------------------------------------------------------------------------------

  /** An action from the device holding `party`'s seat. Null when accepted. */
  submit(party: PartyId, input: unknown): SessionRefusal | null {
    const phase = this.phaseRefusal();
    if (phase) return { kind: 'phase', reason: phase };
    const envelope = checkActionEnvelope(input, this.t);
    if (!envelope.ok) return { kind: 'shape', reason: envelope.reason };
    if (envelope.value.type === 'facilitate') return { kind: 'not-your-seat', reason: this.t('server.instructorOnly') };
    const action = envelope.value.party === undefined ? { ...envelope.value, party } : envelope.value;
    if (action.party !== party) {
      const mine = this.partyRef(party);
      return {
        kind: 'not-your-seat',
        reason:
          typeof action.party === 'string'
            ? this.t('server.notYourParty', { mine, other: this.partyRef(action.party) })
            : this.t('server.notYourPartyUnknown', { mine }),
      };
    }
    const reason = this.commit(action);
    return reason === null ? null : { kind: 'action', reason };
  }

  private phaseRefusal(): string | null {
    switch (this.record.phase) {
      case 'waiting':
        return this.t('server.waiting');
      case 'paused':
        return this.t('server.paused');
      case 'finished':
      case 'ended':
        return this.t('server.over');
      case 'broken':
        return this.t('server.broken');
      case 'playing':
        return null;
    }
  }

  private partyName(id: string): string {
    return this.scenario.parties.find((p) => p.id === id)?.name ?? id;
  }

  /** A party's name as the table's sentences write it. */
  private partyRef(id: string): string {
    return this.t('log.party', { name: this.partyName(id) });
  }

  /** Applies, stores, then publishes. Returns the refusal reason, or null when accepted. */
  private commit(action: unknown): string | null {
    const r = apply(this.state, action);
    if (!r.ok) return r.reason;
    return this.accept(r.state);
  }

  /** Stores and publishes a move; refused with a sentence to its party when the store cannot keep it. */
  private accept(next: GameState, reason: string | null = null): string | null {
    try {
      this.storeState(next, reason);
    } catch (e) {
      if (!(e instanceof StoreWriteError)) throw e;
      return this.t('server.moveNotStored', { message: whyNotStored(this.t, e) });
    }
    if (next.status === 'finished') this.followPhase('finished');
    this.schedule();
    this.changed();
    return null;
  }

  /**
   * Stores the action that made `next` and makes it the state (no phase change, no announcement).
   * A store that refuses throws (StoreWriteError) and the state stays as it was.
   */
  private storeState(next: GameState, reason: string | null = null): void {
    const stored = lastAction(next);
    const at = this.now();
    this.store.appendAction(this.id, next.moves, encodeStoredAction(stored, reason), at);
    if (reason !== null) this.reasons[String(actionCount(next) - 1)] = reason;
    this.state = next;
    this.report = null;
    this.reviews.clear();
    this.lastMoveAt = at;
  }

  /**
   * The facilitator's step through the engine, stored in the table's log (the caller publishes). A
   * store that refuses throws: the instructor's request is answered with why (httpApi.ts).
   */
  private facilitate(action: FacilitateAction): string | null {
    const r = apply(this.state, action);
    if (!r.ok) return r.reason;
    this.storeState(r.state);
    return null;
  }

  private computers(): Record<PartyId, BotConfig> {
    const out: Record<PartyId, BotConfig> = {};
    for (const p of this.scenario.parties) {
      const c = this.controller(p.id);
      if (c.kind === 'computer')
        out[p.id] = {
          strategy: c.strategy,
          difficulty: c.difficulty,
          seed: this.record.seed,
          persona: p.persona ?? DEFAULT_PERSONA,
        };
    }
    return out;
  }

  private computerTurn(): void {
    this.computerTimer = null;
    if (this.disposed || this.record.phase !== 'playing') return;
    let move;
    try {
      move = computerMove(this.state, this.computers());
    } catch (e) {
      console.error(`Table ${this.code}: the computer player could not move: ${(e as Error).message}`);
      return;
    }
    if (!move) return this.schedule();
    let reason: string | null = null;
    try {
      reason = move.explain?.() ?? null;
    } catch (e) {
      console.error(`Table ${this.code}: the computer player's reason could not be worded: ${(e as Error).message}`);
    }
    // A store that refuses (a full disk: guardedStore tells the terminal) leaves the state as it
    // was; the computer tries again a second later, not at once in a loop.
    if (this.accept(move.state, reason) !== null)
      this.computerTimer = setTimeout(() => this.computerTurn(), this.secondMs);
  }

  // ---- Clocks ----------------------------------------------------------------------------------

  /** Arms the computer's move or the human's clock for the party to move now. */
  private schedule(): void {
    this.clearTimers();
    if (this.disposed || this.record.phase !== 'playing' || this.state.status !== 'running') return;
    const active = this.state.active;
    if (active === null) return;
    const now = this.now();
    if (this.record.roundSeconds !== null && this.clockRound !== this.state.round) {
      this.clockRound = this.state.round;
      this.roundDeadline = now + this.record.roundSeconds * this.secondMs;
    }
    if (this.controller(active).kind === 'computer') {
      this.clockTurn = null;
      this.turnDeadline = null;
      this.computerTimer = setTimeout(
        () => this.computerTurn(),
        (paceBefore(this.state, this.record.paceMs) * this.secondMs) / 1000,
      );
      return;
    }
    const turn = `${this.state.round}:${this.state.turnIndex}:${active}`;
    if (turn !== this.clockTurn) {
      this.clockTurn = turn;
      this.turnDeadline = this.record.turnSeconds !== null ? now + this.record.turnSeconds * this.secondMs : null;
    }
    const deadline = earliest(this.turnDeadline, this.roundDeadline);
    if (deadline !== null) this.clockTimer = setTimeout(() => this.timeUp(turn), Math.max(0, deadline - now));
  }

  /** The clock ran out: the engine's pass for the party to move (if it is still that turn). */
  private timeUp(turn: string): void {
    this.clockTimer = null;
    if (this.disposed || this.record.phase !== 'playing' || turn !== this.clockTurn) return;
    const party = this.state.active;
    if (party === null) return;
    const r = apply(this.state, { type: 'pass', party } satisfies Action);
    if (!r.ok) return console.error(`Table ${this.code}: the clock could not pass for ${party}: ${r.reason}`);
    // Not stored (a full disk): the clock passes again in a second.
    if (this.accept(r.state) !== null) this.clockTimer = setTimeout(() => this.timeUp(turn), this.secondMs);
  }

  private clearTimers(): void {
    if (this.computerTimer) clearTimeout(this.computerTimer);
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.computerTimer = null;
    this.clockTimer = null;
  }

  // ---- Instructor ------------------------------------------------------------------------------

  /** The instructor's command; refused in `locale` (the instructor's request), by default the table's language. */
  command(cmd: InstructorCommand, locale: Locale = matchLocale([this.scenario.language])): Checked<null> {
    try {
      return this.runCommand(cmd, locale);
    } catch (e) {
      // Each step stores before it changes the session: a refused write leaves the table as it was.
      if (!(e instanceof StoreWriteError)) throw e;
      return { ok: false, reason: notStoredSentence(translator(locale), e, this.store.location) };
    }
  }

  private runCommand(cmd: InstructorCommand, locale: Locale): Checked<null> {
    const phase = this.record.phase;
    const say = translator(locale);
    const refuse = (reason: string): Checked<null> => ({ ok: false, reason });
    const running = this.state.status === 'running';
    switch (cmd.command) {
      case 'start':
        if (phase !== 'waiting') return refuse(say('apiRefusals.command.alreadyStarted'));
        this.setPhase('playing');
        break;
      case 'pause': {
        if (phase !== 'playing') return refuse(say('apiRefusals.command.notPlaying'));
        const refused = this.facilitate({ type: 'facilitate', step: 'pause' });
        if (refused) return refuse(refused);
        const now = this.now();
        this.pausedWith = {
          turn: this.turnDeadline === null ? null : Math.max(0, this.turnDeadline - now),
          round: this.roundDeadline === null ? null : Math.max(0, this.roundDeadline - now),
        };
        this.followPhase('paused');
        break;
      }
      case 'resume': {
        if (phase !== 'paused') return refuse(say('apiRefusals.command.notPaused'));
        const refused = this.facilitate({ type: 'facilitate', step: 'resume' });
        if (refused) return refuse(refused);
        const now = this.now();
        if (this.pausedWith) {
          if (this.pausedWith.turn !== null) this.turnDeadline = now + this.pausedWith.turn;
          if (this.pausedWith.round !== null) this.roundDeadline = now + this.pausedWith.round;
        }
        this.pausedWith = null;
        this.followPhase('playing');
        break;
      }
      case 'extend':
      case 'event': {
        if (this.over || !running) return refuse(say('apiRefusals.command.overNoStep'));
        // Extended since the instructor's screen showed the deadline: by another instructor, or by this very
        // request sent again after its answer was lost. Once is what the instructor asked for.
        if (cmd.command === 'extend' && cmd.from !== undefined && cmd.from !== lastRound(this.state))
          return refuse(say('apiRefusals.command.extendedSince', { round: lastRound(this.state) }));
        const refused = this.facilitate(
          cmd.command === 'extend'
            ? { type: 'facilitate', step: 'extend' }
            : { type: 'facilitate', step: 'fire-event', event: cmd.event },
        );
        if (refused) return refuse(refused);
        if (this.state.status === 'finished') this.followPhase('finished');
        break;
      }
      case 'end':
        if (this.over) return refuse(say('apiRefusals.command.alreadyOver'));
        if (running) {
          const refused = this.facilitate({ type: 'facilitate', step: 'end' });
          if (refused) return refuse(refused);
          this.followPhase('ended');
        } else this.setPhase('ended');
        break;
      case 'computer':
      case 'free':
      case 'human': {
        const seat = this.seats.get(cmd.party);
        if (!seat) return refuse(say('apiRefusals.command.noParty', { party: cmd.party }));
        if (this.over) return refuse(say('apiRefusals.command.overSeats'));
        const name = this.partyName(cmd.party);
        if (cmd.command === 'human') {
          if (this.controller(cmd.party).kind === 'human')
            return refuse(say('apiRefusals.command.alreadyPerson', { party: name }));
          this.setController(cmd.party, { kind: 'human' });
          break;
        }
        if (cmd.command === 'free' && (this.controller(cmd.party).kind !== 'human' || seat.holders.length === 0))
          return refuse(say('apiRefusals.command.notHeld', { party: name }));
        if (cmd.command === 'computer') {
          if (this.controller(cmd.party).kind === 'computer')
            return refuse(say('apiRefusals.command.alreadyComputer', { party: name }));
          // In the table's log (the trainees read it), unless the party walked away (nothing to hand over).
          if (running && atTable(this.state, cmd.party)) {
            const refused = this.facilitate({ type: 'facilitate', step: 'hand-over', seat: cmd.party });
            if (refused) return refuse(refused);
          }
        }
        const why =
          cmd.command === 'free'
            ? this.t('server.seatFreed', { party: name })
            : this.t('server.seatToComputer', { party: name });
        this.releaseSeat(seat, why, cmd.command === 'free');
        if (cmd.command === 'computer')
          this.setController(cmd.party, {
            kind: 'computer',
            strategy: cmd.strategy ?? ('adaptive' satisfies StrategyName),
            difficulty: cmd.difficulty ?? ('normal' satisfies Difficulty),
          });
        this.startIfSeated();
        break;
      }
    }
    this.schedule();
    this.changed();
    return { ok: true, value: null };
  }

  private releaseSeat(seat: Seat, reason: string, freed: boolean): void {
    if (seat.holders.length > 0) this.store.removeSeat(this.id, seat.party);
    const sessions = seat.holders.flatMap((h) => (h.session ? [h.session] : []));
    seat.holders = [];
    for (const session of sessions) this.events?.seatLost(seat.party, session, reason, freed);
  }

  // Stored first, then held: a store that refuses (a full disk) leaves the session as it was.
  private setController(party: PartyId, c: Controller): void {
    const controllers = { ...this.record.controllers, [party]: c };
    this.store.updateControllers(this.id, controllers);
    this.record = { ...this.record, controllers };
  }

  private setPhase(phase: TablePhase): void {
    this.store.updatePhase(this.id, phase);
    this.record = { ...this.record, phase };
  }

  /**
   * A phase that follows from what was just stored (an action, the last seat): held at once, and
   * stored if the store can. One the store refuses comes back from the log and the seats when the
   * table is restored (the constructor and activate()), so the stored move is not refused for it.
   */
  private followPhase(phase: TablePhase): void {
    this.record = { ...this.record, phase };
    try {
      this.store.updatePhase(this.id, phase);
    } catch (e) {
      if (!(e instanceof StoreWriteError)) throw e;
    }
  }

  // ---- What devices see ------------------------------------------------------------------------

  status(): TableStatus {
    const playing = this.record.phase === 'playing';
    return {
      id: this.id,
      code: this.code,
      title: this.record.title,
      scenario: { id: this.scenario.id, title: this.scenario.title, language: this.scenario.language },
      phase: this.record.phase,
      problem: this.record.problem,
      seats: this.scenario.parties.map((p) => {
        const seat = this.seats.get(p.id)!;
        const c = this.controller(p.id);
        return {
          party: p.id,
          name: p.name,
          controller: c,
          player:
            c.kind === 'computer'
              ? `Computer (${c.strategy}, ${c.difficulty})`
              : seat.holders.length > 0
                ? seat.holders.map((h) => h.name).join(' & ')
                : null,
          held: c.kind === 'human' && seat.holders.length > 0,
          connected: c.kind === 'human' && seat.holders.some((h) => h.connected),
        };
      }),
      active: this.state.status === 'running' && !this.over ? this.state.active : null,
      round: this.state.round,
      rounds: lastRound(this.state),
      moves: this.state.moves,
      clock: {
        turnSeconds: this.record.turnSeconds,
        roundSeconds: this.record.roundSeconds,
        turnDeadline: playing ? this.turnDeadline : null,
        roundDeadline: playing ? this.roundDeadline : null,
      },
      serverTime: this.now(),
      ...(this.takenOverAt === null ? {} : { takenOverAt: this.takenOverAt }),
    };
  }

  summary(roomId: string): TableSummary {
    return { ...this.status(), roomId, createdAt: this.record.createdAt, pace: this.record.paceMs };
  }

  /** The table's final score report, once it is over (null before). */
  finalReport(): ScoreReport | null {
    if (!this.over) return null;
    this.report ??= score(this.state);
    return this.report;
  }

  /** A party's game review (its moves rated, with the computers' reasons), once the table is over. */
  review(party: PartyId): PartyReview | null {
    if (!this.over) return null;
    if (!this.reviews.has(party)) {
      const r = reviewGame(this.scenario, makeActionLog(this.state, this.reasons), [party]);
      if (!r.ok) console.error(`Table ${this.code}: the game review failed: ${r.reason}`);
      this.reviews.set(party, r.ok ? (r.review.parties[0] ?? null) : null);
    }
    return this.reviews.get(party) ?? null;
  }

  /** A party's brief, as its own view holds it (for a class's observer allowed to read it). */
  brief(party: PartyId): { party: PartyId; name: string; text: string } {
    const view = viewFor(this.state, party);
    if (view.kind !== 'party') throw new Error(`brief: "${party}" is not a party`);
    return { party, name: this.partyName(party), text: view.brief };
  }

  /**
   * `held`: the table's class holds its debrief (DebriefHeld): the seat gets its own score and the outcome, not
   * the public debrief nor its game review (both read the others' sheets).
   */
  seatUpdate(party: PartyId, table: TableStatus = this.status(), held: DebriefHeld | null = null): SeatUpdate {
    const report = this.finalReport();
    const view = viewFor(this.state, party);
    const legal = this.record.phase === 'playing' ? legalActions(this.state, party) : [];
    if (report && held) {
      const own = { ...seatResult(this.state, party, report), debrief: null, review: null };
      return { table, view, legal, result: own, held };
    }
    return {
      table,
      view,
      legal,
      result: report ? { ...seatResult(this.state, party, report), review: this.review(party) } : null,
    };
  }

  /** `held`: the table's class holds its debrief (DebriefHeld): the outcome (in the view) and no figure. */
  publicUpdate(table: TableStatus = this.status(), held: DebriefHeld | null = null): PublicUpdate {
    const report = this.finalReport();
    const view = viewFor(this.state, 'public');
    if (report && held) return { table, view, debrief: null, held };
    return { table, view, debrief: report ? publicDebrief(this.state, report) : null };
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
    this.events = null;
  }
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** The action just applied, as the engine normalised it (the last log entry that carries one). */
/** How many actions the state's log holds (an action's index in `ActionLog.actions` counts these). */
function actionCount(state: GameState): number {
  let n = 0;
  for (const e of state.log) if (e.action) n++;
  return n;
}

function lastAction(state: GameState): Action {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const a = state.log[i]!.action;
    if (a) return a;
  }
  throw new Error('lastAction: the state has no action in its log');
}
