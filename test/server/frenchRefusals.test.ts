/**
 * A table speaks its scenario's language to the devices: a French table refuses a seat, a wrong
 * code or another party's move in French, and a trainee's device shows that refusal with its form kept
 * rather than taking it for a lost connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchScenarioDir, TestServer } from './harness.ts';
import { colyseusTransport, unreachedServer } from '../../src/store/remoteColyseus.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { createRemoteTable, type RemoteTableStore } from '../../src/store/remoteTable.ts';
import { ErrorCode } from '@colyseus/sdk';

const SCENARIO = 'autonomous-vehicle-data';
let server: TestServer;

beforeAll(async () => {
  // The scenario as a French file (its own language fr): its table is told in French.
  server = await TestServer.start({ timeScale: 0.01, scenariosDir: frenchScenarioDir(SCENARIO) });
});
afterAll(async () => {
  await server?.stop();
});

describe('a French table', () => {
  it('refuses seats, codes and moves for another party in French', async () => {
    const t = await server.twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    await expect(
      server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve', party: 'federal-regulator' }),
    ).rejects.toThrow(/^La partie «\u202f.+\u202f» est déjà tenue par Ana\. Choisissez une partie libre/);
    await expect(server.join(t.roomId, { role: 'seat', code: t.code, name: 'Eve', party: 'insurers' })).rejects.toThrow(
      /est jouée par l’ordinateur à cette table\u202f: choisissez une autre partie\./,
    );
    await expect(server.join(t.roomId, { role: 'seat', code: 'ZZZZZZ', name: 'Eve' })).rejects.toThrow(
      'Le code ZZZZZZ n’est pas celui de cette table.',
    );
    const ben = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
    await ana.next('seat', (u) => u.table.phase === 'playing');
    ben.act({ type: 'pass', party: 'federal-regulator' });
    const foreign = await ben.next('refused');
    expect(foreign.reason).toMatch(/^Vous tenez le siège de la partie «\u202f.+\u202f»\u202f: vous ne pouvez pas agir/);
    await Promise.all([ana.leave(), ben.leave()]);
  });
});

async function settled(store: RemoteTableStore): Promise<void> {
  const start = Date.now();
  while (store.getState().status === 'connecting' && Date.now() - start < 10_000)
    await new Promise((r) => setTimeout(r, 20));
}

describe('a trainee refused a seat at a French table', () => {
  it('sees the sentence and may choose again; the device does not retry it as an unreachable server', async () => {
    const t = await server.twoSeatTable();
    const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
    // "… reconnectez-vous depuis l’appareil qui l’a pris": once read as a network failure by its words.
    const eve = createRemoteTable(
      { role: 'seat', code: t.code, name: 'Eve', party: 'federal-regulator' },
      { transport: await colyseusTransport(server.url), storage: memorySmallStorage() },
    );
    await settled(eve);
    expect(eve.getState().status).toBe('closed');
    expect(eve.getState().problem).toMatch(/^La partie «\u202f.+\u202f» est déjà tenue par Ana\./);
    eve.getState().close();
    await ana.leave();
  });

  it('the matchmaker’s codes are the server’s answers whatever their words; the network is what never got one', () => {
    const reconnect = 'Choisissez une partie libre ; si ce siège est le vôtre, reconnectez-vous depuis l’appareil.';
    expect(unreachedServer(ErrorCode.AUTH_FAILED, reconnect, ErrorCode)).toBe(false);
    expect(unreachedServer(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, 'connect timeout', ErrorCode)).toBe(false);
    // A seat reservation that a slow link let expire is worth another try.
    expect(unreachedServer(ErrorCode.MATCHMAKE_EXPIRED, 'failed to reconnect', ErrorCode)).toBe(true);
    expect(unreachedServer('ECONNREFUSED', 'fetch failed', ErrorCode)).toBe(true);
    expect(unreachedServer(undefined, 'Failed to fetch', ErrorCode)).toBe(true);
    expect(unreachedServer(1006, 'closed', ErrorCode)).toBe(true);
    expect(unreachedServer(504, 'Gateway Timeout', ErrorCode)).toBe(true);
    expect(unreachedServer(500, 'The scenario is broken.', ErrorCode)).toBe(false);
  });
});
