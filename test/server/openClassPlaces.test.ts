/**
 * A class open to any name seats arrivals in the seating rule's order, past any place a computer plays: a
 * seat the instructor handed to a computer before anyone sat in it (to start a table short of trainees)
 * was every newcomer's place in turn, and each was refused ("Your seat … is played by a computer"). Given
 * back to people, the seat is the next newcomer's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { ClassPlacement, ClassSummary } from '../../src/protocol/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

it('seats newcomers past a seat a computer plays, and on it once it is given back', async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'gdpr-research-exemption', human: ['commission', 'parliament'], tables: 2, pace: 0 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const first = cls.tables[0]!.id;
  expect((await server.command(first, { command: 'computer', party: 'commission' })).status).toBe(200);
  const join = async (name: string) => {
    const r = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const p = r.body as unknown as ClassPlacement;
    return `${p.tableNumber} ${p.party} ${p.role}`;
  };
  expect(await join('Ana')).toBe('2 commission player');
  expect(await join('Ben')).toBe('1 parliament player');
  expect(await join('Cy')).toBe('2 parliament player');
  expect((await server.command(first, { command: 'human', party: 'commission' })).status).toBe(200);
  expect(await join('Dee')).toBe('1 commission player');
  // Then the doubled roles and the observers, as the rule spreads them.
  expect(await join('Eve')).toBe('1 commission double');
  expect(await join('Fay')).toBe('2 parliament double');
  expect(await join('Gus')).toBe('1 commission observer');
  expect(await join('Hal')).toBe('2 commission observer');
});
