/**
 * With PostgreSQL, a server runs its restore again whenever it claims tables of a process that died
 * (startServer.ts): here one process on PostgreSQL. Running it again leaves what the process already holds as it is: no second room
 * for a class or a table, no table restored twice.
 */
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { CLASS_ROOM_NAME, ROOM_NAME } from '../../src/protocol/index.ts';
import { SINGLE_PROCESS } from '../../src/server/scaleOut.ts';
import { startPostgres } from '../support/services.ts';
import type { Service } from '../support/services.ts';

let postgres: Service;
let server: TestServer;
beforeAll(async () => {
  postgres = await startPostgres();
  server = await TestServer.start({ scaleOut: { ...SINGLE_PROCESS, databaseUrl: postgres.url } });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await postgres?.stop();
});

it('a second restore adds no room and no table', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 2, roster: ['Ana', 'Bo'] },
  });
  expect(made.status).toBe(201);
  const rooms = async () => [
    (await matchMaker.query({ name: CLASS_ROOM_NAME })).length,
    (await matchMaker.query({ name: ROOM_NAME })).length,
    matchMaker.stats.local.roomCount,
  ];
  expect(await rooms()).toEqual([1, 2, 3]);
  const classroom = server.server.classroom;
  const [before] = classroom.classList();
  expect(await classroom.restore()).toEqual({ restored: 0, broken: [] });
  expect(await rooms()).toEqual([1, 2, 3]);
  expect(classroom.classList()).toHaveLength(1);
  expect(classroom.classList()[0]).toBe(before);
});
