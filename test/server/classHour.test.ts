/**
 * The class hour across devices: a trainee's device sends its preparation worksheet before its
 * first move and its exit reflection once the table is over; the class keeps both per trainee,
 * exports the reflections in its CSV and shows the instructor the class's answers together. Bad
 * input gets a sentence: a worksheet for another seat, an oversized answer or message, a question
 * the scenario does not have, the wrong moment. Computer players' reasons are kept in the table's
 * log (and survive storage) but never reach a device during play; once the table is over, each
 * seat's result carries the game review of its own party.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { autoplay, TestServer } from './harness.ts';
import type { Action, Scenario } from '../../src/engine/index.ts';
import { MAX_ANSWER_LENGTH, MAX_CLASS_HOUR_CHARS } from '../../src/protocol/index.ts';
import type {
  ClassExport,
  ClassPlacement,
  ClassServerMessages,
  ClassSummary,
  WorksheetAnswers,
} from '../../src/protocol/index.ts';
import { decodeStoredAction, encodeStoredAction } from '../../src/server/tableStore.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { run } from '../support/cli.ts';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../support/tempDir.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = 'federal-regulator';
let server: TestServer;
let scenario: Scenario;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
  scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
});
afterAll(async () => {
  await server?.stop();
});

/** Sends a class-hour message and waits for the server's answer: the receipt, or the refusal's sentence. */
async function send(device: Device, type: 'worksheet' | 'reflection', payload: unknown): Promise<string> {
  const before = device.messages.length;
  device.room.send(type, payload);
  const answered = () => device.messages.slice(before).find((m) => m.type === 'refused' || m.type === 'class-hour');
  for (let waited = 0; waited < 8000 && !answered(); waited += 20) await new Promise((r) => setTimeout(r, 20));
  const m = answered();
  if (!m) throw new Error(`No answer to the ${type}`);
  return m.type === 'class-hour' ? 'saved' : (m.payload as { reason: string }).reason;
}

