/**
 * The Colyseus room of one class: the instructor's console and the class board join it instead of
 * every table's room, so one connection watches a whole class. It listens to each table's session
 * and after any change sends the console that table alone (`console-table`), and everyone the class
 * board when a table's phase, round or outcome changed. The board holds no confidential figure
 * before every table is over (ClassSession.board), so the projector may join with the class code.
 *
 * Created by the server only (`Classroom.openClassRoom`), with the same secret as the tables' rooms;
 * the room id is the class id.
 */
import { CloseCode, Room, ServerError, ErrorCode } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import { FLOOD_MESSAGES_PER_SECOND, parseClassJoinOptions, RECONNECT_SECONDS } from '../protocol/index.ts';
import type { ClassBoard, ClassServerMessages } from '../protocol/index.ts';
import type { ClassSession } from './classSession.ts';
import { UNCONNECTED_PLACES } from './unconnectedPlaces.ts';
import { JoinHold } from './joinHold.ts';
import type { Classroom } from './classroom.ts';

export interface ClassRoomOptions {
  classId: string;
  secret: string;
}

/** `byInstructor`: a board opened with the instructor key (the projector's laptop), counted with the consoles. */
type Watcher = { role: 'instructor' } | { role: 'board'; byInstructor: boolean };
type ClassClient = Client<{ userData: Watcher }>;

/**
 * Boards opened with the class code (anyone in the room may open one), and the instructor's devices
 * (consoles, boards opened with the key): each counted apart, with the places a dropped one holds for
 * its reconnection, so boards never shut the instructor out. Colyseus locks a room once it holds
 * `maxClients` clients and held places, whoever they are; the room's cap is the two counts and the places
 * kept for devices admitted but not yet in it (unconnectedPlaces.ts).
 */
const BOARDS = 40;
const INSTRUCTOR_DEVICES = 40;

const byInstructor = (w: Watcher): boolean => w.role === 'instructor' || w.byInstructor;

/** How long the room of a class whose tables are all over stays once its last device has left (a reload finds it). */
const LEFT_OVER_SECONDS = 60;

