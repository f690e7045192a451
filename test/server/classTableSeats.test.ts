/**
 * A class's seats are the class's to give: a device that types a class table's code (every trainee at
 * the table has it, and the public class board lists them all) with any name is refused with the class
 * code, so nobody sits outside the roster, takes the seat a rostered trainee was placed on, or, in a class
 * open to any name, blocks every later arrival (each is placed on the first free place in turn).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { ClassPlacement, ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'gdpr-research-exemption';
let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

async function classOf(roster?: string[]): Promise<ClassSummary> {
  const made = await server.api('POST', '/api/classes', {
    body: {
      scenario: SCENARIO,
      human: ['commission', 'parliament'],
      tables: 2,
      ...(roster ? { roster } : {}),
      pace: 0,
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.class as ClassSummary;
}
const join = (cls: ClassSummary, name: string) =>
  server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });

it('refuses a name typed with a class table’s code, with the class code; the rostered trainee then takes the seat', async () => {
  // Balanced: Ana and Cy at table 1 (commission, parliament), Ben and Dee at table 2.
  const cls = await classOf(['Ana', 'Ben', 'Cy', 'Dee']);
  const ana = (await join(cls, 'Ana')).body as unknown as ClassPlacement;
  expect(ana.tableNumber).toBe(1);
  // Ana's placement carries her table's code: a second device takes Cy's seat with it, under another name.
  await expect(
    server.join(ana.roomId, { role: 'seat', code: ana.code, name: 'Mallory', party: 'parliament' }),
  ).rejects.toThrow(`This table is one of a class’s: join with the class code ${cls.code} and your name`);
  await expect(server.join(ana.roomId, { role: 'seat', code: ana.code, name: 'Mallory' })).rejects.toThrow(cls.code);
  const cy = await join(cls, 'Cy');
  expect(cy.status, JSON.stringify(cy.body)).toBe(200);
  expect(cy.body).toMatchObject({ tableNumber: 1, party: 'parliament' });
  // The seats the class gave still open with their keys.
  const phone = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  expect((await phone.next('welcome')).seat?.party).toBe('commission');
  await phone.leave();
});

it('in a class open to any name, a device at a table’s code does not block the arrivals after it', async () => {
  const cls = await classOf();
  const table = cls.tables[0]!;
  await expect(
    server.join(table.id, { role: 'seat', code: table.code, name: 'Mallory', party: 'commission' }),
  ).rejects.toThrow(cls.code);
  for (const name of ['Ana', 'Ben', 'Cy']) {
    const placed = await join(cls, name);
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
  }
  // The projector still opens with the table's code, and learns the class's, which it shows to join with.
  const projector = await server.join(table.id, { role: 'projector', code: table.code });
  expect((await projector.next('welcome')).table.classCode).toBe(cls.code);
  await projector.next('public');
  await projector.leave();
  // A table outside a class names none.
  const alone = await server.twoSeatTable();
  const own = await server.join(alone.id, { role: 'projector', code: alone.code });
  expect((await own.next('welcome')).table.classCode).toBeUndefined();
  await own.leave();
});
