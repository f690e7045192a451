/**
 * A table speaks its scenario's language to the devices: a French table refuses a seat, a wrong
 * code or another party's move in French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchScenarioDir, TestServer } from './harness.ts';

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
