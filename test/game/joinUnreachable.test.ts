// @vitest-environment jsdom
/**
 * The join screen when the page's network code cannot load (the Wi-Fi dropped after the page loaded):
 * a class's observer, like a seat (test/browser/classroomDropped.test.ts), is told so and gets a "Try
 * again" that repeats the same step, not the class join the server would now refuse.
 */
import { expect, it } from 'vitest';
import type { ClassPlacement } from '../../src/protocol/index.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { h } from '../../src/game/dom.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

it('an observer whose screen cannot load is told so, and watches on "Try again"', async () => {
  let reachable = false;
  let joins = 0;
  const placement = { role: 'observer', code: 'BCDFGH', name: 'Ana', tableNumber: 1 } as unknown as ClassPlacement;
  const screen = joinScreen('KLMNPQ', {
    storage: memorySmallStorage(),
    find: () =>
      Promise.resolve({
        class: { code: 'KLMNPQ', title: 'A class', open: true, scenario: { id: 's', title: 'S' } },
      }) as never,
    classJoin: () => {
      joins++;
      return Promise.resolve(placement);
    },
    observe: () =>
      reachable
        ? Promise.resolve({ el: h('p', { id: 'watching' }, 'The table') })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    open: () => Promise.reject(new Error('not here')),
    remember: () => {},
    warmUp: () => {},
  });
  document.body.replaceChildren(screen.el);
  await settle();
  screen.el.querySelector<HTMLInputElement>('#join-name')!.value = 'Ana';
  screen.el.querySelector<HTMLButtonElement>('#join-class')!.click();
  await settle();
  expect(screen.el.querySelector('#join-problem')?.textContent).toBe(
    'The classroom server cannot be reached: check the Wi-Fi, then try again.',
  );
  reachable = true;
  screen.el.querySelector<HTMLButtonElement>('#join-retry')!.click();
  await settle();
  expect(screen.el.querySelector('#watching')).not.toBeNull();
  expect(joins).toBe(1);
  screen.destroy?.();
});
