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
import { parseCreateTable, ROOM_NAME } from '../protocol/index.ts';
import type { Checked, JoinLookup, TableSummary } from '../protocol/index.ts';
import type { ScenarioLibrary } from './scenarioLibrary.ts';
import { REAL_TIME, TableSession } from './tableSession.ts';
import type { SessionTiming } from './tableSession.ts';
import type { ClassroomStore } from './classroomStore.ts';
import type { StoredTable, TableRecord } from './tableStore.ts';
import { newJoinCode, newSecret, sameKey } from './secrets.ts';
import type { TableRoom, TableRoomOptions } from './tableRoom.ts';

export interface BrokenTable {
  record: TableRecord;
  problem: string;
}

export type FoundTable = { kind: 'open'; session: TableSession } | { kind: 'broken'; table: BrokenTable };

export class Classroom {
  private readonly sessions = new Map<string, TableSession>();
  private readonly broken = new Map<string, BrokenTable>();
  private readonly rooms = new Map<string, TableRoom>();

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

  session(id: string): TableSession | null {
    return this.sessions.get(id) ?? null;
  }

  roomOpened(id: string, room: TableRoom): void {
    this.rooms.set(id, room);
  }

  roomClosed(id: string, room: TableRoom): void {
    if (this.rooms.get(id) === room) this.rooms.delete(id);
    this.sessions.get(id)?.dispose();
  }

  private codeInUse(code: string): boolean {
    for (const s of this.sessions.values()) if (s.code === code && !s.over) return true;
    for (const b of this.broken.values()) if (b.record.code === code) return true;
    return false;
  }

  /** `POST /api/tables`: a checked request becomes a stored table with its room. */
  async create(body: unknown): Promise<Checked<TableSession>> {
    const scenarioId =
      typeof body === 'object' && body !== null ? (body as { scenario?: unknown }).scenario : undefined;
    if (typeof scenarioId !== 'string') return { ok: false, reason: 'Name the "scenario" to play (its id).' };
    const entry = this.library.find(scenarioId);
    if (!entry) return { ok: false, reason: `There is no scenario "${scenarioId.slice(0, 100)}" on this server.` };
    const req = parseCreateTable(body, entry.scenario);
    if (!req.ok) return req;
    const r = req.value;
    const record: TableRecord = {
      id: `t${newSecret(9)}`,
      code: newJoinCode((c) => this.codeInUse(c)),
      title: r.title,
      scenarioId: entry.scenario.id,
      scenarioVersion: entry.scenario.version,
      seed: r.seed ?? randomInt(2 ** 31),
      paceMs: r.paceMs,
      turnSeconds: r.turnSeconds,
      roundSeconds: r.roundSeconds,
      controllers: r.parties,
      phase: 'waiting',
      problem: null,
      createdAt: Date.now(),
    };
    this.store.insertTable(record);
    const session = new TableSession(
      record,
      entry.scenario,
      initialState(entry.scenario, {}, record.seed),
      [],
      this.store,
      this.timing,
    );
    this.sessions.set(record.id, session);
    await this.openRoom(session);
    return { ok: true, value: session };
  }

  private async openRoom(session: TableSession): Promise<void> {
    const options: TableRoomOptions = { tableId: session.id, secret: this.roomSecret };
    await matchMaker.createRoom(ROOM_NAME, options);
  }

  /** On boot: every open table back from its log, each in its own room; the broken ones listed. */
  async restore(): Promise<{ restored: number; broken: BrokenTable[] }> {
    let restored = 0;
    const broken: BrokenTable[] = [];
    for (const stored of this.store.openTables()) {
      const result = this.rebuild(stored);
      if ('problem' in result) {
        this.broken.set(stored.table.id, result);
        broken.push(result);
        continue;
      }
      this.sessions.set(result.id, result);
      await this.openRoom(result);
      restored++;
    }
    return { restored, broken };
  }

  private rebuild(stored: StoredTable): TableSession | BrokenTable {
    const record = stored.table;
    const fail = (problem: string): BrokenTable => ({ record: { ...record, phase: 'broken', problem }, problem });
    const entry = this.library.find(record.scenarioId);
    if (!entry)
      return fail(
        `Its scenario "${record.scenarioId}" is no longer in ${this.library.dir} (the file was deleted, renamed or no longer loads). Put it back and restart the server.`,
      );
    if (entry.scenario.version !== record.scenarioVersion)
      return fail(
        `Its scenario "${record.scenarioId}" changed from version ${record.scenarioVersion} to ${entry.scenario.version}, so its moves cannot be replayed. Put the old version back and restart the server.`,
      );
    const actions: Action[] = [];
    for (const [i, text] of stored.actions.entries()) {
      try {
        actions.push(JSON.parse(text) as Action);
      } catch {
        return fail(`Its stored move ${i + 1} is not readable JSON: the database was damaged.`);
      }
    }
    const r = replay(entry.scenario, {}, record.seed, actions);
    if (!r.ok) return fail(`Its stored moves no longer replay (move ${r.index + 1}: ${r.reason})`);
    const parties = new Set(entry.scenario.parties.map((p) => p.id));
    for (const p of Object.keys(record.controllers))
      if (!parties.has(p)) return fail(`It names a party "${p}" the scenario no longer has.`);
    return new TableSession(record, entry.scenario, r.state, stored.seats, this.store, this.timing);
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
    const out: TableSummary[] = [...this.sessions.values()].map((s) => s.summary(s.id));
    for (const b of this.broken.values()) out.push(brokenSummary(b));
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
    scenario: { id: r.scenarioId, title: r.scenarioId },
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
