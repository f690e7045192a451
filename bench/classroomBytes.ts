/**
 * What the server sends per action, measured without a network (deterministic, unlike latency on a
 * shared machine): one table of the classroom bench (same scenario, seats and cheap seat bots, the
 * computers on the server) plays a whole game through a real `TableSession`; after each accepted
 * action the five updates of `sendUpdates` (four seats, one projector) are built and packed with the
 * server's msgpack settings, once whole and once as patches (`encodeUpdate`), and timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packr } from 'msgpackr';
import { initialState } from '../src/engine/index.ts';
import type { Action, LegalAction, PartyId } from '../src/engine/index.ts';
import { encodeUpdate } from '../src/protocol/index.ts';
import type { PublicUpdate, SeatUpdate, UpdateStream } from '../src/protocol/index.ts';
import { ScenarioLibrary } from '../src/server/scenarioLibrary.ts';
import { TableSession } from '../src/server/tableSession.ts';
import { TableStore } from '../src/server/tableStore.ts';
import type { TableRecord } from '../src/server/tableStore.ts';

/** @colyseus/core's settings (its Protocol.ts). */
const wire = new Packr({ useRecords: false });

export interface BytesPerAction {
  actions: number;
  /** Bytes per action over the five clients. */
  whole: number;
  patches: number;
  /** Server milliseconds per action: building the five updates, then packing them whole or as patches. */
  buildMs: number;
  packWholeMs: number;
  packPatchesMs: number;
}

export async function bytesPerAction(
  scenarioId: string,
  seats: PartyId[],
  computers: PartyId[],
  choose: (legal: LegalAction[], party: PartyId, random: () => number) => Action,
): Promise<BytesPerAction> {
  const scenario = new ScenarioLibrary().find(scenarioId)!.scenario;
  const dir = mkdtempSync(join(tmpdir(), 'accord-bytes-'));
  const store = new TableStore(join(dir, 'accord.db'));
  const controllers: TableRecord['controllers'] = {};
  for (const p of seats) controllers[p] = { kind: 'human' };
  for (const p of computers) controllers[p] = { kind: 'computer', strategy: 'linear', difficulty: 'easy' };
  const record: TableRecord = {
    id: 'bench',
    code: 'BENCHX',
    title: 'bench',
    language: scenario.language,
    scenarioId,
    scenarioVersion: scenario.version,
    seed: 1,
    paceMs: 0,
    turnSeconds: null,
    roundSeconds: null,
    controllers,
    phase: 'waiting',
    problem: null,
    createdAt: Date.now(),
  };
  store.insertTable(record);
  const session = new TableSession(record, scenario, initialState(scenario, {}, 1), [], store);
  const sent = new Map<string, UpdateStream<SeatUpdate | PublicUpdate> | null>();
  const out: BytesPerAction = { actions: 0, whole: 0, patches: 0, buildMs: 0, packWholeMs: 0, packPatchesMs: 0 };
  let moves = -1;
  const measure = (): void => {
    if (session.state.moves === moves) return;
    moves = session.state.moves;
    let t = performance.now();
    const table = session.status();
    const updates: [string, SeatUpdate | PublicUpdate][] = seats.map((p) => [p, session.seatUpdate(p, table)]);
    updates.push(['public', session.publicUpdate(table)]);
    out.buildMs += performance.now() - t;
    t = performance.now();
    for (const [, u] of updates) out.whole += wire.pack({ seq: 2, full: u }).length;
    out.packWholeMs += performance.now() - t;
    t = performance.now();
    for (const [who, u] of updates) {
      const e = encodeUpdate(sent.get(who) ?? null, u);
      sent.set(who, e.sent);
      out.patches += wire.pack(e.message).length;
    }
    out.packPatchesMs += performance.now() - t;
    out.actions++;
  };
  session.events = { changed: measure, seatLost: () => undefined };
  for (const p of seats) {
    const taken = session.takeSeat(`Bot ${p}`, p);
    if (taken.ok) session.connect(p, `device-${p}`, taken.value.seatKey);
  }
  session.activate();
  let r = 7919;
  const random = (): number => (r = (r * 48271) % 2147483647) / 2147483647;
  // The first updates (whole for everyone) are not per-action costs.
  measure();
  Object.assign(out, { actions: 0, whole: 0, patches: 0, buildMs: 0, packWholeMs: 0, packPatchesMs: 0 });
  try {
    while (!session.over) {
      const active = session.state.active;
      if (active !== null && seats.includes(active)) {
        const legal = session.seatUpdate(active).legal;
        session.submit(active, choose(legal, active, random));
      } else await new Promise((done) => setTimeout(done, 0));
    }
  } finally {
    session.dispose();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const n = Math.max(1, out.actions);
  return {
    actions: out.actions,
    whole: out.whole / n,
    patches: out.patches / n,
    buildMs: out.buildMs / n,
    packWholeMs: out.packWholeMs / n,
    packPatchesMs: out.packPatchesMs / n,
  };
}
