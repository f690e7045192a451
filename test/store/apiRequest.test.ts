/**
 * The classroom API's requests sort what goes wrong (store/remoteColyseus.ts apiRequest): a server's
 * refusal keeps its sentence; an unreachable server, a proxy's bare 5xx and a server that never
 * answers (a Wi-Fi that holds the packets) are network failures the screens may retry. Before, a
 * request nobody answered waited for good, and with it the button that sent it.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ANSWER_MS, apiRequest } from '../../src/store/apiRequest.ts';
import { isNetworkFailure } from '../../src/store/remoteErrors.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/silent') return; // never answers
    if (req.url === '/half') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"table":');
      return; // and nothing more
    }
    if (req.url === '/refused') {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'No open table has the code BCDFGH.' }));
    }
    if (req.url === '/restoring') {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2' });
      return res.end(JSON.stringify({ error: 'The table BCDFGH is being restored by another server process.' }));
    }
    if (req.url === '/proxy') {
      res.writeHead(503);
      return res.end('Service Unavailable');
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** What a request ends in: its value, or its error's sentence and whether it counts as the network. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value }),
    (e: Error) => ({ sentence: e.message, network: isNetworkFailure(e) }),
  );
const soon = () => AbortSignal.timeout(300);

describe('a request to the classroom API', () => {
  it('gives the answer, or the server’s refusal as its sentence', async () => {
    expect(await outcome(apiRequest(base, '/fine'))).toEqual({ value: { ok: true } });
    expect(await outcome(apiRequest(base, '/refused'))).toEqual({
      sentence: 'No open table has the code BCDFGH.',
      network: false,
    });
  });

  it('counts an unreachable server and a proxy’s bare 503 as the network', async () => {
    expect(await outcome(apiRequest('http://127.0.0.1:9', '/fine'))).toEqual({
      sentence: 'The classroom server cannot be reached.',
      network: true,
    });
    expect(await outcome(apiRequest(base, '/proxy'))).toEqual({ sentence: 'The server answered 503.', network: true });
  });

  it('tries again after a 503 that says when (Retry-After), keeping its sentence', async () => {
    expect(await outcome(apiRequest(base, '/restoring'))).toEqual({
      sentence: 'The table BCDFGH is being restored by another server process.',
      network: true,
    });
  });

  it('gives up on a server that never answers, or stops halfway, and says so', async () => {
    const silent = {
      sentence: 'The server did not answer within 20 seconds: check the connection and try again.',
      network: true,
    };
    expect(await outcome(apiRequest(base, '/silent', { signal: soon() }))).toEqual(silent);
    expect(await outcome(apiRequest(base, '/half', { signal: soon() }))).toEqual(silent);
  });

  it('carries a deadline of its own when the caller gives none', async () => {
    expect(API_ANSWER_MS).toBe(20_000);
    const signals: (AbortSignal | null | undefined)[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      signals.push(init.signal);
      return Promise.resolve(new Response('{}', { status: 200 }));
    });
    try {
      await apiRequest(base, '/fine', { method: 'POST', body: '{}' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]?.aborted).toBe(false);
  });
});
