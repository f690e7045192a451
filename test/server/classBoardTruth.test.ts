/**
 * The class board and the class exports say only what the tables did: a class of three autonomous-vehicle
 * tables, two played by computers to the end and one that never started (nobody joined) and that the instructor
 * ends. Checked against the tables' own logs replayed with the engine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { TestServer } from './harness.ts';
import type { ClassBoard, ClassExport, ClassSummary } from '../../src/protocol/index.ts';
import { chartedTables, CLASS_CSV_COLUMNS, CSV_STATUS } from '../../src/protocol/index.ts';
import { effectiveBatna, effectiveSheet, replay, type GameState } from '../../src/engine/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = ['federal-regulator', 'neighbour-ministry'];

let server: TestServer;
let cls: ClassSummary;
let board: Device;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: SCENARIO,
      human: HUMAN,
      tables: 3,
      roster: ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Femi'],
      doublePerTable: 0,
      pace: 0,
      seed: 11,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  cls = made.body.class as ClassSummary;
  board = await server.join(cls.id, { role: 'board', code: cls.code } as never);
});
afterAll(async () => {
  await board?.leave();
  await server?.stop();
});

const boardWhere = (test: (b: ClassBoard) => boolean): Promise<ClassBoard> =>
  board.next('board' as never, test as never, 60_000) as unknown as Promise<ClassBoard>;

const exported = async (): Promise<ClassExport> =>
  (await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as ClassExport;

/** Table `n` (from 0) played by computers in every seat. */
async function computersAt(n: number): Promise<void> {
  for (const party of HUMAN)
    expect((await server.command(cls.tables[n]!.id, { command: 'computer', party })).status).toBe(200);
}

it('the JSON export gives scores only for a table that is over, as the CSV does', { timeout: 60_000 }, async () => {
  await computersAt(0);
  await boardWhere((b) => b.tables[0]!.phase === 'finished');
  const exp = await exported();
  expect(exp.tables.map((t) => t.phase)).toEqual(['finished', 'waiting', 'waiting']);
  expect(Object.keys(exp.tables[0]!.scores)).toHaveLength(6);
  // Tables 2 and 3 have not started: their "scores" were every party's BATNA, as if they had ended without a deal.
  expect(exp.tables[1]!.scores).toEqual({});
  expect(exp.tables[2]!.scores).toEqual({});
});

it(
  'ranks within each role only the seats someone played: not those of a table that never started',
  {
    timeout: 60_000,
  },
  async () => {
    await computersAt(2);
    await boardWhere((b) => b.tables[2]!.phase === 'finished');
    expect((await server.command(cls.tables[1]!.id, { command: 'end' })).status).toBe(200);
    const end = await boardWhere((b) => b.allOver);
    expect(end.tables.map((t) => t.phase)).toEqual(['finished', 'ended', 'finished']);
    // Table 2 ended before anyone sat down: it was ranked (third, its party's BATNA), named "computer" on the board.
    for (const role of end.rankings!) {
      expect(role.rows.map((r) => r.table).sort()).toEqual([1, 3]);
      expect(role.rows.every((r) => r.rank <= 2)).toBe(true);
    }
  },
);

// The chart draws one table's outcome space (its frontier, Nash points and BATNA lines) with every table's outcome
// on it. A round event changes the federal regulator's BATNA (border-truck-crash, round 2): table 2, ended in round
// 1, kept the old one, so its no-deal point (every party at its BATNA) sat 3 points off the BATNA line drawn.
it('puts on the outcome chart only the tables whose points and BATNAs are those of the table it draws', async () => {
  const end = await boardWhere((b) => b.allOver);
  const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
  const states = new Map<number, GameState>();
  for (const t of (await exported()).tables) {
    const r = replay(scenario, t.setup, t.seed, t.actions);
    if (r.ok) states.set(t.number, r.state);
  }
  const scale = (s: GameState) =>
    JSON.stringify(scenario.parties.map((p) => [effectiveBatna(s, p.id), effectiveSheet(s, p.id)]));
  const drawn = states.get(end.referenceTable!)!;
  const [x, y] = HUMAN as [string, string];
  const charted = chartedTables(end, x, y).map((m) => m.label);
  expect(charted).toContain(`T${end.referenceTable}`);
  expect(effectiveBatna(states.get(2)!, 'federal-regulator')).not.toBe(effectiveBatna(drawn, 'federal-regulator'));
  for (const [n, state] of states) expect(charted.includes(`T${n}`), `T${n}`).toBe(scale(state) === scale(drawn));
  expect(end.offChart).toEqual([2]);
});

// Ana joins, Bo never comes: the table waits, and the instructor ends it. Ana was 'played' in the export, with her
// BATNA (53) as her outcome, and ranked first of her role on the board, for a negotiation in which nobody moved.
it('neither ranks nor credits a trainee whose table ended before anyone moved', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: HUMAN, tables: 1, roster: ['Ana', 'Bo'], doublePerTable: 0, pace: 0 },
  });
  const one = made.body.class as ClassSummary;
  const joined = await server.api('POST', `/api/class/${one.code}/join`, { body: { name: 'Ana' }, key: null });
  expect(joined.status).toBe(200);
  expect((await server.command(one.tables[0]!.id, { command: 'end' })).status).toBe(200);
  const watching = await server.join(one.id, { role: 'board', code: one.code } as never);
  const end = (await watching.next('board' as never, ((b: ClassBoard) => b.allOver) as never)) as unknown as ClassBoard;
  await watching.leave();
  expect(end.tables.map((t) => [t.phase, t.agreement])).toEqual([['ended', false]]);
  expect(end.rankings!.flatMap((r) => r.rows)).toEqual([]);
  const csv = (await server.api('GET', `/api/classes/${one.id}/export.csv`)).body.text as string;
  const ana = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .find((r) => r.startsWith('Ana,'))!
    .split(',');
  const at = (name: (typeof CLASS_CSV_COLUMNS)[number]) => ana[CLASS_CSV_COLUMNS.indexOf(name)];
  expect([at('status'), at('outcome points'), at('BATNA'), at('within-role rank'), at('final score')]).toEqual([
    CSV_STATUS.noMove,
    '',
    '',
    '',
    '',
  ]);
});
