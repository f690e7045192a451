// @vitest-environment jsdom
/**
 * A trainee who joined by the CLASS code, whose seat the instructor then freed: the device's seat key is refused
 * (SEAT_KEY_REFUSED). The join screen went to the TABLE's join form (its six letters, a choice of parties the
 * class had not given them), not to the class's form they came from. They now land on the class's form, told
 * that the instructor freed their seat, and the class seats them again by name.
 */
import { afterEach, expect, it } from 'vitest';
import type { ClassLookup, ClassPlacement, JoinOptions } from '../../src/protocol/index.ts';
import { heldSeats, memorySmallStorage, noteClassTable, saveSeat } from '../../src/store/remoteKeys.ts';
import { SeatKeyRefused } from '../../src/store/remoteErrors.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { joinDeps } from '../support/joinDeps.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { CODE, FakeServer } from '../support/fakeTableServer.ts';
import { manualTimers } from '../support/remoteFakes.ts';

initLocale(['en-GB'], null);

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

const CLASS: ClassLookup = {
  id: 'c1',
  code: 'KLMNPQ',
  title: 'Thursday seminar',
  scenario: { id: 'engine-fixture', title: 'Engine fixture' },
  language: 'en',
  open: false,
};

it('a class trainee whose freed seat key is refused comes back to the class form, told the instructor freed it', async () => {
  const server = new FakeServer();
  const [first] = server.state.scenario.parties.map((p) => p.id);
  const storage = memorySmallStorage();
  // Ana joined by the class code (the class placed her at table CODE), and her page was reloaded at the table.
  saveSeat(storage, { code: CODE, party: first!, name: 'Ana', seatKey: 'key-Ana' });
  noteClassTable(storage, CLASS.code, CODE);
  // The instructor freed her seat: the server refuses her key, as tableRoom.ts words it.
  const join = server.join.bind(server);
  server.join = (roomId: string, options: JoinOptions) =>
    'seatKey' in options && options.seatKey === 'key-Ana'
      ? Promise.reject(new SeatKeyRefused(CATALOGS.en.server.seatKey))
      : join(roomId, options);
  const joined: string[] = [];
  const placement: ClassPlacement = {
    name: 'Ana',
    role: 'player',
    party: first!,
    partyName: 'First',
    tableNumber: 1,
    tableId: 't1',
    roomId: 'room1',
    code: CODE,
    seatKey: 'key-Ana-2',
    observerKey: null,
  };
  const deps = joinDeps({
    storage,
    find: async (code) => (code === CLASS.code ? { class: CLASS } : { table: await server.lookup(code) }),
    classJoin: (code, name) => {
      joined.push(`${code} ${name}`);
      return Promise.resolve(placement);
    },
    open: (j) => Promise.resolve(createRemoteTable(j, { transport: server, storage, now: () => 0, ...manualTimers() })),
  });
  const screen = joinScreen(CODE, deps);
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);

  // The class's form, with why: not the table's form with its parties.
  await expect
    .poll(() => screen.el.querySelector('#join-problem')?.textContent)
    .toBe(CATALOGS.en.uiClass.seatFreedClass);
  expect(screen.el.querySelector('#join-class')).not.toBeNull();
  expect(screen.el.querySelector('h2')?.textContent).toContain('Thursday seminar');
  expect(screen.el.querySelector('input[name="party"]')).toBeNull();
  expect(heldSeats(storage, CODE)).toEqual([]);

  // Her name again: the class seats her with a new key.
  const name = screen.el.querySelector<HTMLInputElement>('#join-name')!;
  name.value = 'Ana';
  name.form!.requestSubmit();
  await expect.poll(() => joined).toEqual(['KLMNPQ Ana']);
  await expect.poll(() => server.links.length).toBe(1);
  expect(server.last.options).toMatchObject({ role: 'seat', seatKey: 'key-Ana-2' });
});

it('a class trainee at the table when the instructor frees the seat comes back to the class form too', async () => {
  const server = new FakeServer();
  const [first] = server.state.scenario.parties.map((p) => p.id);
  const storage = memorySmallStorage();
  saveSeat(storage, { code: CODE, party: first!, name: 'Ana', seatKey: 'key-Ana' });
  noteClassTable(storage, CLASS.code, CODE);
  const deps = joinDeps({
    storage,
    find: async (code) => (code === CLASS.code ? { class: CLASS } : { table: await server.lookup(code) }),
    open: (j) => Promise.resolve(createRemoteTable(j, { transport: server, storage, now: () => 0, ...manualTimers() })),
  });
  const seated = async () => {
    const screen = joinScreen(CODE, deps);
    destroy = screen.destroy;
    document.body.replaceChildren(screen.el);
    await expect.poll(() => server.links.length).toBeGreaterThan(0);
    server.welcomeSeat(server.last, first!, 'key-Ana');
    await expect.poll(() => screen.el.querySelector('#turn-banner')).not.toBeNull();
    return screen;
  };

  const freed = await seated();
  server.last.emit('seat-lost', { reason: 'The instructor freed your seat (First).', freed: true });
  await expect
    .poll(() => freed.el.querySelector('#join-problem')?.textContent)
    .toBe(CATALOGS.en.uiClass.seatFreedClass);
  expect(freed.el.querySelector('#join-class')).not.toBeNull();
  freed.destroy?.();

  // Handed to a computer: the server's sentence, at the table's form (the class would not seat them there now).
  const handed = await seated();
  const reason = 'The instructor handed your seat (First) to a computer player.';
  server.last.emit('seat-lost', { reason });
  await expect.poll(() => handed.el.querySelector('#join-problem')?.textContent).toBe(reason);
  expect(handed.el.querySelector('#join-class')).toBeNull();
});
