// @vitest-environment jsdom
/**
 * "Take my seat" and "Join the class" open the seat at the room the join form just found: the form has looked
 * the code up (a table's, with its room), or the class has placed the trainee (at a table's room), and the
 * seat's connection looked the table's code up again before joining its room: one more round trip, about 0.6 s
 * on slow 4G, between the press and the seat. A later join (a retry, a rejoin) still looks the code up: the
 * table may have moved to another server process. A refusal reads as before: a room that is not there (or
 * refuses) is asked about the old way, the code looked up and then its room.
 */
import { afterEach, expect, it } from 'vitest';
import type { ClassPlacement, JoinLookup, JoinOptions } from '../../src/protocol/index.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import type { RemoteJoin } from '../../src/store/remoteTable.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { joinDeps } from '../support/joinDeps.ts';
import { CODE, FakeServer } from '../support/fakeTableServer.ts';
import { manualTimers } from '../support/remoteFakes.ts';

initLocale(['en-GB'], null);

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

/** The fake server's table with two free seats, as the join form's lookup gives it. */
async function tableLookup(server: FakeServer): Promise<JoinLookup> {
  const [first, second] = server.state.scenario.parties.map((p) => p.id);
  return {
    ...(await server.lookup(CODE)),
    seats: [
      { party: first!, name: 'First', kind: 'state', seat: 'free' },
      { party: second!, name: 'Second', kind: 'state', seat: 'free' },
    ],
  } as JoinLookup;
}

/** A join screen on the fake server, counting the seat's lookups of the code and the rooms it joined. */
function counted(server: FakeServer, code: string, own: Parameters<typeof joinDeps>[0] = {}) {
  const storage = memorySmallStorage();
  const lookups: string[] = [];
  const rooms: string[] = [];
  const transport = {
    lookup: (c: string) => {
      lookups.push(c);
      return server.lookup(c);
    },
    join: (roomId: string, options: JoinOptions) => {
      rooms.push(roomId);
      return server.join(roomId, options);
    },
  };
  const opened: RemoteJoin[] = [];
  const timers = manualTimers();
  const screen = joinScreen(
    code,
    joinDeps({
      storage,
      find: async () => ({ table: await tableLookup(server) }),
      open: (j) => {
        opened.push(j);
        return Promise.resolve(createRemoteTable(j, { transport, storage, now: () => 0, ...timers }));
      },
      ...own,
    }),
  );
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  return { screen, lookups, rooms, opened, timers };
}

const typeName = async (screen: { el: HTMLElement }, press: string) => {
  await expect.poll(() => screen.el.querySelector('#join-name')).not.toBeNull();
  screen.el.querySelector<HTMLInputElement>('#join-name')!.value = 'Ana';
  screen.el.querySelector<HTMLButtonElement>(press)!.click();
};

it('"Take my seat" joins the room the form found, without looking the code up again', async () => {
  const server = new FakeServer();
  const { screen, lookups, rooms } = counted(server, CODE);
  await typeName(screen, '#join-take');
  await expect.poll(() => server.links.length).toBe(1);
  expect(server.last.options).toMatchObject({ role: 'seat', code: CODE, name: 'Ana' });
  expect({ lookups, rooms }).toEqual({ lookups: [], rooms: ['room1'] });
});

it('"Join the class" joins the room of the table the class placed the trainee at, without a lookup', async () => {
  const server = new FakeServer();
  const placement: ClassPlacement = {
    name: 'Ana',
    role: 'player',
    party: server.state.scenario.parties[0]!.id,
    partyName: 'First',
    tableNumber: 1,
    tableId: 't1',
    roomId: 'room1',
    code: CODE,
    seatKey: 'key-Ana',
    observerKey: null,
  };
  const { screen, lookups, rooms } = counted(server, 'KLMNPQ', {
    find: () =>
      Promise.resolve({
        class: {
          id: 'c1',
          code: 'KLMNPQ',
          title: 'A class',
          open: true,
          scenario: { id: 's', title: 'S' },
          language: 'en',
        },
      }),
    classJoin: () => Promise.resolve(placement),
  });
  await typeName(screen, '#join-class');
  await expect.poll(() => server.links.length).toBe(1);
  expect(server.last.options).toMatchObject({ role: 'seat', code: CODE, seatKey: 'key-Ana' });
  expect({ lookups, rooms }).toEqual({ lookups: [], rooms: ['room1'] });
});

it('a room that is no longer where the form found it is asked about the old way: the code, then its room', async () => {
  const server = new FakeServer();
  const { screen, lookups, rooms } = counted(server, CODE, {
    // The table moved since the form's lookup (to a room the fake server no longer has).
    find: async () => ({ table: { ...(await tableLookup(server)), roomId: 'gone' } }),
  });
  await typeName(screen, '#join-take');
  await expect.poll(() => server.links.length).toBe(1);
  expect({ lookups, rooms }).toEqual({ lookups: [CODE], rooms: ['gone', 'room1'] });
});

it('a refusal at the room reads as it did: the server’s sentence above the form', async () => {
  const server = new FakeServer();
  server.refuseJoin = 'Every seat at this table is taken: ask the instructor for another table.';
  const { screen, lookups } = counted(server, CODE);
  await typeName(screen, '#join-take');
  await expect.poll(() => screen.el.querySelector('#join-problem')?.textContent).toBe(server.refuseJoin);
  // Asked again the old way once (a room refusing may be a room gone): the same sentence.
  expect(lookups).toEqual([CODE]);
});

it('a later join (the connection lost for good) looks the code up again', async () => {
  const server = new FakeServer();
  const { screen, lookups, opened, timers } = counted(server, CODE);
  await typeName(screen, '#join-take');
  await expect.poll(() => server.links.length).toBe(1);
  expect(opened[0]).toMatchObject({ roomId: 'room1' });
  server.welcomeSeat(server.last, server.state.scenario.parties[0]!.id);
  server.last.leaveHandler(4000);
  timers.run();
  await expect.poll(() => server.links.length).toBe(2);
  expect(lookups).toEqual([CODE]);
  expect(server.last.options).toMatchObject({ role: 'seat', seatKey: expect.any(String) as string });
});
