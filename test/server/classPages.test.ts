/**
 * `GET /api/classes?limit=N[&before=…]` (src/server/classPages.ts): the N latest classes, oldest first, with the
 * cursor of the older ones' page, gathered from each process's share of the page; without `limit`, the whole list as
 * before.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { classPageOf, pageOfClasses, shareOfPage, type ClassPage } from '../../src/server/classPages.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

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

  const bad = await server.api('GET', '/api/classes?limit=0');
  expect(bad.status).toBe(400);
  expect(bad.body.error).toBe(
    'A page of the class list takes limit, a whole number from 1 to 200, and then before, the earlier of the page before it.',
  );
});
