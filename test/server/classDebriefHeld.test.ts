/**
 * A class's tables play the same roles with the same confidential sheets. A table that is over while another
 * of its class still negotiates sends its projector and its seats no figure the roles still negotiating must
 * not know (every party's BATNA and points, the collective analysis, the game review, the worksheet
 * comparison): the outcome, each seat its own score, and how many tables still negotiate. Once every table is
 * over, the full debrief goes out without any device asking.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { autoplay, TestServer } from './harness.ts';
import type {
  ClassPlacement,
  ClassSummary,
  PublicUpdate,
  SeatUpdate,
  WorksheetAnswers,
} from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = ['federal-regulator', 'neighbour-ministry'];
const PARTIES = 6;

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

/** Every party whose BATNA figure the payload carries (objects holding both `party` and `batna`). */
function batnasIn(payload: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(payload)) for (const x of payload) batnasIn(x, out);
  else if (typeof payload === 'object' && payload !== null) {
    const o = payload as Record<string, unknown>;
    if (typeof o.party === 'string' && typeof o.batna === 'number') out.add(o.party);
    for (const v of Object.values(o)) batnasIn(v, out);
  }
  return out;
}

it(
  'holds back every figure of a finished class table while another runs, and sends the debrief once all are over',
  { timeout: 90_000 },
  async () => {
    const roster = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Femi'];
    const made = await server.api('POST', '/api/classes', {
      body: { scenario: SCENARIO, human: HUMAN, tables: 3, roster, doublePerTable: 0, pace: 0, seed: 11 },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    const placed: ClassPlacement[] = [];
    for (const name of roster) {
      const r = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      placed.push(r.body as unknown as ClassPlacement);
    }
    const first = placed.filter((p) => p.tableNumber === 1);
    expect(first.map((p) => p.party).sort()).toEqual([...HUMAN].sort());
    const seats: { party: string; device: Device }[] = [];
    for (const p of first) {
      const device = await server.join(p.roomId, { role: 'seat', code: p.code, seatKey: p.seatKey! });
      await device.next('welcome');
      seats.push({ party: p.party, device });
    }
    const projector = await server.join(first[0]!.roomId, { role: 'projector', code: first[0]!.code });
    // Each trainee's worksheet, compared at the end with the others' real sheets.
    const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
    const issues = scenario.issues.map((i) => i.id);
    for (const s of seats) {
      const other = HUMAN.find((p) => p !== s.party)!;
      const answers: WorksheetAnswers = {
        batna: 'Walk away.',
        priorities: [issues[0]!, issues[1]!],
        reservation: 40,
        othersWant: { [other]: issues[2]! },
        answers: {},
      };
      s.device.room.send('worksheet', { party: s.party, answers });
      await s.device.next('class-hour');
    }
    for (const s of seats) autoplay(s.device, s.party);

    // Table 1 is over; tables 2 and 3 (same roles) have not started.
    const over = (u: { table: { phase: string } }) => u.table.phase === 'finished';
    const shown = await projector.next('public', over, 60_000);
    expect(shown.debrief).toBeNull();
    expect(shown.held).toEqual({ running: 2, tables: 3 });
    expect(shown.view.outcome).not.toBeNull();
    expect([...batnasIn(shown)]).toEqual([]);
    for (const s of seats) {
      const end = await s.device.next('seat', (u) => over(u) && u.result !== null, 60_000);
      expect(end.held).toEqual({ running: 2, tables: 3 });
      // Its own figures, and no one else's.
      expect(end.result!.score.party).toBe(s.party);
      expect(end.result!.debrief).toBeNull();
      expect(end.result!.review ?? null).toBeNull();
      expect(end.result!.worksheet).toBeUndefined();
      expect([...batnasIn(end)]).toEqual([s.party]);
    }

    // Table 2 ends: the finished table's devices hear that one table still negotiates, still without figures.
    expect((await server.command(cls.tables[1]!.id, { command: 'end' })).status).toBe(200);
    const fewer = await projector.next('public', (u) => u.held?.running === 1);
    expect(fewer.debrief).toBeNull();
    expect([...batnasIn(fewer)]).toEqual([]);
    for (const s of seats) {
      const u = await s.device.next('seat', (x) => x.held?.running === 1);
      expect([...batnasIn(u)]).toEqual([s.party]);
    }

    // The last table ends: the full debrief reaches every device of table 1 without a reload.
    expect((await server.command(cls.tables[2]!.id, { command: 'end' })).status).toBe(200);
    const full = (await projector.next('public', (u) => u.debrief !== null)) as PublicUpdate;
    expect(full.held ?? null).toBeNull();
    expect(full.debrief!.parties).toHaveLength(PARTIES);
    expect(batnasIn(full).size).toBe(PARTIES);
    for (const s of seats) {
      const u = (await s.device.next('seat', (x) => x.result?.debrief != null)) as SeatUpdate;
      expect(u.held ?? null).toBeNull();
      expect(u.result!.debrief!.parties.find((p) => p.party === s.party)!.batna).toBe(u.result!.score.batna);
      expect(u.result!.review!.party).toBe(s.party);
      expect(u.result!.worksheet!.length).toBeGreaterThan(0);
    }
    for (const s of seats) await s.device.leave();
    await projector.leave();
  },
);

it('keeps a table outside a class as it was: its debrief at its end', { timeout: 60_000 }, async () => {
  const table = await server.twoSeatTable();
  const projector = await server.join(table.roomId, { role: 'projector', code: table.code });
  expect((await server.command(table.id, { command: 'end' })).status).toBe(200);
  const end = await projector.next('public', (u) => u.debrief !== null);
  expect(end.held ?? null).toBeNull();
  expect(end.debrief!.parties).toHaveLength(PARTIES);
  await projector.leave();
});
