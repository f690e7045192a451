// @vitest-environment jsdom
/**
 * A table another server process took over (its process stopped) is said once on the console's live
 * view of the class, in the screens' language, when it first shows moved: not again at each update of
 * that table, and a table that did not move says nothing; again when the console is opened again (on purpose:
 * classWatch.ts). The instructor board of single tables says it in the table's panel, at the time the API
 * gives as ISO 8601 (`movedAt`), in the browser's time zone.
 */
import { afterEach, expect, it } from 'vitest';
import type { ConsoleTable, TableSummary } from '../../src/protocol/index.ts';
import { classFixture, consoleTableFixture, watchDeps } from '../support/consoleFixture.ts';
import type { RemoteClassStore } from '../../src/store/remoteClass.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { classWatch } from '../../src/game/classroom/classWatch.ts';
import { instructorBoard } from '../../src/game/classroom/instructorBoard.ts';
import '../support/noMatchMedia.ts';

const NOW = Date.UTC(2026, 11, 7, 9, 42);
const cls = classFixture({ language: 'en' });

afterEach(() => setLocale('en'));

/** The console over a class whose tables are `tables`; `update` replaces them and tells the view. */
function mount(tables: ConsoleTable[]) {
  let listener: () => void = () => {};
  const state = { console: { class: cls, tables }, problem: null, close: () => {} };
  const store = {
    getState: () => state,
    subscribe: (l: () => void) => {
      listener = l;
      return () => {};
    },
  } as unknown as RemoteClassStore;
  const screen = classWatch(
    store,
    watchDeps(() => NOW),
  );
  return {
    el: screen.el,
    said: () => [...screen.el.querySelectorAll('#console-moved p')].map((p) => p.textContent),
    update(next: ConsoleTable[]) {
      state.console = { class: cls, tables: next };
      listener();
    },
    destroy: () => screen.destroy?.(),
  };
}

const table = (id: string, takenOverAt?: number, moves = 5): ConsoleTable => {
  const t = consoleTableFixture(NOW);
  return { ...t, status: { ...t.status, id, moves, ...(takenOverAt === undefined ? {} : { takenOverAt }) } };
};
/** The time as the screen writes it, on this machine's clock. */
const hhmm = (at: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);

it('says once which table moved to another server process, and when', () => {
  initLocale(['en-GB'], null);
  const view = mount([table('t1'), table('t2')]);
  expect(view.said()).toEqual([]);
  // The second table is taken over: the console's class comes back with it moved.
  view.update([table('t1'), table('t2', NOW)]);
  const sentence = `Table 2 moved to another server process at ${hhmm(NOW, 'en')}, after the process holding it stopped; every move the trainees saw is kept.`;
  expect(view.said()).toEqual([sentence]);
  // Play goes on at that table: nothing said again.
  view.update([table('t1'), table('t2', NOW, 6)]);
  view.update([table('t1', undefined, 6), table('t2', NOW, 7)]);
  expect(view.said()).toEqual([sentence]);
  expect(view.el.querySelector('#console-moved')?.getAttribute('role')).toBe('status');
  view.destroy();
});

it('says it again when the console is opened again (a reload), with the same time', () => {
  initLocale(['en-GB'], null);
  const first = mount([table('t1'), table('t2', NOW)]);
  const said = first.said();
  expect(said).toHaveLength(1);
  first.destroy();
  const reloaded = mount([table('t1'), table('t2', NOW, 9)]);
  expect(reloaded.said()).toEqual(said);
  reloaded.destroy();
});

it('in French', () => {
  initLocale(['fr-FR'], null);
  const view = mount([table('t1', NOW)]);
  expect(view.said()).toEqual([
    `La table 1 est passée à un autre processus du serveur à ${hhmm(NOW, 'fr')}, après l’arrêt du processus qui la tenait\u202f; chaque coup que les participants ont vu est conservé.`,
  ]);
  view.destroy();
});

it('the instructor board of single tables says it in the moved table’s panel, in the browser’s time zone', async () => {
  initLocale(['en-GB'], null);
  // The browser is in India (UTC+5:30); the API gives the time as ISO 8601 in UTC, as the server does.
  const zone = process.env.TZ;
  process.env.TZ = 'Asia/Kolkata';
  const summary = (id: string, code: string, takenOverAt?: number): TableSummary => ({
    ...table(id, takenOverAt).status,
    code,
    roomId: id,
    createdAt: 0,
    pace: 400,
    ...(takenOverAt === undefined ? {} : { movedAt: new Date(takenOverAt).toISOString() }),
  });
  const board = instructorBoard({
    list: () => Promise.resolve([summary('t1', 'BCDFGH'), summary('t2', 'KLMNPQ', NOW)]),
    command: () => Promise.reject(new Error('no')),
    projectorAddress: (code) => `/?projector=${code}`,
    createAddress: (s) => `/?create=${s}`,
    scenarios: [],
    every: 60_000,
  });
  document.body.append(board.el);
  await new Promise((r) => setTimeout(r, 0));
  const said = (code: string) =>
    [...board.el.querySelectorAll(`[data-table="${code}"] .moved`)].map((p) => p.textContent);
  expect(said('BCDFGH')).toEqual([]);
  const local = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Kolkata' }).format(
    NOW,
  );
  expect(local).toBe('03:12 PM');
  expect(said('KLMNPQ')).toEqual([
    `Table KLMNPQ moved to another server process at ${local}, after the process holding it stopped; every move the trainees saw is kept.`,
  ]);
  board.destroy?.();
  board.el.remove();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});
