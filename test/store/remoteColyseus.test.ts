/**
 * The remote source over the real transport (`@colyseus/sdk` over WebSockets) against the classroom
 * server in this process: a seat joins by code and name, a second device is refused the held seat
 * with the server's sentence, a cut connection comes back with the same seat, and a server killed
 * and restarted on the same data folder gets the device back by its seat key, with nothing lost.
 */
import WS from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/startServer.ts';
import type { RunningServer } from '../../src/server/startServer.ts';
import type { TableSummary } from '../../src/protocol/index.ts';
import { colyseusTransport } from '../../src/store/remoteColyseus.ts';
import { heldSeats, memorySmallStorage, readSeat, type SmallStorage } from '../../src/store/remoteKeys.ts';
import type { RemoteTableState, RemoteTableStore, RemoteTransport } from '../../src/store/remoteTable.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import { tempDir } from '../support/tempDir.ts';

/**
 * Node's own WebSocket never fires `close` on a refused connection (the SDK would stop retrying:
 * shared/STACK.md), so the SDK gets the `ws` package's, which also lets the test cut a connection.
 */
const sockets: WS[] = [];
class TrackedWebSocket extends WS {
  constructor(url: string | URL, options?: WS.ClientOptions & { protocols?: string | string[] }) {
    super(url, options?.protocols, options);
    sockets.push(this);
  }
}
(globalThis as { WebSocket: unknown }).WebSocket = TrackedWebSocket;

let server: RunningServer;
let dataDir: string;
let base: string;

async function until(store: RemoteTableStore, test: (s: RemoteTableState) => boolean, ms = 10_000) {
  const start = Date.now();
  while (!test(store.getState())) {
    if (Date.now() - start > ms)
      throw new Error(`timed out; status ${store.getState().status}, problem ${store.getState().problem}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A trainee's device that joined `party` by name, once the server has seated it. */
async function seated(transport: RemoteTransport, storage: SmallStorage, code: string, name: string, party: string) {
  const store = createRemoteTable({ role: 'seat', code, name, party }, { transport, storage });
  await until(store, (s) => s.seat?.party === party);
  return store;
}

async function createTable(): Promise<{ table: TableSummary; humans: [string, string] }> {
  const list = (await (await fetch(`${base}/api/scenarios`)).json()) as {
    scenarios: { id: string; parties: { id: string }[] }[];
  };
  const parties = list.scenarios.find((x) => x.id === 'autonomous-vehicle-data')!.parties.map((p) => p.id);
  const res = await fetch(`${base}/api/tables`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.instructorKey}` },
    body: JSON.stringify({
      scenario: 'autonomous-vehicle-data',
      // Two people; the computers play the rest.
      parties: Object.fromEntries(
        parties.map((p, i) => [
          p,
          i < 2 ? { kind: 'human' } : { kind: 'computer', strategy: 'linear', difficulty: 'easy' },
        ]),
      ),
    }),
  });
  const body = (await res.json()) as { table?: TableSummary; error?: string };
  if (!body.table) throw new Error(body.error);
  return { table: body.table, humans: [parties[0]!, parties[1]!] };
}

beforeAll(async () => {
  dataDir = tempDir('accord-remote-');
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, staticDir: null });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
});

describe('the remote source on the real server', () => {
  it('joins, is refused a held seat with a sentence, and survives a cut connection and a server restart', async () => {
    const { table: t, humans } = await createTable();
    const [A, B] = humans;
    const transport = await colyseusTransport(base);
    const storage = memorySmallStorage();
    const ana = await seated(transport, storage, t.code, 'Ana', A);
    expect(readSeat(storage, t.code)?.party).toBe(A);

    // Another device asks for the same seat: refused, as the server words it.
    const eve = createRemoteTable(
      { role: 'seat', code: t.code, name: 'Eve', party: A },
      { transport, storage: memorySmallStorage() },
    );
    await until(eve, (s) => s.status === 'closed');
    expect(eve.getState().problem).toMatch(/held/);

    const ben = createRemoteTable(
      { role: 'seat', code: t.code, name: 'Ben', party: B },
      {
        transport,
        storage: memorySmallStorage(),
      },
    );
    await until(ben, (s) => s.table?.phase === 'playing');
    await until(ana, (s) => s.table?.phase === 'playing');

    // The link is cut (lost Wi-Fi): the device is back at its seat by itself.
    const cutAt = Date.now();
    // Ana's device opened the first socket of this test.
    const anaSocket = sockets[0];
    expect(anaSocket?.readyState).toBe(WS.OPEN);
    anaSocket?.terminate();
    await until(ana, (s) => s.status !== 'open');
    // While away, a move is not sent (and says so) rather than lost in a dead socket.
    expect(ana.getState().dispatch({ type: 'pass', party: A })).toBe(false);
    expect(ana.getState().refusal).toMatch(/not sent/);
    await until(ana, (s) => s.status === 'open' && s.seat?.party === A);
    expect(Date.now() - cutAt).toBeLessThan(5000);

    // A move, then the server is killed and restarted on the same data folder and port.
    const active = ana.getState().seat?.view.active;
    const mover = active === A ? ana : ben;
    expect(mover.getState().dispatch({ type: 'pass', party: active as string })).toBe(true);
    await until(ana, (s) => (s.table?.moves ?? 0) >= 1);
    const port = server.port;
    await server.close();
    // A killed process takes its sockets with it.
    for (const s of sockets) if (s.readyState === WS.OPEN) s.terminate();
    await until(ana, (s) => s.status !== 'open');
    server = await startServer({ port, host: '127.0.0.1', dataDir, staticDir: null });
    const back = Date.now();
    await until(ana, (s) => s.status === 'open' && s.seat?.party === A && s.table?.moves === 1);
    expect(Date.now() - back).toBeLessThan(5000);
    for (const s of [ana, ben, eve]) s.getState().close();
  }, 60_000);

  it('forgets a seat key the server says opens no seat now (the instructor freed it), keeping the others', async () => {
    const { table: t, humans } = await createTable();
    const [A, B] = humans;
    const transport = await colyseusTransport(base);
    // One phone, two trainees.
    const storage = memorySmallStorage();
    const ana = await seated(transport, storage, t.code, 'Ana', A);
    const bo = await seated(transport, storage, t.code, 'Bo', B);
    ana.getState().close();
    const freed = await fetch(`${base}/api/tables/${t.id}/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.instructorKey}` },
      body: JSON.stringify({ command: 'free', party: A }),
    });
    expect(freed.status).toBe(200);

    const back = createRemoteTable(
      { role: 'seat', code: t.code, resume: true, who: { party: A, name: 'Ana' } },
      { transport, storage },
    );
    await until(back, (s) => s.status === 'closed');
    expect(back.getState().problem).toMatch(/does not open a seat at this table/);
    expect(heldSeats(storage, t.code).map((x) => x.name)).toEqual(['Bo']);
    for (const s of [back, bo]) s.getState().close();
  }, 30_000);
});
