/**
 * Class-wide steps from the console: pause, resume, extend and end every table of a class at once,
 * and hand every idle seat (nobody took it, its device is away, its turn lasts too long) to a
 * computer player. Each step is in every table's log; a table a step does not fit says why; a
 * tampered or unknown command is refused with a sentence. A seat handed to a computer is not the absent
 * trainee's game: the board's ranking names nobody for it, and its CSV row has no figures and says "did not
 * join"; a CSV taken while a table still negotiates has no figures for it ("table not over").
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { autoplay, TestServer } from './harness.ts';
import type { Action } from '../../src/engine/index.ts';
import { CLASS_CSV_COLUMNS, CSV_STATUS, idleReason, parseClassCommand } from '../../src/protocol/index.ts';
import type {
  ClassBoard,
  ClassCommandResult,
  ClassExport,
  ClassPlacement,
  ClassSummary,
  ConsoleTable,
} from '../../src/protocol/index.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = 'federal-regulator';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

const classCommand = async (id: string, body: unknown) => {
  const r = await server.api('POST', `/api/classes/${id}/command`, { body });
  return { status: r.status, body: r.body as unknown as ClassCommandResult & { error?: string } };
};

it('refuses a tampered, unknown or incomplete class command with a sentence', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: [HUMAN], tables: 1, roster: ['Ana'] },
  });
  const cls = made.body.class as ClassSummary;
  const unknown = await classCommand(cls.id, { command: 'explode' });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error).toMatch(/Unknown class command: .*free, human or hand-idle\./);
  expect((await classCommand(cls.id, { command: 'computer' })).body.error).toMatch(/needs the "party"/);
  expect((await classCommand(cls.id, ['pause'])).body.error).toMatch(/JSON object/);
  expect((await classCommand('no-such-class', { command: 'pause' })).status).toBe(404);
  const stranger = await server.api('POST', `/api/classes/${cls.id}/command`, {
    body: { command: 'hand-idle' },
    key: 'wrong',
  });
  expect(stranger.status).toBe(403);
  for (const from of [3, { t1: 0 }, { t1: '9' }, ['t1', 9]])
    expect((await classCommand(cls.id, { command: 'extend', from })).body.error, JSON.stringify(from)).toMatch(
      /"from" gives each table’s last round/,
    );
  expect(parseClassCommand({ command: 'extend', from: { t1: 9 }, extra: 1 })).toEqual({
    ok: true,
    value: { command: 'extend', from: { t1: 9 } },
  });
  expect(parseClassCommand({ command: 'hand-idle', party: 'x' })).toEqual({
    ok: true,
    value: { command: 'hand-idle' },
  });
});

it(
  'hands every idle seat to a computer, extends and ends every table; each step is in the logs',
  { timeout: 60_000 },
  async () => {
    const made = await server.api('POST', '/api/classes', {
      body: { scenario: SCENARIO, human: [HUMAN], tables: 3, roster: ['Ana', 'Bo', 'Chen'], pace: 0, seed: 3 },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    // Only Ana joins: the seats of Bo and Chen are idle (nobody took them).
    const r = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    const ana = r.body as unknown as ClassPlacement;
    const device = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
    await device.next('welcome');

    const handed = await classCommand(cls.id, { command: 'hand-idle' });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    const others = [1, 2, 3].filter((n) => n !== ana.tableNumber);
    expect(handed.body.handed).toEqual(
      others.map((table) => ({ table, party: HUMAN, reason: 'nobody has taken this seat' })),
    );
    for (const n of others)
      expect(handed.body.tables[n - 1]!.seats.find((s) => s.party === HUMAN)!.controller.kind).toBe('computer');
    expect(handed.body.tables[ana.tableNumber - 1]!.seats.find((s) => s.party === HUMAN)!.controller.kind).toBe(
      'human',
    );
    // Nothing is idle any more: a second call hands nothing over.
    expect((await classCommand(cls.id, { command: 'hand-idle' })).body.handed).toEqual([]);

    // Ana's table waits for her move; pause, resume and extend every table still running.
    await device.next('seat', (u) => u.table.phase === 'playing');
    const paused = await classCommand(cls.id, { command: 'pause' });
    expect(paused.status).toBe(200);
    const resumed = await classCommand(cls.id, { command: 'resume' });
    // Each table's deadline as the console shows it: two instructors extending on that sight extend once.
    const seen = Object.fromEntries(resumed.body.tables.map((t) => [t.id, t.rounds]));
    const extended = await classCommand(cls.id, { command: 'extend', from: seen });
    // A table that finished meanwhile (computers only, no pace) says why it did not take the step.
    for (const x of [...paused.body.refused, ...resumed.body.refused, ...extended.body.refused])
      expect(x.reason).toMatch(/[a-z]/);
    expect(extended.body.refused.map((x) => x.table)).not.toContain(ana.tableNumber);
    const anaRounds = extended.body.tables[ana.tableNumber - 1]!.rounds;
    expect(anaRounds).toBe(seen[extended.body.tables[ana.tableNumber - 1]!.id]! + 1);
    const twice = await classCommand(cls.id, { command: 'extend', from: seen });
    expect(twice.status).toBe(200);
    expect(twice.body.refused).toContainEqual({
      table: ana.tableNumber,
      reason: `The deadline moved since your screen showed it: the table now ends after round ${anaRounds}. Nothing was changed.`,
    });
    expect(twice.body.tables[ana.tableNumber - 1]!.rounds).toBe(anaRounds);

    const ended = await classCommand(cls.id, { command: 'end' });
    expect(ended.status).toBe(200);
    expect(ended.body.tables.every((t) => t.phase === 'ended' || t.phase === 'finished')).toBe(true);
    expect(ended.body.tables[ana.tableNumber - 1]!.phase).toBe('ended');
    const again = await classCommand(cls.id, { command: 'end' });
    expect(again.body.refused).toHaveLength(3);
    expect(again.body.refused[0]!.reason).toMatch(/already over/);

    const exp = (await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as ClassExport;
    const steps = (n: number) =>
      (exp.tables[n - 1]!.actions as Action[]).flatMap((a) => (a.type === 'facilitate' ? [a.step] : []));
    expect(steps(ana.tableNumber)).toEqual(['pause', 'resume', 'extend', 'end']);
    for (const n of others) expect(steps(n)[0]).toBe('hand-over');
    await device.leave();
  },
);

it('calls a seat idle only while its table runs: after a walk-out or the end, never', () => {
  const seat = { party: 'p', name: 'P', controller: { kind: 'human' }, held: false, connected: false };
  const table = (phase: string, extra: Partial<ConsoleTable> = {}) =>
    ({
      status: { phase, seats: [seat], active: 'p' },
      outcome: null,
      left: [],
      lastMoveAt: 0,
      ...extra,
    }) as unknown as ConsoleTable;
  expect(idleReason(table('waiting'), 'p', 0)).toBe('nobody has taken this seat');
  expect(idleReason(table('finished'), 'p', 0)).toBeNull();
  expect(idleReason(table('playing', { left: ['p'] }), 'p', 0)).toBeNull();
  const held = { ...seat, held: true, connected: true };
  const playing = { ...table('playing'), status: { phase: 'playing', seats: [held], active: 'p' } } as never;
  expect(idleReason(playing, 'p', 30_000)).toBeNull();
  expect(idleReason(playing, 'p', 61_000)).toBe('no move for 61 s');
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
  expect((await classCommand(cls.id, { command: 'hand-idle' })).status).toBe(200);
  const running = await csvRows(cls.id);
  expect(running.Ana).toEqual([CSV_STATUS.notOver, '', '']);
  expect(running.Bo![0]).toBe(CSV_STATUS.notJoined);
  expect(running.Bo!.slice(1)).toEqual(['', '']);

  autoplay(phone, ana.party);
  const phases = async () =>
    ((await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as ClassExport).tables.map(
      (t) => t.phase,
    );
  await expect.poll(phases, { timeout: 30_000 }).toEqual(['finished', 'finished']);
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
