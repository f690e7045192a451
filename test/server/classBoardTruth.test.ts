/**
 * The class board and the class exports say only what the tables did: a class of three autonomous-vehicle
 * tables, two played by computers to the end and one that never started (nobody joined) and that the instructor
 * ends. Checked against the tables' own logs replayed with the engine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { TestServer } from './harness.ts';
import type { ClassBoard, ClassExport, ClassSummary } from '../../src/protocol/index.ts';

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
