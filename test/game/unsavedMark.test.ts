// @vitest-environment jsdom
/**
 * The lasting "Not saved" mark under the header (app.ts): once the storage-full notice was dismissed nothing said
 * the game was no longer saved, and a reload went back to the last save without a word. The mark stays
 * while the store's `unsaved` does, offers the way to free space, and the page asks before it unloads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mountApp } from '../../src/game/app.ts';
import { setLocale } from '../../src/game/uiLocale.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import { make } from '../store/storeFixture.ts';

/** Whether the page would ask before it unloads (a reload, a closed tab). */
const asksBeforeUnload = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

afterEach(() => setLocale('en'));

describe('a game the storage does not hold', () => {
  it('is marked under the header until a save succeeds, with the way to free space, and the page asks before unloading', () => {
    const store = make();
    const root = document.createElement('div');
    document.body.append(root);
    const unmount = mountApp(root, {
      store,
      saves: persistGames(store, { storage: memorySaveStorage() }),
      library: [],
      strategies: ['adaptive'],
    });
    const mark = () => root.querySelector('.save-state[role="status"]');
    expect(mark()?.textContent).toBe('');
    expect(asksBeforeUnload()).toBe(false);

    store.getState().setSaveFailure('storageFull');
    // Dismissing the notice leaves the mark.
    store.getState().showNotice('This game could not be saved.');
    store.getState().dismissNotice();
    expect(mark()?.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('.unsaved-mark')?.firstChild?.textContent).toBe('Not saved: storage is full');
    expect(mark()?.querySelector('button')?.textContent).toBe('Free space…');
    expect(asksBeforeUnload()).toBe(true);

    // In French too (the shell is rebuilt in the new language, the mark with it).
    setLocale('fr');
    expect(root.querySelector('.unsaved-mark')?.firstChild?.textContent).toBe('Non enregistrée\u202f: stockage plein');
    setLocale('en');

    store.getState().setSaveFailure('other');
    expect(mark()?.textContent).toBe('Not saved: a reload would lose the last moves');
    expect(asksBeforeUnload()).toBe(true);

    // Saved again: the mark goes, and screen readers hear so.
    store.getState().setSaveFailure(null);
    expect(root.querySelector('.unsaved-mark')).toBeNull();
    expect(mark()?.textContent).toBe('The game is saved again.');
    expect(asksBeforeUnload()).toBe(false);

    unmount();
    store.getState().setSaveFailure('storageFull');
    expect(asksBeforeUnload(), 'an unmounted shell no longer asks').toBe(false);
    root.remove();
  });
});
