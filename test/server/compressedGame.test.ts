/**
 * The classroom server sends the built game compressed to a browser that asks for it (every browser
 * does), Brotli or gzip: a class's phones join over one Wi-Fi, and the game's first page is about a
 * third of its size compressed. Plain to a client that does not ask; the API's answers are left as they are.
 * The game's files (named after their content) are kept by the browser for good; its page is asked for again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer, tempDir } from './harness.ts';

let server: TestServer;
/** A script like the game's: large and repetitive (compresses as JavaScript does). */
const SCRIPT = Array.from({ length: 4000 }, (_, i) => `export const line${i} = 'negotiation ${i % 17}';`).join('\n');

beforeAll(async () => {
  // Inside a folder named "assets": only the build's own assets/ folder is kept for good.
  const dist = join(tempDir(), 'assets');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Accord</title><script src="/assets/index.js"></script>',
  );
  writeFileSync(join(dist, 'assets', 'index.js'), SCRIPT);
  server = await TestServer.start({ staticDir: dist });
});
afterAll(async () => {
  await server?.stop();
});

/** GET `path` with these request headers: status, headers and the body's bytes as they travelled. */
function get(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; encoding?: string; cache?: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(server.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          cache: res.headers['cache-control'],
          bytes: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

it('sends the game gzipped to a browser that accepts it, and plain otherwise', async () => {
  // Today's browsers ask for Brotli too, and get it.
  const brotli = await get('/assets/index.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(brotli.status).toBe(200);
  expect(brotli.encoding).toBe('br');
  expect(brotli.bytes.length).toBeLessThan(SCRIPT.length / 3);
  expect(brotliDecompressSync(brotli.bytes).toString('utf8')).toBe(SCRIPT);

  const zipped = await get('/assets/index.js', { 'accept-encoding': 'gzip, deflate' });
  expect(zipped.encoding).toBe('gzip');
  expect(zipped.bytes.length).toBeLessThan(SCRIPT.length / 3);
  expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(SCRIPT);

  const plain = await get('/assets/index.js', {});
  expect(plain.encoding).toBeUndefined();
  expect(plain.bytes.toString('utf8')).toBe(SCRIPT);

  const page = await get('/', { 'accept-encoding': 'gzip' });
  expect(page.status).toBe(200);
});

it('lets a browser keep the game’s files for good, and ask for its page again', async () => {
  // A phone reloading the join page then asks only for the page: 2 round trips instead of 8.
  expect((await get('/assets/index.js', {})).cache).toBe('public, max-age=31536000, immutable');
  expect((await get('/', {})).cache).toBe('no-cache');
  expect((await get('/index.html', {})).cache).toBe('no-cache');
  expect((await get('/api/scenarios', {})).cache).toBeUndefined();
});