export function classRoomFor(classroom: Classroom, secret: string) {
  return class ClassRoom extends Room {
    cls!: ClassSession;
    private boardKey = '';
    private board: ClassBoard | null = null;
    private readonly stop: (() => void)[] = [];
    /** Every device in the room or holding a place to come back to (until onLeave), by session. */
    private readonly watching = new Map<string, Watcher>();
    /** Set while the room of a class whose tables are all over stands empty (closeOnceLeftOver). */
    private closing: ReturnType<typeof setTimeout> | null = null;
    /** Joins on their way (Classroom.classReady): the room stays for them; `closed` once it has gone (joinHold.ts). */
    readonly joins = new JoinHold(() => this.closeOnceLeftOver());

    override onCreate(options: ClassRoomOptions): void {
      if (options?.secret !== secret)
        throw new ServerError(ErrorCode.AUTH_FAILED, 'Classes are created by the instructor.');
      const cls = classroom.classById(options.classId);
      if (!cls) throw new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, 'There is no such class.');
      this.cls = cls;
      this.roomId = cls.id;
      this.autoDispose = false;
      this.maxClients = BOARDS + INSTRUCTOR_DEVICES + UNCONNECTED_PLACES;
      void this.setPrivate(true);
      cls.tables.forEach((session, index) => {
        const changed = () => this.tableChanged(index);
        session.watchers.add(changed);
        this.stop.push(() => session.watchers.delete(changed));
      });
      // Watchers send nothing: any message is ignored, and a device that floods the room is closed as a
      // table's room closes it (Colyseus's default is no limit: anyone with the class code, a public board,
      // sent it 60 kB messages at 220 MB/s, each decoded, for as long as they liked).
      this.maxMessagesPerSecond = FLOOD_MESSAGES_PER_SECOND;
      this.onMessage('*', () => undefined);
      classroom.classRoomOpened(cls.id, this);
      this.closeOnceLeftOver();
    }

    /**
     * A class whose tables are all over (and have no room of their own left) keeps its room while consoles and
     * boards watch it, and for a minute after the last has left; then the room closes and the class goes back on
     * its shelf (Classroom.classRoomClosed), to be taken up again when asked for. Without this every past class
     * opened once (its board, its export, its code typed by a trainee) kept its replayed tables and its room,
     * ticking 20 times a second, until the server stopped. Called after every change, join and leave, and when a
     * table of the class closes its room.
     */
    closeOnceLeftOver(): void {
      if (this.joins.waiting || this.watching.size > 0 || this.clients.length > 0 || !classroom.canShelve(this.cls)) {
        if (this.closing) clearTimeout(this.closing);
        this.closing = null;
        if (this.autoDispose) this.autoDispose = false;
        return;
      }
      this.closing ??= setTimeout(() => (this.autoDispose = true), LEFT_OVER_SECONDS * classroom.secondMs);
    }

    /** The instructor deleted the class (Classroom.deleteClass): every console and board is told so, then the room closes. */
    erase(reason: string): void {
      for (const client of this.clients as Iterable<ClassClient>) this.sendTo(client, 'deleted', { reason });
      void this.disconnect(CloseCode.CONSENTED).catch(() => undefined);
    }

    override onAuth(_client: Client, options: unknown): Watcher {
      const parsed = parseClassJoinOptions(options, this.cls.t);
      if (!parsed.ok) throw new ServerError(ErrorCode.AUTH_FAILED, parsed.reason);
      const o = parsed.value;
      let watcher: Watcher;
      if (o.role === 'instructor') {
        if (!classroom.isInstructorKey(o.instructorKey))
          throw new ServerError(ErrorCode.AUTH_FAILED, this.cls.t('apiRefusals.http.wrongKey'));
        watcher = { role: 'instructor' };
      } else {
        if (o.code !== this.cls.code)
          throw new ServerError(ErrorCode.AUTH_FAILED, this.cls.t('apiRefusals.classJoin.wrongCode', { code: o.code }));
        // A wrong key on a board is no refusal: the board is public; it is counted with the others.
        watcher = {
          role: 'board',
          byInstructor: o.instructorKey !== undefined && classroom.isInstructorKey(o.instructorKey),
        };
      }
      const instructor = byInstructor(watcher);
      const count = [...this.watching.values()].filter((w) => byInstructor(w) === instructor).length;
      const cap = instructor ? INSTRUCTOR_DEVICES : BOARDS;
      if (count >= cap)
        throw new ServerError(
          ErrorCode.AUTH_FAILED,
          this.cls.t(instructor ? 'apiRefusals.classJoin.consolesFull' : 'apiRefusals.classJoin.boardsFull', {
            count: cap,
          }),
        );
      return watcher;
    }

    override onJoin(client: ClassClient, _options: unknown, watcher: Watcher): void {
      client.userData = watcher;
      this.watching.set(client.sessionId, watcher);
      if (watcher.role === 'instructor') this.sendTo(client, 'console', this.cls.console());
      this.sendTo(client, 'board', this.currentBoard());
      this.closeOnceLeftOver();
    }

    /** A console or board that drops (a classroom's Wi-Fi) comes back through the SDK's reconnection. */
    override onDrop(client: ClassClient): void {
      // Rejected when the hold expires or the room is disposed: the device then joins again (remoteClass.ts).
      this.allowReconnection(client, RECONNECT_SECONDS).catch(() => undefined);
    }

    override onReconnect(client: ClassClient): void {
      // What was sent while it was away is lost: it gets the whole console and board again.
      if (client.userData?.role === 'instructor') this.sendTo(client, 'console', this.cls.console());
      this.sendTo(client, 'board', this.currentBoard());
    }

    /** Left for good: consented, or its place's hold expired (onDrop's reconnection was refused). */
    override onLeave(client: ClassClient): void {
      this.watching.delete(client.sessionId);
      this.closeOnceLeftOver();
    }

    override onDispose(): void {
      if (this.closing) clearTimeout(this.closing);
      for (const f of this.stop) f();
      if (this.cls) classroom.classRoomClosed(this.cls.id, this);
      this.joins.roomClosed();
    }

    /** The board, rebuilt only when what it shows changed (phases, rounds, outcomes). */
    private currentBoard(): ClassBoard {
      const key = this.cls.tables.map((t) => `${t.phase}:${t.state.round}:${t.state.outcome?.kind ?? ''}`).join('|');
      if (!this.board || key !== this.boardKey) {
        this.boardKey = key;
        this.board = this.cls.board();
      }
      return this.board;
    }

    private tableChanged(index: number): void {
      this.closeOnceLeftOver();
      let table: ClassServerMessages['console-table'] | null = null;
      const before = this.board;
      const board = this.clients.length > 0 ? this.currentBoard() : null;
      for (const client of this.clients as Iterable<ClassClient>) {
        if (client.userData?.role === 'instructor') {
          table ??= { index, table: this.cls.consoleTable(index) };
          this.sendTo(client, 'console-table', table);
        }
        if (board && board !== before) this.sendTo(client, 'board', board);
      }
    }

    private sendTo<K extends keyof ClassServerMessages>(
      client: ClassClient,
      type: K,
      payload: ClassServerMessages[K],
    ): void {
      client.send(type, payload);
    }
  };
}

export type ClassRoom = InstanceType<ReturnType<typeof classRoomFor>>;
