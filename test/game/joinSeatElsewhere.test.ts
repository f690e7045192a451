// @vitest-environment jsdom
/**
 * A trainee whose seat another tab or device opened, at a table with no free seat: the join screen says
 * why and offers the seat again. It said only "Every seat at this table is taken: ask the instructor for
 * the code of another table", which hid the reason and sent the trainee away from their own seat (common
 * on a shared phone). Found by an outside check.
 */
import { afterEach, expect, it } from 'vitest';
import type { PartyId } from '../../src/engine/index.ts';
import { memorySmallStorage, saveSeat } from '../../src/store/remoteKeys.ts';
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

it('a seat opened elsewhere at a full table: the reason and the seat again, not "ask for another table"', async () => {
  const server = new FakeServer();
  const party = server.state.active as PartyId;
  const storage = memorySmallStorage();
  saveSeat(storage, { code: CODE, party, name: 'Ana', seatKey: `key-${party}` });
  const timers = manualTimers();
  const full = async () => ({
    table: { ...(await server.lookup(CODE)), seats: [{ party, name: 'Party', kind: 'state', seat: 'held' as const }] },
  });
  const screen = joinScreen(
    CODE,
    joinDeps({
      storage,
      find: full as never,
      open: (join) => Promise.resolve(createRemoteTable(join, { transport: server, storage, now: () => 0, ...timers })),
    }),
  );
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  await expect.poll(() => server.links.length).toBe(1);
  server.welcomeSeat(server.last, party);
  const reason = 'Your seat was opened on another tab or device with its seat key.';
  server.last.emit('seat-lost', { reason });
  await expect.poll(() => screen.el.querySelector('#join-problem')?.textContent).toBe(reason);
  expect(screen.el.textContent).not.toContain(CATALOGS.en.uiClass.allTaken);
  // "Try again" opens the seat this device holds once more.
  (screen.el.querySelector('#join-seat-again') as HTMLButtonElement).click();
  await expect.poll(() => server.links.length).toBe(2);
  expect(server.last.options).toMatchObject({ role: 'seat', seatKey: `key-${party}` });
});
