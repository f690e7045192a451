// @vitest-environment jsdom
/**
 * A press that goes over the network takes no second press until it is answered (dom.ts busyWhile).
 * On a slow link nothing seems to happen for seconds and people press again; a double tap is a habit.
 * Before, a second press took a second seat at the table (a ghost seat nobody plays), created a second
 * class, or extended the deadline by two rounds. The button says it is busy meanwhile, and takes
 * presses again once answered.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ClassSummary } from '../../src/protocol/index.ts';
import { twoSeatLookup } from '../support/joinLookup.ts';
import { consoleTableFixture } from '../support/consoleFixture.ts';
import type { RemoteClassStore } from '../../src/store/remoteClass.ts';
import type { RemoteTableStore } from '../../src/store/remoteTable.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { classWatch } from '../../src/game/classroom/classWatch.ts';
import { consoleScreen } from '../../src/game/classroom/consoleScreen.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { loadScenario } from '../bots/support.ts';
import '../support/noMatchMedia.ts';

initLocale(['en-GB'], null);

/** A call that stays on its way until the test answers it. */
function pending<T>() {
  const calls: { args: unknown[]; answer: (v: T) => void }[] = [];
  const fn = (...args: unknown[]) => new Promise<T>((answer) => calls.push({ args, answer }));
  return { fn, calls };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
/** A press as a person makes it: the screen is on the page, so a submit button submits its form. */
const press = (el: HTMLElement, selector: string) => {
  if (!el.isConnected) document.body.replaceChildren(el);
  el.querySelector<HTMLButtonElement>(selector)!.click();
};
const submit = (el: HTMLElement, selector: string) =>
  el.querySelector<HTMLFormElement>(selector)!.dispatchEvent(new Event('submit', { cancelable: true }));

const lookup = twoSeatLookup;

describe('a press on its way takes no second press', () => {
  it('on the join form: one seat for two presses of "Take the seat", one class join for two of "Join the class"', async () => {
    const open = pending<RemoteTableStore>();
    const classJoin = pending<never>();
    const deps = {
      storage: memorySmallStorage(),
      find: (code: string) =>
        Promise.resolve(
          code === 'BCDFGH'
            ? { table: lookup }
            : { class: { code, title: 'A class', open: true, scenario: { id: 's', title: 'S' } } },
        ) as never,
      classJoin: classJoin.fn as never,
      observe: () => Promise.reject(new Error('not here')),
      open: open.fn as never,
      remember: () => {},
      warmUp: () => {},
    };
    const screen = joinScreen('BCDFGH', deps);
    await settle();
    screen.el.querySelector<HTMLInputElement>('#join-name')!.value = 'Ana';
    press(screen.el, '#join-take');
    expect(screen.el.querySelector('#join-take')!.getAttribute('aria-busy')).toBe('true');
    press(screen.el, '#join-take');
    submit(screen.el, 'form'); // Enter in the name field
    // (The seat's screen code loads first: a dynamic import.)
    await vi.waitFor(() => expect(open.calls.length).toBeGreaterThan(0));
    await settle();
    expect(open.calls.length).toBe(1);
    screen.destroy?.();

    const byClass = joinScreen('KLMNPQ', deps);
    await settle();
    byClass.el.querySelector<HTMLInputElement>('#join-name')!.value = 'Ana';
    press(byClass.el, '#join-class');
    press(byClass.el, '#join-class');
    await settle();
    expect(classJoin.calls.length).toBe(1);
    byClass.destroy?.();
  });

  it('on the console: one class created for two presses of "Create"', async () => {
    const create = pending<ClassSummary>();
    const scenario = loadScenario(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'));
    const screen = consoleScreen({
      scenarios: [scenario],
      classes: () => Promise.resolve({ classes: [] }),
      create: create.fn as never,
      open: () => {},
    });
    press(screen.el, '#class-create');
    press(screen.el, '#class-create');
    await settle();
    expect(create.calls.length).toBe(1);
    create.calls[0]!.answer({ code: 'KLMNPQ' } as ClassSummary);
    await settle();
    expect(screen.el.querySelector('#class-create')!.getAttribute('aria-busy')).toBeNull();
    screen.destroy?.();
  });

  it('on a table’s card and the class-wide steps: one extension for two presses, and a new press once answered', async () => {
    const command = pending<void>();
    const classCommand = pending<{ tables: []; refused: []; handed: [] }>();
    const table = consoleTableFixture(0);
    const cls = { id: 'c1', code: 'KLMNPQ', title: 'A class', open: true, events: [], reflectionQuestions: [] };
    const state = { status: 'open', console: { class: cls, tables: [table] }, problem: null, close: () => {} };
    const store = { getState: () => state, subscribe: () => () => {} } as unknown as RemoteClassStore;
    const screen = classWatch(store, {
      command: command.fn as never,
      classCommand: classCommand.fn as never,
      download: () => Promise.resolve(),
      boardAddress: (c) => `?board=${c}`,
      joinAddress: 'http://accord.test/?join',
      now: () => 0,
    });
    press(screen.el, '#extend-1');
    expect(screen.el.querySelector('#extend-1')!.getAttribute('aria-busy')).toBe('true');
    press(screen.el, '#extend-1');
    press(screen.el, '#extend-all');
    press(screen.el, '#extend-all');
    await settle();
    // Each carries the deadline the console shows, so a second instructor's press on that sight is refused.
    expect(command.calls.map((c) => c.args[1])).toEqual([{ command: 'extend', from: table.status.rounds }]);
    expect(classCommand.calls.map((c) => c.args[1])).toEqual([
      { command: 'extend', from: { [table.status.id]: table.status.rounds } },
    ]);
    // Answered: a deliberate second extension goes.
    command.calls[0]!.answer();
    await settle();
    expect(screen.el.querySelector('#extend-1')!.getAttribute('aria-busy')).toBeNull();
    press(screen.el, '#extend-1');
    expect(command.calls.length).toBe(2);
    screen.destroy?.();
  });
});
