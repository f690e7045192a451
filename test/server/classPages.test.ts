/**
 * `GET /api/classes?limit=N[&before=…]` (src/server/classPages.ts): the N latest classes, oldest first, with the
 * cursor of the older ones' page, gathered from each process's share of the page, each class as its line (no roster);
 * without `limit`, the whole list in full as before.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { classPageOf, pageOfClasses, shareOfPage, type ClassPage } from '../../src/server/classPages.ts';
import { lineOf, type ClassRecord, type StoredMember } from '../../src/server/classSession.ts';
import type { ClassLine, ClassSummary } from '../../src/protocol/index.ts';

const cls = (id: string, createdAt: number) => ({ id, createdAt, code: id.toUpperCase() }) as unknown as ClassSummary;
const ids = (classes: readonly ClassSummary[]) => classes.map((c) => c.id);

it('pages the classes gathered from the shares of several processes as it pages one list', () => {
  // Two processes; c3 is a class that is over, listed by both; c4 and c5 were created in the same millisecond.
  const a = [cls('c1', 10), cls('c3', 30), cls('c4', 40), cls('c6', 60)];
  const b = [cls('c2', 20), cls('c3', 30), cls('c5', 40), cls('c7', 70)];
  const whole = [...a, ...b.filter((c) => c.id !== 'c3')];
  let page: ClassPage = { limit: 2, before: null };
  const pages: string[][] = [];
  for (;;) {
    const gathered = [...shareOfPage(a, page), ...shareOfPage(b, page)];
    const once = gathered.filter((c, i) => gathered.findIndex((d) => d.id === c.id) === i);
    const got = pageOfClasses(once, page);
    expect(got).toEqual(pageOfClasses(whole, page));
    pages.push(ids(got.classes));
    if (got.earlier === undefined) break;
    const next = classPageOf({ limit: '2', before: got.earlier });
    if (next === null || next === 'bad') throw new Error(`a page's cursor read back as ${String(next)}`);
    page = next;
  }
  expect(pages).toEqual([['c6', 'c7'], ['c4', 'c5'], ['c2', 'c3'], ['c1']]);
});

it("refuses a page's limit or cursor that no page gave", () => {
  expect(classPageOf({})).toBeNull();
  expect(classPageOf({ limit: '50' })).toEqual({ limit: 50, before: null });
  for (const query of [
    { limit: '0' },
    { limit: '201' },
    { limit: '2.5' },
    { limit: ['2', '3'] },
    { before: '10.c1' },
    { limit: '2', before: 'c1' },
    { limit: '2', before: '10.x' },
  ])
    expect(classPageOf(query), JSON.stringify(query)).toBe('bad');
});

// A page of 50 past classes of 24 trainees, each with three reflection answers of 400 characters, was 1.74 MB of
// summaries; as lines, 38.7 kB: a line counts the roster and carries none of it.
it("a class's line counts its trainees, those who joined and those who sent a reflection, and carries none of their words", () => {
  const member = (name: string, joined: boolean, reflected: boolean): StoredMember => ({
    name,
    table: 0,
    party: 'commission',
    role: 'player',
    joined,
    observerKeyHash: 'hash',
    worksheetAnswers: { plan: 'secret plan' } as unknown as StoredMember['worksheetAnswers'],
    ...(reflected ? { reflectionAnswers: { lesson: 'what Ana learnt' } } : {}),
  });
  const record = {
    id: 'c1',
    code: 'ABCDEF',
    title: 'Monday',
    scenarioId: 'gdpr-research-exemption',
    human: ['commission'],
    observerBrief: false,
    open: false,
    doublePerTable: 1,
    tableIds: ['t1'],
    members: [member('Ana', true, true), member('Bo', true, false), member('Cy', false, false)],
    createdAt: 10,
  } satisfies ClassRecord;
  const scenario = { id: 'gdpr-research-exemption', title: 'GDPR' };
  const line = lineOf(record, { scenario, language: 'en', tables: [{ id: 't1', code: 'GHJKLM' }] });
  expect(line).toEqual({
    id: 'c1',
    code: 'ABCDEF',
    title: 'Monday',
    scenario,
    language: 'en',
    createdAt: 10,
    tables: [{ id: 't1', code: 'GHJKLM' }],
    trainees: { listed: 3, joined: 2, reflected: 1 },
  } satisfies ClassLine);
  expect(JSON.stringify(line)).not.toMatch(/Ana|Bo|Cy|secret|learnt|hash/);
});

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

it('GET /api/classes?limit=N gives the N latest classes and the way to the older ones; without it, all', async () => {
  const made: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await server.api('POST', '/api/classes', {
      body: { scenario: 'gdpr-research-exemption', human: ['commission', 'parliament'], tables: 1, pace: 0 },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    made.push((r.body.class as ClassSummary).code);
  }
  const all = await server.api('GET', '/api/classes');
  expect((all.body.classes as ClassSummary[]).map((c) => c.code)).toEqual(made);
  expect(all.body.earlier).toBeUndefined();

  const codes = (r: { body: Record<string, unknown> }) => (r.body.classes as ClassSummary[]).map((c) => c.code);
  const first = await server.api('GET', '/api/classes?limit=2');
  expect(codes(first)).toEqual(made.slice(3));
  const second = await server.api('GET', `/api/classes?limit=2&before=${String(first.body.earlier)}`);
  expect(codes(second)).toEqual(made.slice(1, 3));
  const last = await server.api('GET', `/api/classes?limit=2&before=${String(second.body.earlier)}`);
  expect(codes(last)).toEqual(made.slice(0, 1));
  expect(last.body.earlier).toBeUndefined();

  // The whole list gives each class in full; a page, each as its line.
  expect((all.body.classes as ClassSummary[]).every((c) => Array.isArray(c.members))).toBe(true);
  expect(Object.keys((first.body.classes as ClassLine[])[0]!).sort()).toEqual(
    ['code', 'createdAt', 'id', 'language', 'scenario', 'tables', 'title', 'trainees'].sort(),
  );

  const bad = await server.api('GET', '/api/classes?limit=0');
  expect(bad.status).toBe(400);
  expect(bad.body.error).toBe(
    'A page of the class list takes limit, a whole number from 1 to 200, and then before, the earlier of the page before it.',
  );
});

it("a page's line counts a roster class's trainees and those who joined; the class opens by its code in full", async () => {
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: 'gdpr-research-exemption',
      human: ['commission', 'parliament'],
      tables: 1,
      pace: 0,
      roster: ['Ana', 'Bo'],
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const joined = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  const latest = (await server.api('GET', '/api/classes?limit=1')).body.classes as ClassLine[];
  expect(latest).toEqual([
    {
      id: cls.id,
      code: cls.code,
      title: cls.title,
      scenario: cls.scenario,
      language: 'en',
      createdAt: cls.createdAt,
      tables: cls.tables,
      trainees: { listed: 2, joined: 1, reflected: 0 },
    },
  ]);
  expect((await server.api('GET', `/api/class/${cls.code}`)).body).toMatchObject({ id: cls.id, code: cls.code });
});
