// @vitest-environment jsdom
/**
 * On a phone holding several trainees' seats at a class's table, "None of these: join with my name" opens
 * the class's name form. It opened the table's own form, which has no name field once the table's seats
 * are taken ("Every seat at this table is taken: ask the instructor for the code of another table").
 * Found by an outside check.
 */
import { afterEach, expect, it } from 'vitest';
import { classOfTable, memorySmallStorage, noteClassTable, saveSeat } from '../../src/store/remoteKeys.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { joinDeps } from '../support/joinDeps.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

it('“someone else” at a class’s table asks the class, by its code, not the table', async () => {
  const storage = memorySmallStorage();
  saveSeat(storage, { code: 'BCDFGH', party: 'north', name: 'Ana', seatKey: 'key-Ana' });
  saveSeat(storage, { code: 'BCDFGH', party: 'south', name: 'Bo', seatKey: 'key-Bo' });
  noteClassTable(storage, 'KLMNPQ', 'BCDFGH');
  const asked: string[] = [];
  const screen = joinScreen(
    'BCDFGH',
    joinDeps({
      storage,
      find: (code) => {
        asked.push(code);
        return Promise.reject(new Error('not here'));
      },
    }),
  );
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  await settle();
  expect(screen.el.querySelector('#held-seats')?.textContent).toContain('Bo');
  (screen.el.querySelector('#held-someone-else') as HTMLButtonElement).click();
  await settle();
  expect(asked).toEqual(['KLMNPQ']);
});

it('reads back no class code that does not look like one (a tampered entry)', () => {
  const storage = memorySmallStorage();
  storage.setItem('accord.classroom.tableClass.BCDFGH', '../api/x');
  expect(classOfTable(storage, 'BCDFGH')).toBeNull();
});
