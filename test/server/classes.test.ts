/**
 * A class of 4 tables from a roster of 14 names (8 seats: 4 doubled roles and 2 observers), played
 * by bot clients over real WebSockets to the end, with the facilitator stepping in (pause, resume,
 * extend, fire an event, hand a seat to a computer). Every step is in its table's log, the class
 * board shows no confidential figure or text before the last table ends, and the class export
 * replays every table to the same scores. Bad input is refused with a sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { autoplay, TestServer } from './harness.ts';
import {
  dealWords,
  describePackage,
  livingWith,
  replay,
  score,
  statements,
  tourDeTableFacts,
} from '../../src/engine/index.ts';
import { DEAL_WORD_COLUMN, DEAL_WORD_CSV } from '../../src/protocol/csv.ts';
import type { Action, GameState, Scenario } from '../../src/engine/index.ts';
import { CLASS_CSV_COLUMNS, MAX_CLASS_REQUEST_BYTES, MAX_NAME_LENGTH, MAX_ROSTER } from '../../src/protocol/index.ts';
import type { ClassExport, ClassPlacement, ClassServerMessages, ClassSummary } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = ['federal-regulator', 'neighbour-ministry'];
const ROSTER = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jia', 'Kai', 'Lea', 'Max', 'Noor'];

let server: TestServer;
let scenario: Scenario;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
  scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
});
afterAll(async () => {
  await server?.stop();
});

/** A class-room message (the harness' Device records every message; these are the class room's). */
function classNext<K extends keyof ClassServerMessages>(
  d: Device,
  type: K,
  test: (p: ClassServerMessages[K]) => boolean = () => true,
  ms = 30_000,
): Promise<ClassServerMessages[K]> {
  return d.next(type as never, test as never, ms) as unknown as Promise<ClassServerMessages[K]>;
}

it('an observer whose join answer was lost joins again with a new key, until a device has opened it', async () => {
  // One table, two roles, no doubling: the third name watches.
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: HUMAN, tables: 1, roster: ['Ana', 'Bo', 'Cy'], doublePerTable: 0 },
  });
  const cls = made.body.class as ClassSummary;
  const join = async () =>
    (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Cy' }, key: null })).body;
  const lost = (await join()) as unknown as ClassPlacement;
  expect(lost.role).toBe('observer');
  const retry = (await join()) as unknown as ClassPlacement;
  expect([retry.role, retry.tableId]).toEqual(['observer', lost.tableId]);
  expect(retry.observerKey).not.toBe(lost.observerKey);
  await expect(
    server.join(lost.roomId, { role: 'observer', code: lost.code, observerKey: lost.observerKey! }),
  ).rejects.toThrow(/observer/i);
  const laptop = await server.join(retry.roomId, {
    role: 'observer',
    code: retry.code,
    observerKey: retry.observerKey!,
  });
  await laptop.next('welcome');
  expect(((await join()) as { error?: string }).error).toMatch(/already joined/);
  await laptop.leave();
});

it('takes a class as large as the limits: 400 names of 40 characters (emoji, 4 bytes each), seated by hand', async () => {
  // 150 kB of JSON: the API's 16 kB bound on other bodies refused a roster of 400 forty-letter Latin names.
  const names = Array.from(
    { length: MAX_ROSTER },
    (_, i) => '🙂'.repeat(MAX_NAME_LENGTH - 4) + String(i).padStart(4, '0'),
  );
  const seating = names.map((name, i) => ({
    name,
    table: 0,
    party: HUMAN[i % 2]!,
    role: i < 2 ? 'player' : i < 4 ? 'double' : 'observer',
  }));
  const body = { scenario: SCENARIO, human: HUMAN, tables: 1, roster: names, placement: 'manual', seating };
  expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(100 * 1024);
  const made = await server.api('POST', '/api/classes', { body });
  expect(made.status, JSON.stringify(made.body).slice(0, 200)).toBe(201);
  // Past the limits it is still refused, with the bound in words; the key is checked before the body is read.
  const over = await server.api('POST', '/api/classes', {
    raw: JSON.stringify({ ...body, pad: 'x'.repeat(MAX_CLASS_REQUEST_BYTES) }),
  });
  expect(over.status).toBe(413);
  expect(over.body.error).toBe(`The request is too large: at most ${Math.floor(MAX_CLASS_REQUEST_BYTES / 1024)} kB.`);
  const stranger = await server.api('POST', '/api/classes', { body, key: null });
  expect(stranger.status).toBe(401);
});

