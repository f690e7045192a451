/**
 * A trainee types their name on a phone as they can: a roster's "Zoé Lefèvre" is found from
 * "zoe lefevre" (an English keyboard has no é) or from the same letters in another Unicode form (a
 * name pasted from a PDF), and the seat is given under the roster's spelling. Two roster names that
 * differ only by accents are told apart by the exact spelling; a loose spelling that fits both is
 * refused. In a class open to any name, a loose match of someone who has joined is someone new, and a
 * namesake on another device is asked to add a surname rather than handed the first one’s seat.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import type { ClassPlacement, ClassSummary } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'gdpr-research-exemption';
let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

/** A class of this roster; none: open to any name. */
async function classOf(roster?: string[]): Promise<ClassSummary> {
  const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: SCENARIO, human: [scenario.parties[0]!.id], tables: 4, ...(roster ? { roster } : {}), pace: 0 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.class as ClassSummary;
}
const join = (cls: ClassSummary, name: string) =>
  server.api('POST', `/api/class/${cls.code}/join`, { body: { name }, key: null });

it('finds a roster name typed without its accents or in another Unicode form, under its own spelling', async () => {
  const cls = await classOf(['Zoé Lefèvre', 'Ana Beatriz', 'Çelik Öztürk']);
  const zoe = await join(cls, '  zoe   LEFEVRE ');
  expect(zoe.status, JSON.stringify(zoe.body)).toBe(200);
  expect((zoe.body as unknown as ClassPlacement).name).toBe('Zoé Lefèvre');
  // "Çelik Öztürk" with combining marks (NFD), as a PDF may give it.
  const celik = await join(cls, 'Çelik Öztürk'.normalize('NFD'));
  expect(celik.status, JSON.stringify(celik.body)).toBe(200);
  expect((celik.body as unknown as ClassPlacement).name).toBe('Çelik Öztürk');
  // Found again once her phone has opened her seat: she has joined, said with her roster name.
  const placed = zoe.body as unknown as ClassPlacement;
  const phone = await server.join(placed.roomId, { role: 'seat', code: placed.code, seatKey: placed.seatKey! });
  await phone.next('welcome');
  expect((await join(cls, 'Zoe Lefevre')).body.error).toMatch(
    /Zoé Lefèvre.*already joined|already joined.*Zoé Lefèvre/,
  );
  expect((await join(cls, 'Zora')).body.error).toMatch(/not on this class’s roster/);
  await phone.leave();
});

it('tells apart two roster names that differ only by accents, and refuses a spelling that fits both', async () => {
  const cls = await classOf(['Zoé', 'Zoe', 'Bo']);
  expect(((await join(cls, 'zoé')).body as unknown as ClassPlacement).name).toBe('Zoé');
  expect(((await join(cls, 'ZOE')).body as unknown as ClassPlacement).name).toBe('Zoe');
  const other = await classOf(['Zoé', 'Zóe', 'Bo']);
  expect((await join(other, 'zoe')).body.error).toMatch(/not on this class’s roster/);
});

it('in a class open to any name, a loose match of someone who joined is someone new', async () => {
  const cls = await classOf();
  expect(((await join(cls, 'Zoé')).body as unknown as ClassPlacement).name).toBe('Zoé');
  const newcomer = await join(cls, 'Zoe');
  expect(newcomer.status, JSON.stringify(newcomer.body)).toBe(200);
  expect((newcomer.body as unknown as ClassPlacement).name).toBe('Zoe');
});

/** A join as the trainee's page sends it: the name and the device's own id (remoteKeys.ts `deviceId`). */
const joinFrom = (cls: ClassSummary, name: string, device: unknown) =>
  server.api('POST', `/api/class/${cls.code}/join`, { body: { name, device }, key: null });
const PHONE_A = 'a'.repeat(32);
const PHONE_B = 'b'.repeat(32);

it('two trainees of one name in an open class: the second is asked to add a surname, not given the first one’s seat', async () => {
  const cls = await classOf();
  const first = await joinFrom(cls, 'Ana', PHONE_A);
  expect(first.status, JSON.stringify(first.body)).toBe(200);
  const ana = first.body as unknown as ClassPlacement;
  // Another phone, before hers has opened the seat: a namesake, not her lost answer.
  const namesake = await joinFrom(cls, 'ana', PHONE_B);
  expect([namesake.status, namesake.body.error]).toEqual([
    409,
    'Someone called Ana has already joined this class from another device. If that is not you, add your surname or an initial to your name (Ana B.); if it is, go back to that device, or ask the instructor to free your seat.',
  ]);
  // A script that sends no device id does not take it either.
  expect((await join(cls, 'Ana')).status).toBe(409);
  // Her key still opens her seat.
  const phone = await server.join(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await phone.next('welcome');
  await phone.leave();
  const renamed = await joinFrom(cls, 'Ana B.', PHONE_B);
  expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  // A device id that is not one is refused with a sentence.
  expect((await joinFrom(cls, 'Cy', 5)).body.error).toMatch(/"device" is the page’s own id/);
  expect((await joinFrom(cls, 'Cy', 'x'.repeat(65))).status).toBe(400);
});

it('her own phone asking again (its answer lost) is given a new key for her seat; in a roster class another device is not', async () => {
  const open = await classOf();
  const lost = (await joinFrom(open, 'Ana', PHONE_A)).body as unknown as ClassPlacement;
  const again = await joinFrom(open, 'Ana', PHONE_A);
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  const placed = again.body as unknown as ClassPlacement;
  expect([placed.tableNumber, placed.party]).toEqual([lost.tableNumber, lost.party]);
  expect(placed.seatKey).not.toBe(lost.seatKey);
  const roster = await classOf(['Ana', 'Bo']);
  expect((await joinFrom(roster, 'Ana', PHONE_A)).status).toBe(200);
  expect((await joinFrom(roster, 'Ana', PHONE_B)).body.error).toMatch(/^Ana has already joined this class/);
  expect((await joinFrom(roster, 'Ana', PHONE_A)).status).toBe(200);
});
