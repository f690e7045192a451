/**
 * What a class's grades credit to whom. A trainee who never joined is not credited with the computer's game
 * that played their seat: the board's ranking names nobody for that seat, and their CSV row has no figures
 * and says "did not join". A CSV taken while a table still negotiates has no figures for it ("table not
 * over"): its points and ranks were not results yet, and read as if they were.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { autoplay, TestServer } from './harness.ts';
import type { ClassBoard, ClassPlacement, ClassSummary } from '../../src/protocol/index.ts';
import { CLASS_CSV_COLUMNS, CSV_STATUS } from '../../src/protocol/index.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = 'federal-regulator';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

/** The export's rows by trainee: [status, outcome points, within-role rank]. */
async function csvRows(id: string): Promise<Record<string, [string, string, string]>> {
  const csv = (await server.api('GET', `/api/classes/${id}/export.csv`)).body.text as string;
  const at = (name: (typeof CLASS_CSV_COLUMNS)[number]) => CLASS_CSV_COLUMNS.indexOf(name);
  return Object.fromEntries(
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','))
      .map((c) => [c[0]!, [c[at('status')]!, c[at('outcome points')]!, c[at('within-role rank')]!]]),
  );
}

async function until(test: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await test())) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('credits no absent trainee with a computer’s game, and no running table’s figures as results', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: [HUMAN], tables: 2, roster: ['Ana', 'Bo'], pace: 0 },
  });
  const cls = made.body.class as ClassSummary;
  const joined = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
  const ana = joined.body as unknown as ClassPlacement;
  const phone = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await phone.next('welcome');

  // Bo never comes: the instructor hands the idle seats to computers; Ana's table is still negotiating.
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'hand-idle' } })).status).toBe(
    200,
  );
  const running = await csvRows(cls.id);
  expect(running.Ana).toEqual([CSV_STATUS.notOver, '', '']);
  expect(running.Bo![0]).toBe(CSV_STATUS.notJoined);
  expect(running.Bo!.slice(1)).toEqual(['', '']);

  autoplay(phone, ana.party);
  const board = async () =>
    (await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as {
      tables: { phase: string }[];
    };
  await until(async () => (await board()).tables.every((t) => t.phase === 'finished' || t.phase === 'ended'));
  const over = await csvRows(cls.id);
  expect(over.Ana![0]).toBe(CSV_STATUS.played);
  expect(Number(over.Ana![1])).toBeGreaterThan(0);
  expect(Number(over.Ana![2])).toBeGreaterThanOrEqual(1);
  expect(over.Bo).toEqual([CSV_STATUS.notJoined, '', '']);
  // The board's ranking: Bo's table's row names nobody (the board says "computer").
  const boardDevice = await server.join(cls.id, { role: 'board', code: cls.code } as never);
  const shown = (await boardDevice.next(
    'board' as never,
    ((b: ClassBoard) => b.allOver) as never,
  )) as unknown as ClassBoard;
  expect(shown.rankings![0]!.rows.map((r) => r.trainees).sort()).toEqual([[], ['Ana']]);
  await Promise.all([phone.leave(), boardDevice.leave()]);
}, 60_000);
