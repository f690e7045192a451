/**
 * A table another server process took over: the HTTP API's lists say so with a sentence on the server's clock
 * (its time zone named) and with `movedAt`, the same instant as ISO 8601 in UTC, which a reader in another time
 * zone (the instructor board, in the browser's zone: test/game/classWatchMoved.test.ts) writes in its own. The
 * lists carried only the sentence and the epoch milliseconds of the table's status.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { ClassSummary, TableSummary } from '../../src/protocol/index.ts';

const AT = Date.UTC(2026, 11, 7, 9, 42);
let server: TestServer;
const zone = process.env.TZ;

beforeAll(async () => {
  // The server's machine is in New York.
  process.env.TZ = 'America/New_York';
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

it('the table and class lists give a moved table’s time as ISO 8601 in UTC beside the sentence', async () => {
  const table = (await server.api('POST', '/api/tables', { body: { scenario: 'care-data', parties: {} } })).body
    .table as TableSummary;
  const cls = (await server.api('POST', '/api/classes', { body: { scenario: 'care-data', human: ['gps'], tables: 2 } }))
    .body.class as ClassSummary;
  // As a process restoring another's tables marks them (classroom.ts `restore(true)`).
  for (const id of [table.id, cls.tables[1]!.id]) server.server.classroom.session(id)!.takenOverAt = AT;

  const tables = (await server.api('GET', '/api/tables')).body.tables as TableSummary[];
  const moved = tables.find((t) => t.id === table.id)!;
  expect(moved.moved).toBe(
    `Table ${table.code} moved to another server process at 04:42 AM EST, after the process holding it stopped; every move the trainees saw is kept.`,
  );
  expect(moved.movedAt).toBe('2026-12-07T09:42:00.000Z');
  expect(tables.filter((t) => t.movedAt !== undefined).map((t) => t.id)).toEqual([table.id, cls.tables[1]!.id]);

  const classes = (await server.api('GET', '/api/classes')).body.classes as ClassSummary[];
  expect(classes[0]!.tables.map((t) => t.movedAt)).toEqual([undefined, '2026-12-07T09:42:00.000Z']);
  expect(classes[0]!.moved).toEqual([
    'Table 2 moved to another server process at 04:42 AM EST, after the process holding it stopped; every move the trainees saw is kept.',
  ]);
});

it('a command’s answer gives the moved table as the lists do', async () => {
  const table = (await server.api('POST', '/api/tables', { body: { scenario: 'care-data', parties: {} } })).body
    .table as TableSummary;
  server.server.classroom.session(table.id)!.takenOverAt = AT;
  const answer = (await server.api('POST', `/api/tables/${table.id}/command`, { body: { command: 'start' } })).body
    .table as TableSummary;
  expect(answer.movedAt).toBe('2026-12-07T09:42:00.000Z');
  expect(answer.moved).toContain(`Table ${table.code} moved to another server process at 04:42 AM EST`);
});
