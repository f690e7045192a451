/**
 * Colyseus read a matchmaking request's whole body, however large, before anything checked it: a 200 MB
 * request for a place was read and answered. Now a matchmaking request must state its length and keep
 * to the API's 16 kB (src/server/matchmakeGuard.ts); the SDK's own requests pass as before.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

/** A raw POST to the matchmaking route: `chunks` sent one by one, with or without a stated length. */
function post(path: string, chunks: string[], statesLength: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const req = request(
      `${server.url}${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(statesLength ? { 'content-length': length } : { 'transfer-encoding': 'chunked' }),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may close the connection before the whole body is sent: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    for (const c of chunks) req.write(c);
    req.end();
  });
}

it('refuses a matchmaking request over 16 kB, or without a length, unread; the room still seats a trainee', async () => {
  const t = await server.twoSeatTable();
  const path = `/matchmake/joinById/${t.roomId}`;
  const options = (junk: number) => JSON.stringify({ role: 'projector', code: t.code, junk: 'x'.repeat(junk) });

  const big = await post(path, [options(2_000_000)], true);
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).error).toBe('The request is too large: at most 16 kB.');
  expect((await post(path, [options(10)], false)).status).toBe(411);
  // A request of the SDK's size still gets its place, and a device then sits down.
  expect((await post(path, [options(100)], true)).status).toBe(200);
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  expect((await ana.next('welcome')).seat?.party).toBe('federal-regulator');
  await ana.leave();
});
