/**
 * The Colyseus room of one table: it admits devices (a seat, the projector, the instructor), passes
 * seats' actions to the table's session, and after every change sends each client its own update:
 * a seat its party's view and legal actions, the projector and the instructor the public view. There
 * is no synchronised schema state, so nothing reaches a client but what its role may see.
 *
 * Rooms are created by the server only (`Classroom.openRoom`), with a secret the public matchmaking
 * route cannot know; the room id is the table id, so a device finds it again after a restart.
 */
import { CloseCode, Room, ServerError, ErrorCode } from '@colyseus/core';
import type { Client, Deferred } from '@colyseus/core';
import { JoinHold } from './joinHold.ts';
import type { PartyId } from '../engine/index.ts';
import {
  FLOOD_COOLDOWN_MS,
  FLOOD_MESSAGES_PER_SECOND,
  MAX_CLASS_HOUR_CHARS,
  MAX_MESSAGE_CHARS,
  MAX_ROSTER,
  classHourForms,
  parseReflection,
  parseWorksheet,
  RATE_LIMIT_MESSAGES,
  RATE_WINDOW_MS,
  RECONNECT_SECONDS,
  SEAT_KEY_REFUSED,
  encodeUpdate,
  parseJoinOptions,
  tooLarge,
} from '../protocol/index.ts';
import type {
  DebriefHeld,
  JoinOptions,
  PublicUpdate,
  Refusal,
  SeatUpdate,
  TableStatus,
  UpdateStream,
  WireMessages,
  Welcome,
} from '../protocol/index.ts';
import type { TableSession } from './tableSession.ts';
import { UNCONNECTED_PLACES } from './unconnectedPlaces.ts';
import type { Classroom } from './classroom.ts';
import type { ServerMetrics } from './metrics.ts';

/** What the room remembers of each client. */
type Member =
  | { role: 'seat'; party: PartyId; seatKey: string }
  | { role: 'projector' }
  | { role: 'observer'; name: string; brief: PartyId | null }
  | { role: 'instructor' };

interface ClientData {
  member: Member;
  /** Times of this client's recent messages, for the rate limit. */
  recent: number[];
  /**
   * The update this client was last sent (its next one is a patch on it); null: send it whole (a
   * new join, a reconnection, a resync).
   */
  sent: UpdateStream<SeatUpdate | PublicUpdate> | null;
}

type TableClient = Client<{ userData: ClientData }>;

export interface TableRoomOptions {
  tableId: string;
  secret: string;
}

type Encoded = ReturnType<typeof encodeUpdate<SeatUpdate | PublicUpdate>>;

/**
 * Devices watching a table, counted apart so they never keep a trainee from a seat: projectors (anyone
 * with the table's code) and the instructor's boards (with the key). A class's observers come with keys
 * of their own, as many as its roster places there (a lecture hall may watch one table), so they are
 * not capped. Colyseus locks a room once it holds `maxClients` clients and held places, whoever they
 * are, so the room's cap leaves every seat room for its device, a reloaded one and the place the old one
 * holds for a minute, every observer the largest roster could place, and the places kept for devices
 * admitted but not yet in it (unconnectedPlaces.ts).
 */
const PROJECTORS = 20;
const INSTRUCTOR_WATCHERS = 20;
const PLACES_PER_SEAT = 3;
/** How long the room of a table that is over stays once its last device has left (a reload finds it). */
const LEFT_OVER_SECONDS = 60;