describe('bad input', () => {
  const base = { scenario: SCENARIO, human: HUMAN, tables: 2 };
  it('refuses duplicate and empty names, a missing or wrong key, a wrong class code, a name off the roster', async () => {
    const dup = await server.api('POST', '/api/classes', { body: { ...base, roster: ['Ana', 'Bo', 'ana '] } });
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatch(/names "ana" twice \(names 1 and 3\)/);
    const empty = await server.api('POST', '/api/classes', { body: { ...base, roster: ['Ana', '  '] } });
    expect(empty.body.error).toMatch(/Name 2 of the roster is empty/);
    const noTables = await server.api('POST', '/api/classes', { body: { scenario: SCENARIO, human: HUMAN } });
    expect(noTables.body.error).toMatch(/how many tables/);
    const badParty = await server.api('POST', '/api/classes', { body: { ...base, human: ['nobody'] } });
    expect(badParty.body.error).toMatch(/not a party/);
    expect((await server.api('POST', '/api/classes', { body: base, key: null })).status).toBe(401);
    expect((await server.api('POST', '/api/classes', { body: base, key: 'wrong' })).status).toBe(403);
    expect((await server.api('GET', '/api/class/QQQQQQ', { key: null })).body.error).toMatch(
      /No class has the code QQQQQQ/,
    );
    expect((await server.api('GET', '/api/class/Q1', { key: null })).status).toBe(400);

    const made = await server.api('POST', '/api/classes', { body: { ...base, roster: ['Ana', 'Bo'] } });
    expect(made.status).toBe(201);
    const cls = made.body.class as ClassSummary;
    const stranger = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Zed' }, key: null });
    expect(stranger.status).toBe(409);
    expect(stranger.body.error).toMatch(/not on this class’s roster/);
    const nameless = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: ' ' }, key: null });
    expect(nameless.body.error).toMatch(/Type your name/);
    const numbered = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 7 }, key: null });
    expect(numbered).toEqual({ status: 400, body: { error: '"name" is text: send it in quotes ("name": "Ana").' } });
    const ana = await server.api('POST', `/api/class/${cls.code.toLowerCase()}/join`, {
      body: { name: 'ana' },
      key: null,
    });
    expect(ana.status).toBe(200);
    const placed = ana.body as unknown as ClassPlacement;
    // Her phone opens the seat; from then on her name alone does not take it.
    const phone = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: placed.seatKey! });
    await phone.next('welcome');
    const again = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    expect(again.body.error).toMatch(/already joined.*or ask the instructor to free your seat/);
    // Her phone went flat: the instructor frees her seat, as the refusal says, and she joins again
    // by name from another device, to the same seat. (She was locked out for the rest of the class.)
    expect((await server.command(placed.tableId, { command: 'free', party: placed.party })).status).toBe(200);
    await phone.leave().catch(() => undefined);
    const back = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ name: 'Ana', tableId: placed.tableId, party: placed.party });
    const backKey = (back.body as unknown as ClassPlacement).seatKey!;
    expect(backKey).not.toBe(placed.seatKey);
    const tablet = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: backKey });
    await tablet.next('welcome');
    const third = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    expect(third.body.error).toMatch(/already joined/);
    await tablet.leave();

    // Bo's join reached the server, but its answer was lost on the Wi-Fi: no device has opened his seat, so
    // asking again gives him the same seat with a new key, and the key he never received opens nothing.
    const lost = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Bo' }, key: null }))
      .body as unknown as ClassPlacement;
    const retry = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Bo' }, key: null });
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    const bo = retry.body as unknown as ClassPlacement;
    expect([bo.tableId, bo.party, bo.role]).toEqual([lost.tableId, lost.party, lost.role]);
    expect(bo.seatKey).not.toBe(lost.seatKey);
    await expect(server.join(lost.roomId, { role: 'seat', code: lost.code, seatKey: lost.seatKey! })).rejects.toThrow(
      /seat key/i,
    );
    const boPhone = await server.join(bo.roomId, { role: 'seat', code: bo.code, seatKey: bo.seatKey! });
    await boPhone.next('welcome');
    expect(
      (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Bo' }, key: null })).body.error,
    ).toMatch(/already joined/);
    await boPhone.leave();
    // Her seat handed to a computer (idle): she is told to ask for it back, not to "choose another
    // party" (a class chooses for her); given back to a trainee, it is hers again.
    expect((await server.command(placed.tableId, { command: 'computer', party: placed.party })).status).toBe(200);
    const toComputer = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    expect(toComputer.status).toBe(409);
    expect(toComputer.body.error).toBe(
      `Your seat (${scenario.parties.find((p) => p.id === placed.party)!.name}, table 1) is played by a computer for now: ask the instructor to give it back to you, then join again.`,
    );
    expect((await server.command(placed.tableId, { command: 'human', party: placed.party })).status).toBe(200);
    const returned = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    expect(returned.body).toMatchObject({ name: 'Ana', party: placed.party });
  });
});

