// @vitest-environment jsdom
/**
 * "Take my seat" and "Join the class" say in words that the device is joining while the server has not
 * answered: on a cheap phone over a slow link (CPU 4× slower, slow 4G) the seat took 2.4–5.9 s to open,
 * with nothing but the dimmed button meanwhile. The words go when the step ends (here: refused).
 */
import { expect, it } from 'vitest';
import { tableOrOpenClass } from '../support/joinLookup.ts';
import { joinDeps } from '../support/joinDeps.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

it.each([
  ['a table', 'BCDFGH', '#join-take'],
  ['a class', 'KLMNPQ', '#join-class'],
])('at %s: the press says "Joining the table…" until the server answers', async (_what, code, press) => {
  let answer: (e: Error) => void = () => {};
  const waiting = () =>
    new Promise<never>((_, reject) => {
      answer = reject;
    });
  const screen = joinScreen(
    code,
    joinDeps({
      find: tableOrOpenClass,
      classJoin: waiting,
      open: waiting,
    }),
  );
  document.body.replaceChildren(screen.el);
  await settle();
  expect(screen.el.querySelector('#join-status')).toBeNull();
  screen.el.querySelector<HTMLInputElement>('#join-name')!.value = 'Ana';
  screen.el.querySelector<HTMLButtonElement>(press)!.click();
  await settle();
  const status = screen.el.querySelector('#join-status');
  expect(status?.textContent).toBe('Joining the table…');
  expect(status?.getAttribute('role')).toBe('status');
  answer(new Error('This seat is held by another device.'));
  await settle();
  await settle();
  expect(screen.el.querySelector('#join-status')).toBeNull();
  screen.destroy?.();
});
