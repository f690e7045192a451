/**
 * A web page of another origin that a trainee or the instructor has open cannot read the classroom's answers
 * (src/server/sameOrigin.ts): Colyseus echoed any Origin with credentials allowed. Accord's own pages call
 * their own origin and need no CORS header.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

it('sends no CORS header to a foreign page, on the API, a preflight or the matchmaker', async () => {
  const table = await server.twoSeatTable();
  const evil = { origin: 'https://evil.example' };
  const lookup = await fetch(`${server.url}/api/code/${table.code}`, { headers: evil });
  expect(lookup.status).toBe(200);
  expect(corsHeaders(lookup)).toEqual([]);
  const preflight = await fetch(`${server.url}/api/tables`, {
    method: 'OPTIONS',
    headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
  expect(corsHeaders(preflight)).toEqual([]);
  const matchmake = await fetch(`${server.url}/matchmake/joinById/${table.roomId}`, {
    method: 'OPTIONS',
    headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  expect(corsHeaders(matchmake)).toEqual([]);
});

it('still serves its own pages: a seat joins through the matchmaker', async () => {
  const table = await server.twoSeatTable();
  const device = await server.join(table.roomId, { role: 'seat', code: table.code, name: 'Ana' });
  expect((await device.next('welcome')).seat?.name).toBe('Ana');
  await device.leave();
});
