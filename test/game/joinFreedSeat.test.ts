// @vitest-environment jsdom
/**
 * A phone holding several trainees' seats at a table, one of which the instructor has freed: choosing it in
 * "Whose seat is this?" is refused by the server, and the device then forgets that seat key. The chooser kept
 * listing the freed seat, and choosing it failed every time. The trainee reads the server's sentence above the
 * table's join form. Found by an outside check.
 */
import { afterEach, expect, it } from 'vitest';
import type { JoinOptions } from '../../src/protocol/index.ts';
import { heldSeats, memorySmallStorage, saveSeat } from '../../src/store/remoteKeys.ts';
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

it('a seat key the server no longer takes is forgotten: the chooser stops listing it, the join form shows why', async () => {
  const server = new FakeServer();
  const [first, second] = server.state.scenario.parties.map((p) => p.id);
  const storage = memorySmallStorage();
  saveSeat(storage, { code: CODE, party: first!, name: 'Ana', seatKey: 'key-Ana' });
  saveSeat(storage, { code: CODE, party: second!, name: 'Bo', seatKey: 'key-Bo' });
  // The instructor freed Ana's seat: the server refuses her key, as tableRoom.ts words it.
  const sentence = CATALOGS.en.server.seatKey;
  const join = server.join.bind(server);
  server.join = (roomId: string, options: JoinOptions) =>
    'seatKey' in options && options.seatKey === 'key-Ana'
      ? Promise.reject(new SeatKeyRefused(sentence))
      : join(roomId, options);
  const lookup = async () => ({
    table: {
      ...(await server.lookup(CODE)),
      seats: [
        { party: first!, name: 'First', kind: 'state', seat: 'free' as const },
        { party: second!, name: 'Second', kind: 'state', seat: 'held' as const },
      ],
    },
  });
  const deps = joinDeps({
    storage,
    find: lookup as never,
    open: (j) => Promise.resolve(createRemoteTable(j, { transport: server, storage, now: () => 0, ...manualTimers() })),
  });
  const screen = joinScreen(CODE, deps);
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  const chooser = () => [...screen.el.querySelectorAll('#held-seats button.primary')].map((b) => b.textContent);
  expect(chooser()).toEqual(['Ana', 'Bo']);
  (screen.el.querySelector('#held-seats button.primary') as HTMLButtonElement).click();

  // The server's sentence, above the form to join again by name.
  await expect.poll(() => screen.el.querySelector('#join-problem')?.textContent).toBe(sentence);
  expect(screen.el.querySelector('#join-name')).not.toBeNull();
  expect(heldSeats(storage, CODE).map((x) => x.name)).toEqual(['Bo']);

  // The phone opened again (a new tab): Bo's is the only seat it holds there, opened without asking.
  screen.destroy?.();
  const again = joinScreen(CODE, deps);
  destroy = again.destroy;
  document.body.replaceChildren(again.el);
  await expect.poll(() => server.links.length).toBe(1);
  expect(server.last.options).toMatchObject({ role: 'seat', seatKey: 'key-Bo' });
  expect(again.el.querySelector('#held-seats')).toBeNull();
});
