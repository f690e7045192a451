// @vitest-environment jsdom
/**
 * A trainee at a class's table when the instructor deletes the class: the server tells the seat why (the class and
 * its names are erased), and the device forgets its seat key. The join screen then looked the table's code up
 * again, found nothing, and said only "No table or class has the code …: check the letters shown on the
 * projector", as if the trainee had mistyped it. The deletion's sentence now stays.
 */
import { afterEach, expect, it } from 'vitest';
import { heldSeats, memorySmallStorage, noteClassTable, readTabSeat, saveSeat } from '../../src/store/remoteKeys.ts';
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

it('a trainee whose class the instructor deletes reads why, not that the code is unknown', async () => {
  const server = new FakeServer();
  const [first] = server.state.scenario.parties.map((p) => p.id);
  const storage = memorySmallStorage();
  const tab = memorySmallStorage();
  saveSeat(storage, { code: CODE, party: first!, name: 'Ana', seatKey: 'key-Ana' });
  noteClassTable(storage, 'KLMNPQ', CODE);
  let deleted = false;
  const deps = joinDeps({
    storage,
    tab,
    // Once erased, neither code opens anything (the server's 404 sentence).
    find: async (code) => {
      if (deleted) throw new Error(`No table or class has the code ${code}: check the letters shown on the projector.`);
      return { table: await server.lookup(code) };
    },
    open: (j) =>
      Promise.resolve(createRemoteTable(j, { transport: server, storage, tab, now: () => 0, ...manualTimers() })),
  });
  const screen = joinScreen(CODE, deps);
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  await expect.poll(() => server.links.length).toBeGreaterThan(0);
  server.welcomeSeat(server.last, first!, 'key-Ana');
  await expect.poll(() => screen.el.querySelector('#turn-banner')).not.toBeNull();
  expect(readTabSeat(tab, CODE)).toEqual({ party: first, name: 'Ana' });

  deleted = true;
  server.last.emit('deleted', { reason: CATALOGS.en.server.classDeleted });
  await expect.poll(() => screen.el.querySelector('#join-problem')?.textContent).toBe(CATALOGS.en.server.classDeleted);
  expect(screen.el.textContent).not.toContain('check the letters');
  // Nothing of the seat stays on the device: its key, nor the tab's note of whose seat it opened (Ana's name).
  expect(heldSeats(storage, CODE)).toEqual([]);
  expect(readTabSeat(tab, CODE)).toBeNull();
});