it(
  'collects worksheets and reflections with clear refusals; reasons stay out of play; the seat gets its review',
  { timeout: 90_000 },
  async () => {
    const made = await server.api('POST', '/api/classes', {
      body: { scenario: SCENARIO, human: [HUMAN], tables: 1, roster: ['Ana'], pace: 0, seed: 4 },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    expect(cls.reflectionQuestions!.length).toBeGreaterThan(0);
    const console_ = await server.join(cls.id, {
      role: 'instructor',
      instructorKey: server.server.instructorKey,
    } as never);
    const joined = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
    const ana = joined.body as unknown as ClassPlacement;
    const device = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
    await device.next('welcome');

    const other = scenario.parties.find((p) => p.id !== HUMAN)!;
    const issues = scenario.issues.map((i) => i.id);
    const question = scenario.worksheet!.questions[0]!;
    const sheet: WorksheetAnswers = {
      batna: 'Keep our own crash-data rules.',
      priorities: [issues[1]!, issues[0]!],
      reservation: 40,
      othersWant: { [other.id]: issues[2]! },
      answers: { [question.id]: 'The crash statistics, to the ministry.' },
    };
    // Bad worksheets: someone else's seat, an answer too long, a message too large, unknown names.
    expect(await send(device, 'worksheet', { party: other.id, answers: sheet })).toBe(
      `This worksheet is for ${other.name}, but your seat is ${scenario.parties.find((p) => p.id === HUMAN)!.name}: each trainee sends only their own.`,
    );
    expect(
      await send(device, 'worksheet', {
        party: HUMAN,
        answers: { ...sheet, batna: 'x'.repeat(MAX_ANSWER_LENGTH + 1) },
      }),
    ).toMatch(/Your BATNA in your words is too long \(4001 characters\): at most 4000/);
    expect(
      await send(device, 'worksheet', {
        party: HUMAN,
        answers: {
          ...sheet,
          answers: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`q${i}`, 'y'.repeat(3900)])),
        },
      }),
    ).toMatch(new RegExp(`too large \\(\\d+ characters; at most ${MAX_CLASS_HOUR_CHARS}\\)`));
    expect(await send(device, 'worksheet', { party: HUMAN, answers: { ...sheet, priorities: ['nothing'] } })).toMatch(
      /priorities are issues of this scenario/,
    );
    expect(await send(device, 'worksheet', { party: HUMAN, answers: { ...sheet, answers: { nope: 'x' } } })).toBe(
      'The worksheet has no question "nope".',
    );
    expect(await send(device, 'worksheet', 'tampered')).toMatch(/Send the worksheet as \{ "party"/);
    expect(await send(device, 'reflection', { party: HUMAN, answers: {} })).toBe(
      'The exit reflection opens when your table is over.',
    );
    // The worksheet, before the first move: kept, and the console says Ana has sent it.
    expect(await send(device, 'worksheet', { party: HUMAN, answers: sheet })).toBe('saved');
    await (
      console_.next as (
        t: string,
        f: (m: ClassServerMessages['console-table']) => boolean,
        ms: number,
      ) => Promise<unknown>
    )('console-table', (m) => m.table.trainees.some((t) => t.name === 'Ana' && t.worksheet === true), 8000);

    // Play to the end; no computer's reason reaches the device while the table runs.
    autoplay(device, HUMAN);
    const end = await device.next('seat', (u) => u.result !== null && u.table.phase === 'finished', 60_000);
    const exp = (await server.api('GET', `/api/classes/${cls.id}/export.json`)).body as unknown as ClassExport;
    const table = exp.tables[0]!;
    // The export replays, a table at a time, as the README shows.
    const exported = join(tempDir('accord-export-'), 'export.json');
    writeFileSync(exported, JSON.stringify(exp));
    const replayed = await run('replay', resolve(ROOT, `scenarios/${SCENARIO}.json`), exported, '--table', '1');
    expect(replayed.err).toBe('');
    expect(replayed.out).toContain(`${table.actions.length} actions replayed`);
    const reasons = Object.entries(table.reasons);
    expect(reasons.length).toBeGreaterThan(3);
    for (const [index] of reasons) {
      const action = (table.actions as Action[])[Number(index)]!;
      expect(action.type).not.toBe('facilitate');
      expect(action.type !== 'facilitate' && action.party).not.toBe(HUMAN);
    }
    const during = JSON.stringify(
      device.messages.filter(
        (m) => !((m.type === 'seat' && (m.payload as { result: unknown }).result) || m.type === 'refused'),
      ),
    );
    for (const [, reason] of reasons) expect(during).not.toContain(reason);

    // The seat's result: its own party's game review.
    const review = end.result!.review!;
    expect(review.party).toBe(HUMAN);
    expect(review.moves.length).toBeGreaterThan(0);
    expect(review.moves.every((m) => m.reason === undefined)).toBe(true);

    // After the table: no worksheet any more; the reflection, checked, then kept.
    expect(await send(device, 'worksheet', { party: HUMAN, answers: sheet })).toBe(
      'The table is over: a worksheet is taken until the table ends.',
    );
    const questions = scenario.exitReflection!.questions;
    const choice = questions.find((q) => q.kind === 'choice')!;
    const text = questions.find((q) => q.kind === 'text')!;
    expect(await send(device, 'reflection', { party: HUMAN, answers: { [choice.id]: 'not-a-choice' } })).toMatch(
      /"not-a-choice" is not one of the answers to/,
    );
    expect(
      await send(device, 'reflection', { party: HUMAN, answers: { [text.id]: 'z'.repeat(MAX_ANSWER_LENGTH + 1) } }),
    ).toMatch(/too long/);
    const chosen = choice.kind === 'choice' ? choice.choices[0]! : null;
    expect(
      await send(device, 'reflection', {
        party: HUMAN,
        // Typed by a trainee: it starts like a formula, and the CSV must keep it text.
        answers: { [choice.id]: chosen!.id, [text.id]: '-1+1: trade, "then" talk, earlier' },
      }),
    ).toBe('saved');

    // The class's answers together: the console's members and the CSV.
    const classes = (await server.api('GET', '/api/classes')).body.classes as ClassSummary[];
    const member = classes.find((c) => c.id === cls.id)!.members[0]!;
    expect(member.reflection).toEqual({ [choice.id]: chosen!.id, [text.id]: '-1+1: trade, "then" talk, earlier' });
    const csv = (await server.api('GET', `/api/classes/${cls.id}/export.csv`)).body.text as string;
    const [header, row] = csv.trim().split('\r\n');
    // The file opens in Excel as UTF-8: it starts with the byte-order mark (fetch's text() drops it).
    const raw = await fetch(`${server.url}/api/classes/${cls.id}/export.csv`, {
      headers: { authorization: `Bearer ${server.server.instructorKey}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toContain(`reflection: ${text.prompt.replace(/"/g, '""')}`);
    expect(row).toContain(chosen!.label.replace(/"/g, '""'));
    expect(row).toContain(`"'-1+1: trade, ""then"" talk, earlier"`);
    await device.leave();
    // A reloaded page hears what the server keeps: it shows "with the instructor", not an empty form whose
    // sending would replace the real worksheet (it did, and the debrief then read "You did not rank…").
    const back = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
    expect((await back.next('welcome')).classHourKept).toEqual({ worksheet: true, reflection: true });
    await back.leave();
    await console_.leave();
  },
);

/** A class of one table where Ana and Ben play the two trainees' parties; `seat` joins one of them. */
async function classOfTwo(seed: number) {
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: SCENARIO,
      human: [HUMAN, 'neighbour-ministry'],
      tables: 1,
      roster: ['Ana', 'Ben'],
      pace: 0,
      seed,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const seat = async (name: string) => {
    const placed = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
      .body as unknown as ClassPlacement;
    const device = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: placed.seatKey! });
    await device.next('welcome');
    return { placed, device };
  };
  return { cls, seat };
}

it(
  'no device receives another seat’s worksheet or any comparison before the end; then each trainee gets their own',
  { timeout: 90_000 },
  async () => {
    const { cls, seat } = await classOfTwo(5);
    const console_ = await server.join(cls.id, {
      role: 'instructor',
      instructorKey: server.server.instructorKey,
    } as never);
    const ana = await seat('Ana');
    const ben = await seat('Ben');
    expect([ana.placed.party, ben.placed.party].sort()).toEqual([HUMAN, 'neighbour-ministry'].sort());
    const projector = await server.join(ana.placed.roomId, { role: 'projector', code: ana.placed.code });
    const issues = scenario.issues.map((i) => i.id);
    const question = scenario.worksheet!.questions[0]!;
    const sheetOf = (own: string, other: string, words: string): WorksheetAnswers => ({
      batna: `${words} batna`,
      priorities: [issues[2]!, issues[0]!],
      reservation: 35,
      othersWant: { [other]: issues[1]! },
      answers: { [question.id]: `${words} answer` },
    });
    const sheets = {
      Ana: sheetOf(ana.placed.party!, ben.placed.party!, 'Ana-only-words'),
      Ben: sheetOf(ben.placed.party!, ana.placed.party!, 'Ben-only-words'),
    };
    expect(await send(ana.device, 'worksheet', { party: ana.placed.party, answers: sheets.Ana })).toBe('saved');
    expect(await send(ben.device, 'worksheet', { party: ben.placed.party, answers: sheets.Ben })).toBe('saved');

    autoplay(ana.device, ana.placed.party!);
    autoplay(ben.device, ben.placed.party!);
    const over = (u: { result: unknown; table: { phase: string } }) =>
      u.result !== null && u.table.phase === 'finished';
    const anaEnd = await ana.device.next('seat', over, 60_000);
    const benEnd = await ben.device.next('seat', over, 60_000);

    // Each trainee's device gets their own comparison, quoting their own worksheet only.
    const name = (p: string) => scenario.parties.find((x) => x.id === p)!.name;
    const anaLines = anaEnd.result!.worksheet!;
    const benLines = benEnd.result!.worksheet!;
    expect(anaLines.length).toBeGreaterThan(2);
    expect(anaLines.join('\n')).toContain(`as the top priority of ${name(ben.placed.party!)}; its real sheet ranks it`);
    expect(benLines.join('\n')).toContain(`as the top priority of ${name(ana.placed.party!)}; its real sheet ranks it`);
    for (const lines of [anaLines, benLines]) expect(lines.join('\n')).not.toMatch(/thought you cared most about/);

    // Nothing of a worksheet and no comparison before the end; never another trainee's, never on the projector.
    const before = (d: typeof ana.device) =>
      JSON.stringify(d.messages.filter((m) => !(m.type === 'seat' && m.payload.result !== null)));
    const frames = (d: typeof ana.device) => Buffer.concat(d.frames()).toString('latin1');
    const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    for (const line of [...anaLines, ...benLines]) {
      expect(before(ana.device)).not.toContain(line);
      expect(before(ben.device)).not.toContain(line);
      expect(frames(projector)).not.toContain(utf8(line));
    }
    for (const line of benLines) if (!anaLines.includes(line)) expect(frames(ana.device)).not.toContain(utf8(line));
    for (const line of anaLines) if (!benLines.includes(line)) expect(frames(ben.device)).not.toContain(utf8(line));
    expect(frames(ana.device)).not.toContain('Ben-only-words');
    expect(frames(ben.device)).not.toContain('Ana-only-words');
    expect(frames(projector)).not.toMatch(/(Ana|Ben)-only-words/);

    // The instructor's console: each trainee's comparison at that table.
    const table = await (
      console_.next as (
        t: string,
        f: (m: ClassServerMessages['console-table']) => boolean,
        ms: number,
      ) => Promise<ClassServerMessages['console-table']>
    )('console-table', (m) => m.table.trainees.every((t) => t.comparison !== undefined), 8000);
    const byName = Object.fromEntries(table.table.trainees.map((t) => [t.name, t.comparison]));
    expect(byName).toEqual({ Ana: anaLines, Ben: benLines });
    for (const d of [ana.device, ben.device, projector, console_]) await d.leave();
  },
);

it('at a class playing in French, the trainee’s comparison is in French', { timeout: 60_000 }, async () => {
  const fr = new ScenarioLibrary().find('gdpr-research-exemption', 'fr')!.scenario;
  const party = 'research-community';
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: fr.id, language: 'fr', human: [party], tables: 1, roster: ['Léa'], pace: 0, seed: 2 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const placed = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Léa' }, key: null }))
    .body as unknown as ClassPlacement;
  const device = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: placed.seatKey! });
  await device.next('welcome');
  const issues = fr.issues.map((i) => i.id);
  const sheet: WorksheetAnswers = {
    batna: 'La directive de 1995 reste.',
    priorities: [issues[1]!, issues[0]!],
    reservation: 40,
    othersWant: { council: issues[2]! },
    answers: {},
  };
  expect(await send(device, 'worksheet', { party, answers: sheet })).toBe('saved');
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  const end = await device.next('seat', (u) => u.result !== null && !u.result.provisional, 20_000);
  const lines = end.result!.worksheet!;
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expectFrenchOf(CATALOGS.en.worksheet, CATALOGS.fr.worksheet, lines);
  await device.leave();
});

it('stores a computer reason beside its action, and reads back old rows without one', () => {
  const action: Action = { type: 'pass', party: 'p' };
  expect(decodeStoredAction(encodeStoredAction(action, 'waits for the Council'))).toEqual({
    action,
    reason: 'waits for the Council',
  });
  expect(decodeStoredAction(JSON.stringify(action))).toEqual({ action, reason: null });
  expect(() => decodeStoredAction('{broken')).toThrow();
});

it(
  'a worksheet not sent before the party’s first move is still taken during play, with its round, and marked so',
  { timeout: 60_000 },
  async () => {
    // Before, the first move (a doubled partner's, or the turn clock passing) closed the worksheet: the
    // server refused it ("has moved already") and the trainee's typed sheet was lost without a word.
    const { cls, seat } = await classOfTwo(6);
    const party = async (name: string) => {
      const { placed, device } = await seat(name);
      return { party: placed.party, device };
    };
    const ana = await party('Ana');
    const ben = await party('Ben');
    const issues = scenario.issues.map((i) => i.id);
    const sheetOf = (other: string): WorksheetAnswers => ({
      batna: 'Our own rules stay.',
      priorities: [issues[0]!, issues[1]!],
      reservation: 30,
      othersWant: { [other]: issues[2]! },
      answers: {},
    });
    // Ana sends hers before play; Ben does not.
    expect(await send(ana.device, 'worksheet', { party: ana.party, answers: sheetOf(ben.party) })).toBe('saved');
    /** The party passes on its turn, and the table takes the move. */
    const moveOnce = async (s: typeof ana) => {
      const turn = await s.device.next(
        'seat',
        (u) => u.table.phase === 'playing' && u.table.active === s.party,
        20_000,
      );
      s.device.act({ type: 'pass', party: s.party });
      return s.device.next('seat', (u) => u.table.moves > turn.table.moves);
    };
    await moveOnce(ana);
    const moved = await moveOnce(ben);
    // Ben's, after his party's first move: kept, with the round it came in.
    expect(await send(ben.device, 'worksheet', { party: ben.party, answers: sheetOf(ana.party) })).toBe('saved');
    // Ana's, sent before play, is not replaced by one that could draw on play.
    expect(await send(ana.device, 'worksheet', { party: ana.party, answers: sheetOf(ben.party) })).toBe(
      `Your worksheet was kept before ${scenario.parties.find((p) => p.id === ana.party)!.name} first moved: it stays as you sent it, for the debrief to compare with play.`,
    );
    const members = ((await server.api('GET', '/api/classes')).body.classes as ClassSummary[]).find(
      (c) => c.id === cls.id,
    )!.members;
    // The round it came in: Ben's first move's, or later if computers moved on meanwhile.
    const round = members.find((m) => m.name === 'Ben')!.worksheetRound!;
    expect(round).toBeGreaterThanOrEqual(moved.table.round);
    expect(members.map((m) => [m.name, m.worksheet, m.worksheetRound])).toEqual([
      ['Ana', true, undefined],
      ['Ben', true, round],
    ]);

    // The debrief's comparison says Ben's came during play; Ana's does not.
    expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
    const over = (u: { result: { provisional: boolean } | null }) => u.result !== null && !u.result.provisional;
    const benLines = (await ben.device.next('seat', over, 20_000)).result!.worksheet!;
    const anaLines = (await ana.device.next('seat', over, 20_000)).result!.worksheet!;
    expect(benLines[0]).toBe(
      `You sent this worksheet in round ${round}, after your party’s first move: it may draw on what you had seen of play.`,
    );
    expect(benLines.length).toBeGreaterThan(1);
    expect(anaLines.join('\n')).not.toContain('after your party’s first move');
    for (const d of [ana.device, ben.device]) await d.leave();
  },
);

it(
  'two trainees sharing a seat each get the comparison of their own worksheet, never their partner’s',
  { timeout: 60_000 },
  async () => {
    const made = await server.api('POST', '/api/classes', {
      body: {
        scenario: SCENARIO,
        human: [HUMAN, 'neighbour-ministry'],
        tables: 1,
        roster: ['Ana', 'Ben', 'Cy'],
        doublePerTable: 1,
        pace: 0,
        seed: 7,
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const cls = made.body.class as ClassSummary;
    const placed: Record<string, { placed: ClassPlacement; device: Device }> = {};
    for (const name of ['Ana', 'Ben', 'Cy']) {
      const p = (await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null }))
        .body as unknown as ClassPlacement;
      const device = await server.join(p.roomId, { role: 'seat', code: p.code, seatKey: p.seatKey! });
      await device.next('welcome');
      placed[name] = { placed: p, device };
    }
    // The doubled seat: its two trainees.
    const double = Object.values(placed).find((x) => x.placed.role === 'double')!;
    const partner = Object.values(placed).find((x) => x !== double && x.placed.party === double.placed.party)!;
    const party = double.placed.party!;
    const other = party === HUMAN ? 'neighbour-ministry' : HUMAN;
    const issues = scenario.issues.map((i) => i.id);
    const sheetOf = (words: string, top: string): WorksheetAnswers => ({
      batna: `${words} batna`,
      priorities: [top, issues[1]!],
      reservation: 30,
      othersWant: { [other]: top },
      answers: {},
    });
    expect(await send(partner.device, 'worksheet', { party, answers: sheetOf('Partner-only-words', issues[0]!) })).toBe(
      'saved',
    );
    expect(await send(double.device, 'worksheet', { party, answers: sheetOf('Double-only-words', issues[2]!) })).toBe(
      'saved',
    );
    expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
    const over = (u: { result: { provisional: boolean } | null }) => u.result !== null && !u.result.provisional;
    const partnerLines = (await partner.device.next('seat', over, 20_000)).result!.worksheet!;
    const doubleLines = (await double.device.next('seat', over, 20_000)).result!.worksheet!;
    // Their sheets name different top priorities, so their comparisons differ, and each reads its own.
    expect(partnerLines).not.toEqual(doubleLines);
    const frames = (d: Device) => Buffer.concat(d.frames()).toString('latin1');
    for (const line of doubleLines)
      if (!partnerLines.includes(line))
        expect(frames(partner.device)).not.toContain(Buffer.from(line).toString('latin1'));
    for (const line of partnerLines)
      if (!doubleLines.includes(line))
        expect(frames(double.device)).not.toContain(Buffer.from(line).toString('latin1'));
    for (const { device } of Object.values(placed)) await device.leave();
  },
);

it('a trainee who sent no worksheet gets no comparison, and never another trainee’s', { timeout: 60_000 }, async () => {
  const { cls, seat } = await classOfTwo(8);
  const ana = await seat('Ana');
  const ben = await seat('Ben');
  const issues = scenario.issues.map((i) => i.id);
  const sheet: WorksheetAnswers = {
    batna: 'Ana-only-batna',
    priorities: [issues[0]!, issues[1]!],
    reservation: 30,
    othersWant: { [ben.placed.party!]: issues[2]! },
    answers: {},
  };
  expect(await send(ana.device, 'worksheet', { party: ana.placed.party, answers: sheet })).toBe('saved');
  expect((await server.api('POST', `/api/classes/${cls.id}/command`, { body: { command: 'end' } })).status).toBe(200);
  const over = (u: { result: { provisional: boolean } | null }) => u.result !== null && !u.result.provisional;
  expect((await ana.device.next('seat', over, 20_000)).result!.worksheet!.length).toBeGreaterThan(1);
  expect((await ben.device.next('seat', over, 20_000)).result!.worksheet).toBeUndefined();
  expect(Buffer.concat(ben.device.frames()).toString('latin1')).not.toContain('Ana-only-batna');
  for (const d of [ana.device, ben.device]) await d.leave();
});
