// @vitest-environment jsdom
/**
 * The console says how its connection to the class stands (store/remoteClass.ts): a lost connection
 * as a status line over the console it still shows, gone once it is back; a refusal that ends the
 * watch for good (a wrong key, a class gone) as an alert.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ConsoleState } from '../../src/protocol/index.ts';
import { classFixture, watchDeps } from '../support/consoleFixture.ts';
import type { RemoteClassState, RemoteClassStore } from '../../src/store/remoteClass.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { classWatch } from '../../src/game/classroom/classWatch.ts';
import '../support/noMatchMedia.ts';

const consoleState = { class: classFixture(), tables: [] } as unknown as ConsoleState;

function mounted() {
  initLocale(['en-GB'], null);
  const store = createStore<RemoteClassState & { close(): void }>()(() => ({
    status: 'open',
    problem: null,
    console: consoleState,
    board: null,
    received: 0,
    close: () => {},
  }));
  const screen = classWatch(store as unknown as RemoteClassStore, watchDeps());
  const link = screen.el.querySelector<HTMLElement>('#console-link')!;
  return { store, el: screen.el, link, destroy: () => screen.destroy?.() };
}

describe('the console’s connection line', () => {
  it('says a lost connection over the console, and clears it when the console is back', () => {
    const { store, el, link, destroy } = mounted();
    expect(link.hidden).toBe(true);
    store.setState({ status: 'reconnecting', problem: 'The connection to the class was lost: getting it back…' });
    expect(link.hidden).toBe(false);
    expect(link.getAttribute('role')).toBe('status');
    expect(link.textContent).toContain('getting it back');
    expect(el.textContent).toContain('A class');
    store.setState({ status: 'open', problem: null });
    expect(link.hidden).toBe(true);
    destroy();
  });

  it('makes a refusal that ends the watch an alert', () => {
    const { store, el, link, destroy } = mounted();
    store.setState({ status: 'closed', problem: 'That is not the instructor key.' });
    expect(link.hidden).toBe(true);
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('That is not the instructor key.');
    destroy();
  });
});