/** The room class bound to one classroom (a server instance), so rooms find their tables. */
export function tableRoomFor(classroom: Classroom, secret: string, metrics: ServerMetrics | null = null) {
  return class TableRoom extends Room {
    session!: TableSession;
    /** The places dropped seats hold for their reconnection, by session: freed when the seat is opened elsewhere. */
    private readonly held = new Map<string, Deferred<Client>>();
    /** Set while the room of a table that is over stands empty (closeOnceLeftOver). */
    private closing: ReturnType<typeof setTimeout> | null = null;
    /** Joins on their way (Classroom.classReady): the room stays for them; `closed` once it has gone (joinHold.ts). */
    readonly joins = new JoinHold(() => this.closeOnceLeftOver());
    /** Seats whose device was cut off for a flood, with when they may be opened again (FLOOD_COOLDOWN_MS). */
    private readonly flooded = new Map<PartyId, number>();

    override onCreate(options: TableRoomOptions): void {
      if (options?.secret !== secret)
        throw new ServerError(ErrorCode.AUTH_FAILED, 'Tables are created by the instructor.');
      const session = classroom.session(options.tableId);
      if (!session) throw new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, 'There is no such table.');
      this.session = session;
      this.roomId = session.id;
      this.autoDispose = false;
      this.maxClients =
        session.scenario.parties.length * PLACES_PER_SEAT +
        PROJECTORS +
        INSTRUCTOR_WATCHERS +
        MAX_ROSTER +
        UNCONNECTED_PLACES;
      this.maxMessagesPerSecond = FLOOD_MESSAGES_PER_SECOND;
      void this.setPrivate(true);
      session.events = {
        changed: () => {
          this.sendUpdates();
          this.closeOnceLeftOver();
        },
        seatLost: (party, sessionId, reason, freed) => this.seatLost(party, sessionId, reason, freed === true),
      };
      this.onMessage('action', (client: TableClient, message: unknown) => this.onAction(client, message));
      this.onMessage('resync', (client: TableClient) => this.onResync(client));
      this.onMessage('worksheet', (client: TableClient, message: unknown) =>
        this.onClassHour(client, 'worksheet', message),
      );
      this.onMessage('reflection', (client: TableClient, message: unknown) =>
        this.onClassHour(client, 'reflection', message),
      );
      this.onMessage('*', (client: TableClient, type: string | number) => {
        if (client.userData && !this.withinRate(client.userData)) return;
        this.refuse(client, {
          kind: 'shape',
          reason: this.session.t('server.unknownMessage', { type: String(type).slice(0, 40) }),
        });
      });
      classroom.roomOpened(session.id, this);
      session.activate();
      this.closeOnceLeftOver();
    }

    /**
     * A table that is over keeps its room while devices read its debrief (or hold a place to come back to), and for
     * a minute after the last has left (a trainee alone at the table reloading the page finds it); then the room
     * closes, and with it its timer (Colyseus ticks every room 20 times a second for as long as it lives) and the
     * classroom's hold on the table (Classroom.roomClosed). Without this every finished table of a school day kept
     * its room until the server stopped. Called after every change, join and leave, and when the class's count of
     * tables still negotiating changes (Classroom.watchRunning).
     */
    closeOnceLeftOver(): void {
      // At a class's table whose debrief the class still holds, the devices come back for it (a trainee's phone
      // asleep while the other tables negotiate): the room waits for the class, then a minute after the last device.
      if (
        !this.session.over ||
        this.clients.length > 0 ||
        this.joins.waiting ||
        classroom.debriefHeld(this.session.id) !== null
      ) {
        if (this.closing) clearTimeout(this.closing);
        this.closing = null;
        // A device came back after the minute: the room waits for it to leave, then a minute again.
        if (this.autoDispose) this.autoDispose = false;
        return;
      }
      // Colyseus closes the room once no device is in it nor holds a place to come back to.
      this.closing ??= setTimeout(() => (this.autoDispose = true), LEFT_OVER_SECONDS * this.session.secondMs);
    }

    /**
     * The instructor deleted the table (Classroom.deleteTable, deleteClass): every device in the room is told so in a
     * sentence, then the room closes (a device away loses the place it held). Its session is already let go of.
     */
    erase(reason: string): void {
      for (const client of this.clients as Iterable<TableClient>) this.sendTo(client, 'deleted', { reason });
      void this.disconnect(CloseCode.CONSENTED).catch(() => undefined);
    }

    /** Checks the role before anyone is admitted; a refusal reaches the device as the join's error. */
    override onAuth(_client: Client, options: unknown): Member {
      const parsed = parseJoinOptions(options, this.session.t);
      if (!parsed.ok) throw new ServerError(ErrorCode.AUTH_FAILED, parsed.reason);
      return this.admit(parsed.value);
    }

    private admit(o: JoinOptions): Member {
      const s = this.session;
      const fail = (reason: string): never => {
        throw new ServerError(ErrorCode.AUTH_FAILED, reason);
      };
      if (o.role === 'instructor') {
        if (!classroom.isInstructorKey(o.instructorKey)) fail(s.t('server.notInstructorKey'));
        if (this.watchers('instructor') >= INSTRUCTOR_WATCHERS)
          fail(s.t('server.watchersFull', { count: INSTRUCTOR_WATCHERS }));
        return { role: 'instructor' };
      }
      if (o.code !== s.code) fail(s.t('server.wrongCode', { code: o.code }));
      if (s.phase === 'broken') fail(s.t('server.broken'));
      if (o.role === 'projector' && this.watchers('projector') >= PROJECTORS)
        fail(s.t('server.watchersFull', { count: PROJECTORS }));
      if (o.role === 'projector') return { role: 'projector' };
      if (o.role === 'observer') {
        const observer = classroom.observer(s.id, o.observerKey);
        if (!observer) return fail(s.t('server.observerKey'));
        return { role: 'observer', ...observer };
      }
      if ('seatKey' in o) {
        const party = s.seatOfKey(o.seatKey);
        if (party === null) throw new ServerError(SEAT_KEY_REFUSED, s.t('server.seatKey'));
        const shut = (this.flooded.get(party as PartyId) ?? 0) - Date.now();
        if (shut > 0) fail(s.t('server.seatFlooded', { seconds: Math.ceil(shut / 1000) }));
        this.flooded.delete(party as PartyId);
        return { role: 'seat', party: party as PartyId, seatKey: o.seatKey };
      }
      // A class's seats are the class's to give (ClassSession.join): a device that took one here with the
      // table's code (every trainee at the table, and the public class board, has it) and any name sat
      // outside the roster, locked the trainee placed there out, and in a class open to any name every
      // later arrival, placed on that seat in turn.
      const classCode = classroom.classCodeOf(s.id);
      if (classCode !== null) fail(s.t('server.classTable', { code: classCode }));
      const taken = s.takeSeat(o.name, o.party);
      if (!taken.ok) return fail(taken.reason);
      return { role: 'seat', party: taken.value.party, seatKey: taken.value.seatKey };
    }

    /** How many devices in the room watch in this role (watchers hold no place when they drop). */
    private watchers(role: 'projector' | 'instructor'): number {
      let n = 0;
      for (const c of this.clients as Iterable<TableClient>) if (c.userData?.member.role === role) n++;
      return n;
    }

    override onJoin(client: TableClient, _options: unknown, member: Member): void {
      client.userData = { member, recent: [], sent: null };
      if (member.role === 'seat') this.session.connect(member.party, client.sessionId, member.seatKey);
      const kept =
        member.role === 'seat'
          ? classroom.classHourKept(
              this.session.id,
              member.party,
              this.session.playerName(member.party, member.seatKey),
            )
          : null;
      const welcome: Welcome = {
        role: member.role,
        table: this.status(),
        seat:
          member.role === 'seat'
            ? {
                party: member.party,
                name: this.session.playerName(member.party, member.seatKey),
                seatKey: member.seatKey,
              }
            : null,
        ...(member.role === 'observer' && member.brief !== null ? { brief: this.session.brief(member.brief) } : {}),
        ...(member.role === 'seat' && classroom.inClass(this.session.id)
          ? { classHour: classHourForms(this.session.scenario) }
          : {}),
        ...(kept ? { classHourKept: kept } : {}),
      };
      this.sendTo(client, 'welcome', welcome);
      this.closeOnceLeftOver();
      // A seat taken changes what everyone sees (who holds it, perhaps the phase); a watcher changes nothing.
      if (member.role === 'seat') this.sendUpdates();
      else this.sendUpdate(client);
    }

    override onDrop(client: TableClient): void {
      const m = client.userData?.member;
      if (m?.role !== 'seat' || !this.session.holds(m.party, client.sessionId)) return;
      // Cut off for a flood: no place held for it to come back to, and its seat shut for a while (admit).
      if (cutOffForFlood(client, this.maxMessagesPerSecond)) {
        this.flooded.set(m.party, Date.now() + (FLOOD_COOLDOWN_MS * this.session.secondMs) / 1000);
        return;
      }
      this.session.disconnect(m.party, client.sessionId, false);
      // Rejected when the hold expires, the room is disposed (a server shutdown) or the seat is opened on
      // another device (seatLost): onLeave follows.
      const sessionId = client.sessionId;
      const hold = this.allowReconnection(client, RECONNECT_SECONDS);
      this.held.set(sessionId, hold);
      const done = () => void this.held.delete(sessionId);
      void hold.then(done, done);
    }

    override onReconnect(client: TableClient): void {
      // Updates sent while the device was away may be lost: the next one goes whole.
      if (client.userData) client.userData.sent = null;
      const m = client.userData?.member;
      if (m?.role !== 'seat') return this.sendUpdate(client);
      if (!this.session.holds(m.party, client.sessionId)) {
        this.sendTo(client, 'seat-lost', { reason: this.session.t('server.seatNoLongerHeld') });
        return client.leave(CloseCode.CONSENTED);
      }
      this.session.reconnected(m.party, client.sessionId);
    }

    override onLeave(client: TableClient): void {
      const m = client.userData?.member;
      if (m?.role === 'seat') this.session.disconnect(m.party, client.sessionId, true);
      this.closeOnceLeftOver();
    }

    override onDispose(): void {
      if (this.closing) clearTimeout(this.closing);
      // A room refused in onCreate (the public create route) never had a session.
      if (this.session) classroom.roomClosed(this.session.id, this);
      this.joins.roomClosed();
    }

    private onAction(client: TableClient, message: unknown): void {
      const data = client.userData;
      if (!data) return;
      if (!this.withinRate(data)) {
        return this.refuse(client, {
          kind: 'rate',
          reason: this.session.t('server.tooManyMessages', {
            count: RATE_LIMIT_MESSAGES,
            seconds: RATE_WINDOW_MS / 1000,
          }),
        });
      }
      const size = tooLarge(message, MAX_MESSAGE_CHARS, this.session.t);
      if (size) return this.refuse(client, { kind: 'size', reason: size });
      const m = data.member;
      if (m.role !== 'seat') return this.refuse(client, { kind: 'role', reason: this.session.t('server.onlySeats') });
      if (!this.session.holds(m.party, client.sessionId))
        return this.refuse(client, { kind: 'not-your-seat', reason: this.session.t('server.deviceLostSeat') });
      const received = performance.now();
      const refusal = this.session.submit(m.party, message);
      if (refusal) this.refuse(client, refusal);
      // Accepted: stored, and every device's views sent (synchronously, in submit).
      else metrics?.actionToView((performance.now() - received) / 1000);
    }

    /** A seat's worksheet or exit reflection: checked, then kept by its class (never part of a view). */
    private onClassHour(client: TableClient, kind: 'worksheet' | 'reflection', message: unknown): void {
      const data = client.userData;
      if (!data) return;
      if (!this.withinRate(data))
        return this.refuse(client, {
          kind: 'rate',
          reason: this.session.t('server.tooManyMessages', {
            count: RATE_LIMIT_MESSAGES,
            seconds: RATE_WINDOW_MS / 1000,
          }),
        });
      const size = tooLarge(message, MAX_CLASS_HOUR_CHARS, this.session.t);
      if (size) return this.refuse(client, { kind: 'size', reason: size });
      const m = data.member;
      if (m.role !== 'seat')
        return this.refuse(client, { kind: 'role', reason: this.session.t(`classHour.${kind}SeatOnly`) });
      if (!this.session.holds(m.party, client.sessionId))
        return this.refuse(client, { kind: 'not-your-seat', reason: this.session.t('server.deviceLostSeat') });
      const scenario = this.session.scenario;
      const name = this.session.playerName(m.party, m.seatKey);
      const keep = (answers: Parameters<typeof classroom.keepClassHour>[3]) =>
        classroom.keepClassHour(this.session.id, m.party, name, answers);
      let kept;
      if (kind === 'worksheet') {
        const parsed = parseWorksheet(message, scenario, m.party);
        if (!parsed.ok) return this.refuse(client, { kind: 'shape', reason: parsed.reason });
        kept = keep({ kind, answers: parsed.value });
      } else {
        const parsed = parseReflection(message, scenario, m.party);
        if (!parsed.ok) return this.refuse(client, { kind: 'shape', reason: parsed.reason });
        kept = keep({ kind, answers: parsed.value });
      }
      if (!kept.ok) return this.refuse(client, { kind: 'phase', reason: kept.reason });
      this.sendTo(client, 'class-hour', { kind, saved: true });
    }

    private onResync(client: TableClient): void {
      const data = client.userData;
      if (!data || !this.withinRate(data)) return;
      data.sent = null;
      this.sendUpdate(client);
    }

    private withinRate(data: ClientData): boolean {
      const now = Date.now();
      while (data.recent.length > 0 && now - data.recent[0]! >= RATE_WINDOW_MS) data.recent.shift();
      if (data.recent.length >= RATE_LIMIT_MESSAGES) return false;
      data.recent.push(now);
      return true;
    }

    private refuse(client: TableClient, refusal: Refusal): void {
      this.sendTo(client, 'refused', refusal);
    }

    private seatLost(party: PartyId, sessionId: string, reason: string, freed: boolean): void {
      const client = this.clients.getById(sessionId) as TableClient | undefined;
      // A device away (its place held for it to come back) has nothing to be told: its place is freed.
      if (!client) {
        // (allowReconnection answers a plain rejected promise, without `reject`, when it holds nothing.)
        const hold = this.held.get(sessionId);
        if (typeof hold?.reject === 'function') hold.reject(new Error('seat opened elsewhere'));
        return;
      }
      const m = client.userData?.member;
      if (m?.role !== 'seat' || m.party !== party) return;
      this.sendTo(client, 'seat-lost', freed ? { reason, freed } : { reason });
      // A consented close: the device's SDK must not try to reconnect to a seat it no longer holds.
      client.leave(CloseCode.CONSENTED);
    }

    /** The table's status as its devices get it: at a class's table, with the class's code to join by. */
    private status(): TableStatus {
      const status = this.session.status();
      const classCode = classroom.classCodeOf(this.session.id);
      return classCode === null ? status : { ...status, classCode };
    }

    /**
     * Every client its own update: views computed once per party and once for the public, and a
     * patch computed once per update the clients last received (watchers usually share theirs).
     */
    sendUpdates(): void {
      const table = this.status();
      const held = classroom.debriefHeld(this.session.id);
      /** By party and trainee: a doubled seat's two trainees each get their own worksheet comparison. */
      const seats = new Map<string, SeatUpdate>();
      let watchers: PublicUpdate | null = null;
      const encoded = new Map<UpdateStream<SeatUpdate | PublicUpdate> | null, Encoded>();
      const send = (
        client: TableClient,
        data: ClientData,
        type: 'seat' | 'public',
        update: SeatUpdate | PublicUpdate,
      ) => {
        let e = encoded.get(data.sent);
        if (!e || e.sent.value !== update) encoded.set(data.sent, (e = encodeUpdate(data.sent, update)));
        data.sent = e.sent;
        client.send(type, e.message);
      };
      for (const client of this.clients as Iterable<TableClient>) {
        const data = client.userData;
        const m = data?.member;
        if (!data || !m) continue;
        if (m.role === 'seat') {
          if (!this.session.holds(m.party, client.sessionId)) continue;
          // Once over, by trainee too (hashing the seat key only then keeps the updates during play cheap).
          const key = this.session.over
            ? JSON.stringify([m.party, this.session.playerName(m.party, m.seatKey)])
            : m.party;
          let update = seats.get(key);
          if (!update) seats.set(key, (update = this.seatUpdate(m, table, held)));
          send(client, data, 'seat', update);
        } else {
          watchers ??= this.session.publicUpdate(table, held);
          send(client, data, 'public', watchers);
        }
      }
    }

    /** One client's update (after its join, reconnection or resync: whole, as its stream is null). */
    private sendUpdate(client: TableClient): void {
      const data = client.userData;
      const m = data?.member;
      if (!data || !m) return;
      const held = classroom.debriefHeld(this.session.id);
      const table = this.status();
      const update = m.role === 'seat' ? this.seatUpdate(m, table, held) : this.session.publicUpdate(table, held);
      const e = encodeUpdate<SeatUpdate | PublicUpdate>(data.sent, update);
      data.sent = e.sent;
      // The message holds the update of the client's own role (its seat's, or the public one).
      client.send(m.role === 'seat' ? 'seat' : 'public', e.message);
    }

    /**
     * A seat's update; once the table is over, at a class's table, with the trainee's own worksheet
     * compared with the game (never before, nor while the class holds the debrief: the comparison reads the
     * others' real sheets).
     */
    private seatUpdate(
      m: Member & { role: 'seat' },
      table = this.status(),
      held: DebriefHeld | null = null,
    ): SeatUpdate {
      const update = this.session.seatUpdate(m.party, table, held);
      if (!update.result || update.held) return update;
      const trainee = this.session.playerName(m.party, m.seatKey);
      const worksheet = classroom.worksheetComparison(this.session.id, m.party, trainee);
      return worksheet ? { ...update, result: { ...update.result, worksheet } } : update;
    }

    private sendTo<K extends keyof WireMessages>(client: TableClient, type: K, payload: WireMessages[K]): void {
      client.send(type, payload);
    }
  };
}

export type TableRoom = InstanceType<ReturnType<typeof tableRoomFor>>;

/**
 * Whether Colyseus cut the client off for sending more than `limit` messages in a second: it closes such a client
 * with WITH_ERROR, the code it also closes a client with when its reconnection token is used again from another
 * connection (a device coming back on a flaky network), so the count it keeps on the client tells them apart
 * (Room.mjs, `_numMessagesLastSecond`; Colyseus is pinned exactly, and test/server/seatFlood.test.ts fails if it
 * stops keeping it).
 */
function cutOffForFlood(client: Client, limit: number): boolean {
  const count = (client as unknown as { _numMessagesLastSecond?: number })._numMessagesLastSecond;
  return typeof count === 'number' && count > limit;
}
