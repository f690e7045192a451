/**
 * The instructor's and the trainees' HTTP routes that take a body, fed random and half-right bodies (fast-check,
 * seeded): every answer is a success or a refusal with a sentence, never a server error or a bare status. A
 * request one field away from a right one is what a script's mistake looks like; the routes must say which.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestServer } from './harness.ts';
import type { ClassSummary, TableSummary } from '../../src/protocol/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

const SCENARIO = 'care-data';
const HUMAN = 'medconfidential';
const COMPUTER = 'nhs-england';

/** A right class request with one field replaced by anything. */
const classOneOff = fc
  .tuple(
    fc.constantFrom(
      'scenario',
      'human',
      'tables',
      'roster',
      'pace',
      'seed',
      'title',
      'language',
      'doublePerTable',
      'observerBrief',
      'placement',
      'seating',
      'turnSeconds',
      'roundSeconds',
      'strategy',
      'difficulty',
    ),
    fc.jsonValue(),
  )
  .map(([k, v]) => ({ scenario: SCENARIO, human: [HUMAN], tables: 2, roster: ['Ana', 'Bo'], [k]: v }));

/** A right table request with one field replaced by anything. */
const tableOneOff = fc
  .tuple(
    fc.constantFrom('scenario', 'parties', 'pace', 'seed', 'title', 'language', 'turnSeconds', 'roundSeconds'),
    fc.jsonValue(),
  )
  .map(([k, v]) => ({ scenario: SCENARIO, parties: { [COMPUTER]: { kind: 'computer' } }, [k]: v }));

const command = fc.record(
  {
    command: fc.constantFrom(
      'start',
      'pause',
      'resume',
      'end',
      'extend',
      'event',
      'computer',
      'free',
      'human',
      'hand-idle',
    ),
    party: fc.oneof(fc.string(), fc.constantFrom(HUMAN, COMPUTER, '__proto__')),
    event: fc.jsonValue(),
    strategy: fc.jsonValue(),
    difficulty: fc.jsonValue(),
    from: fc.jsonValue(),
  },
  { requiredKeys: ['command'] },
);

it(
  'answers random and half-right bodies with a success or a sentence, never a server error',
  { timeout: 120_000 },
  async () => {
    const table = await server.createTable({ scenario: SCENARIO, parties: {} });
    const made = await server.api('POST', '/api/classes', {
      body: { scenario: SCENARIO, human: [HUMAN], tables: 1, roster: ['Ana'] },
    });
    const cls = made.body.class as ClassSummary;
    const routes = [
      { path: '/api/tables', body: fc.oneof(fc.jsonValue(), tableOneOff), key: true },
      { path: `/api/tables/${table.id}/command`, body: fc.oneof(fc.jsonValue(), command), key: true },
      { path: '/api/classes', body: fc.oneof(fc.jsonValue(), classOneOff), key: true },
      { path: `/api/classes/${cls.id}/command`, body: fc.oneof(fc.jsonValue(), command), key: true },
      {
        path: `/api/class/${cls.code}/join`,
        body: fc.oneof(fc.jsonValue(), fc.record({ name: fc.oneof(fc.string(), fc.jsonValue()) })),
        key: false,
      },
    ];
    const wrong: string[] = [];
    const statuses = new Set<number>();
    for (const route of routes)
      for (const body of fc.sample(route.body, { numRuns: 150, seed: 15 })) {
        const r = await server.api('POST', route.path, { body, ...(route.key ? {} : { key: null }) });
        statuses.add(r.status);
        const refused = r.status >= 400;
        if (r.status >= 500 || (refused && (typeof r.body?.error !== 'string' || r.body.error.length < 10)))
          wrong.push(
            `${r.status} ${route.path} ${JSON.stringify(body).slice(0, 200)} → ${JSON.stringify(r.body).slice(0, 200)}`,
          );
      }
    expect(wrong).toEqual([]);
    // The samples reach past the first check: some bodies are taken, others refused as they stand.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 201, 400, 409]));
    const tables = (await server.api('GET', '/api/tables')).body.tables as TableSummary[];
    expect(tables.every((t) => t.phase !== 'broken')).toBe(true);
  },
);