it(
  'a class of 4 tables from 14 names plays to the end with the facilitator stepping in; the export replays',
  { timeout: 120_000 },
  async () => {
    const made = await server.api('POST', '/api/classes', {
      body: {
        scenario: SCENARIO,
        human: HUMAN,
        tables: 4,
        roster: ROSTER,
        placement: 'balanced',
        doublePerTable: 1,
        observerBrief: true,
        pace: 0,
        seed: 11,
        strategy: 'adaptive',
        difficulty: 'easy',
      },
    });
    expect(made.status).toBe(201);
    const cls = made.body.class as ClassSummary;
    expect(cls.tables).toHaveLength(4);
    const roles = cls.members.map((m) => m.role);
    expect(roles.filter((r) => r === 'player')).toHaveLength(8);
    expect(roles.filter((r) => r === 'double')).toHaveLength(4);
    expect(roles.filter((r) => r === 'observer')).toHaveLength(2);

    const console_ = await server.join(cls.id, {
      role: 'instructor',
      instructorKey: server.server.instructorKey,
    } as never);
    const first = await classNext(console_, 'console');
    expect(first.tables.map((t) => t.status.phase)).toEqual(['waiting', 'waiting', 'waiting', 'waiting']);
    const board = await server.join(cls.id, { role: 'board', code: cls.code } as never);
    const board0 = await classNext(board, 'board');
    expect(board0.allOver).toBe(false);
    expect(board0.rankings).toBeNull();
    await expect(server.join(cls.id, { role: 'board', code: 'QQQQQQ' } as never)).rejects.toThrow(/not this class/);
    await expect(server.join(cls.id, { role: 'instructor', instructorKey: 'nope' } as never)).rejects.toThrow(
      /not the instructor key/,
    );

    // Every trainee joins with the class code and their name.
    const seats: { device: Device; placement: ClassPlacement }[] = [];
    const observers: { device: Device; placement: ClassPlacement }[] = [];
    for (const name of ROSTER) {
      const r = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const p = r.body as unknown as ClassPlacement;
      if (p.role === 'observer') {
        const device = await server.join(p.roomId, { role: 'observer', code: p.code, observerKey: p.observerKey! });
        observers.push({ device, placement: p });
      } else {
        const device = await server.join(p.roomId, { role: 'seat', code: p.code, seatKey: p.seatKey! });
        seats.push({ device, placement: p });
      }
    }
    // An observer allowed a brief gets that party's brief; the public table otherwise.
    for (const { device, placement } of observers) {
      const welcome = await device.next('welcome');
      expect(welcome.role).toBe('observer');
      expect(welcome.brief?.text).toBe(scenario.parties.find((p) => p.id === placement.party)!.brief);
      await device.next('public');
    }
    // Doubled roles: both trainees' names on the seat.
    const doubled = seats.find((s) => s.placement.role === 'double')!;
    const welcome = await doubled.device.next('welcome');
    expect(welcome.table.seats.find((s) => s.party === doubled.placement.party)!.player).toMatch(/ & /);

    const atTable = (n: number) => seats.filter((s) => s.placement.tableNumber === n);
    // Tables 2-4 play at once; table 1 waits for the facilitator.
    for (const n of [2, 3, 4])
      for (const s of atTable(n)) {
        // In a doubled role only the first holder plays (the second one moves once on table 1).
        if (s.placement.role === 'double') continue;
        autoplay(s.device, s.placement.party);
      }

    // The facilitator at table 1, once a trainee is to move.
    const t1 = cls.tables[0]!;
    await classNext(console_, 'console-table', (m) => m.index === 0 && HUMAN.includes(m.table.status.active ?? ''));
    const step = async (command: unknown) => {
      const r = await server.command(t1.id, command);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    };
    await step({ command: 'pause' });
    await classNext(console_, 'console-table', (m) => m.index === 0 && m.table.status.phase === 'paused');
    const one = atTable(1);
    const mover = one.find((s) => s.placement.role === 'double')!;
    const refused = mover.device.next('refused');
    mover.device.act({ type: 'pass', party: mover.placement.party });
    expect((await refused).reason).toMatch(/paused/);
    await step({ command: 'resume' });
    await step({ command: 'extend' });
    const event = scenario.events[1]!;
    await step({ command: 'event', event: event.id });
    expect((await server.command(t1.id, { command: 'event', event: event.id })).body.error).toMatch(/already happened/);
    const afterSteps = await classNext(
      console_,
      'console-table',
      (m) => m.index === 0 && m.table.fired.includes(event.id),
    );
    expect(afterSteps.table.status.rounds).toBe(scenario.protocol.rounds + 1);
    // The second trainee of table 1's doubled role moves when it is that party's turn.
    const turnOfMover = await mover.device.next(
      'seat',
      (u) => u.table.phase === 'playing' && u.table.active === mover.placement.party,
    );
    mover.device.act({ type: 'pass', party: mover.placement.party });
    await mover.device.next('seat', (u) => u.table.moves > turnOfMover.table.moves);
    for (const s of one) if (s.placement.role !== 'double') autoplay(s.device, s.placement.party);
    autoplay(mover.device, mover.placement.party);

    // Table 2: hand a seat to a computer player.
    const t2 = cls.tables[1]!;
    const handed = atTable(2).find((s) => s.placement.role === 'player')!;
    const lost = handed.device.next('seat-lost');
    const hand = await server.command(t2.id, { command: 'computer', party: handed.placement.party });
    expect(hand.status, JSON.stringify(hand.body)).toBe(200);
    expect((await lost).reason).toMatch(/computer/);

    // Until the last table ends, the board shows no confidential figure or text.
    const end = await classNext(board, 'board', (b) => b.allOver, 100_000);
    const before = board.messages.filter(
      (m) => (m.type as string) === 'board' && !(m.payload as unknown as { allOver: boolean }).allOver,
    );
    expect(before.length).toBeGreaterThan(1);
    const early = JSON.stringify(before.map((m) => m.payload));
    for (const p of scenario.parties) {
      expect(early).not.toContain(p.brief.slice(0, 80));
      expect(early).not.toContain(p.batna.description.slice(0, 60));
    }
    for (const m of before) {
      const b = m.payload as unknown as ClassServerMessages['board'];
      expect(b.reference).toBeNull();
      expect(b.rankings).toBeNull();
      for (const t of b.tables)
        expect([
          t.points,
          t.jointGainShare,
          t.jointGainShareUncapped,
          t.distanceToFrontier,
          t.legitimacy,
          t.namedByAll,
        ]).toEqual([null, null, null, null, null, null]);
    }
    expect(end.rankings!.map((r) => r.party)).toEqual(HUMAN);
    for (const r of end.rankings!) {
      expect(r.rows).toHaveLength(4);
      expect(r.rows[0]!.rank).toBe(1);
      for (let i = 1; i < r.rows.length; i++) expect(r.rows[i]!.points).toBeLessThanOrEqual(r.rows[i - 1]!.points);
    }
    expect(end.tables.every((t) => t.points !== null)).toBe(true);
    // The chart's game: the sheets now, but no trainee's private log entry.
    const reference = end.reference as { log: { visibility: unknown }[] };
    expect(reference.log.length).toBeGreaterThan(0);
    expect(reference.log.every((e) => e.visibility === 'public')).toBe(true);

    // The export: every table replays to the same scores; the facilitator's steps are in the logs.
    const exp = (await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as ClassExport;
    expect(exp.tables).toHaveLength(4);
    const replayed = new Map<number, GameState>();
    for (const t of exp.tables) {
      const r = replay(scenario, t.setup, t.seed, t.actions);
      expect(r.ok, `table ${t.number} replays`).toBe(true);
      if (!r.ok) continue;
      replayed.set(t.number, r.state);
      const s = score(r.state);
      for (const p of scenario.parties) {
        expect(s.parties[p.id]!.points).toBe(t.scores[p.id]!.points);
        expect(s.parties[p.id]!.final).toBe(t.scores[p.id]!.final);
        expect(end.tables[t.number - 1]!.points![p.id]).toBe(t.scores[p.id]!.points);
      }
      // The board's tour de table is the replayed game's.
      const facts = tourDeTableFacts(r.state);
      expect(end.tables[t.number - 1]!.namedByAll).toEqual(
        facts && { texts: facts.byEveryone, deal: facts.deal?.version ?? null },
      );
      // So is the console's: who said they could live with the text on the table, as the table ended.
      await classNext(
        console_,
        'console-table',
        (m) => m.index === t.number - 1 && ['finished', 'ended'].includes(m.table.status.phase),
      );
      const watched = console_.messages
        .filter((m) => (m.type as string) === 'console-table')
        .map((m) => m.payload as unknown as ClassServerMessages['console-table'])
        .filter((m) => m.index === t.number - 1)
        .at(-1)!;
      const table = r.state.table;
      expect(watched.table.text?.livingWith ?? null).toEqual(
        table &&
          livingWith(
            statements(r.state.log),
            table.version,
            scenario.parties.map((p) => p.id),
          ),
      );
      // The text itself, as the log writes it in the table's language.
      expect(watched.table.text?.words ?? null).toBe(table && describePackage(r.state, table.package));
    }
    const steps = (n: number) =>
      (exp.tables[n]!.actions as Action[]).flatMap((a) => (a.type === 'facilitate' ? [a.step] : []));
    expect(steps(0)).toEqual(['pause', 'resume', 'extend', 'fire-event']);
    expect(steps(1)).toEqual(['hand-over']);
    expect((await server.api('GET', `/api/classes/${cls.id}/export.json`, { key: null })).status).toBe(401);

    const csv = (await server.api('GET', `/api/classes/${cls.id}/export.csv`)).body.text as string;
    const rows = csv.trim().split('\r\n');
    // The figures' columns, then one per exit-reflection question (nobody answered here).
    const reflectionColumns = scenario.exitReflection?.questions.length ?? 0;
    expect(rows[0]!.startsWith(CLASS_CSV_COLUMNS.join(','))).toBe(true);
    expect(rows[0]!.match(/,"?reflection: /g)).toHaveLength(reflectionColumns);
    expect(rows).toHaveLength(1 + ROSTER.length);
    for (const o of observers)
      expect(rows.find((r) => r.startsWith(`${o.placement.name},`))).toMatch(
        new RegExp(`,observer,observer${','.repeat(7 + reflectionColumns)}$`),
      );
    const ana = rows.find((r) => r.startsWith('Ana,'))!.split(',');
    expect(Number(ana[CLASS_CSV_COLUMNS.indexOf('within-role rank')])).toBeGreaterThanOrEqual(1);
    // Each trainee's tour-de-table word on their table's deal is the replayed game's.
    const column = CLASS_CSV_COLUMNS.indexOf(DEAL_WORD_COLUMN);
    const words = new Set<string>();
    for (const row of rows.slice(1)) {
      const cells = [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
      if (cells[4] === 'observer') continue;
      const state = replayed.get(Number(cells[1]))!;
      const party = scenario.parties.find((p) => p.name === cells[3])!.id;
      const word = dealWords(state)?.[party];
      const expected = word ? DEAL_WORD_CSV[word] : '';
      expect(cells[column], row).toBe(expected);
      words.add(cells[column]!);
    }
    expect(
      [...words].some((w) => w !== ''),
      'some table ended on a deal',
    ).toBe(true);

    // (The device whose seat went to a computer was closed by the server.)
    const open = seats.filter((s) => s !== handed).map((s) => s.device);
    await Promise.all([console_, board, ...open, ...observers.map((o) => o.device)].map((d) => d.leave()));
  },
);

it('a trainee’s side message and a brief the class did not open reach no console, board or observer', async () => {
  // Two roles, no doubling, observers without briefs (the default): the third name watches.
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: SCENARIO,
      human: HUMAN,
      tables: 1,
      roster: ['Ana', 'Bo', 'Cy'],
      doublePerTable: 0,
      pace: 0,
      seed: 4,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const devices: { party: string; device: Device }[] = [];
  let observer: Device | null = null;
  for (const name of ['Ana', 'Bo', 'Cy']) {
    const placed = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
      .body as unknown as ClassPlacement;
    if (placed.role === 'observer') {
      observer = await server.join(placed.roomId, {
        role: 'observer',
        code: placed.code,
        observerKey: placed.observerKey!,
      });
      const welcome = await observer.next('welcome');
      expect(welcome.role).toBe('observer');
      expect(welcome.brief).toBeUndefined();
      continue;
    }
    const device = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: placed.seatKey! });
    await device.next('welcome');
    devices.push({ party: placed.party!, device });
  }
  expect(observer).not.toBeNull();
  const console_ = await server.join(cls.id, {
    role: 'instructor',
    instructorKey: server.server.instructorKey,
  } as never);
  // Both seats taken: play starts with one of them (the scenario's turn order), or a computer before them.
  const playing = await devices[0]!.device.next(
    'seat',
    (u) => u.table.phase === 'playing' && devices.some((d) => d.party === u.table.active),
    20_000,
  );
  const mover = devices.find((d) => d.party === playing.table.active)!;
  const other = devices.find((d) => d !== mover)!;
  const secret = 'SIDE-MESSAGE-FOR-ONE-PARTY-ONLY';
  mover.device.act({ type: 'side-message', party: mover.party, to: other.party, text: secret });
  await other.device.next('seat', (u) => u.view.kind === 'party' && u.view.sideMessages.some((m) => m.text === secret));
  // The console's recent lines hold the table's public log, not the message.
  const seen = await classNext(console_, 'console-table', (m) => m.table.status.moves >= 1, 20_000);
  expect(seen.table.recent.length).toBeGreaterThan(0);
  expect(JSON.stringify(seen.table)).not.toContain(secret);
  // Once the class is over, the board's chart game holds the sheets, and still not the message.
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  const board = await server.join(cls.id, { role: 'board', code: cls.code } as never);
  const end = await classNext(board, 'board', (b) => b.allOver, 20_000);
  expect(end.reference).not.toBeNull();
  expect(JSON.stringify(end)).not.toContain(secret);
  expect(JSON.stringify(observer!.messages)).not.toContain(secret);
  for (const d of [...devices.map((x) => x.device), console_, board, observer!]) await d.leave();
});

it('an observer allowed a brief reads the brief of the party it shadows, whichever it is', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: SCENARIO,
      human: HUMAN,
      tables: 1,
      roster: ['Ana', 'Bo', 'Cy', 'Dee'],
      doublePerTable: 0,
      observerBrief: true,
      pace: 0,
      seed: 5,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const shadowed: string[] = [];
  for (const name of ['Ana', 'Bo', 'Cy', 'Dee']) {
    const placed = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
      .body as unknown as ClassPlacement;
    if (placed.role !== 'observer') continue;
    const device = await server.join(placed.roomId, {
      role: 'observer',
      code: placed.code,
      observerKey: placed.observerKey!,
    });
    const welcome = await device.next('welcome');
    const party = scenario.parties.find((p) => p.id === placed.party)!;
    expect(welcome.brief).toEqual({ party: party.id, name: party.name, text: party.brief });
    shadowed.push(party.id);
    await device.leave();
  }
  // The two observers shadow the two roles the trainees play.
  expect(shadowed.sort()).toEqual([...HUMAN].sort());
});
