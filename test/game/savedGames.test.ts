// @vitest-environment jsdom
/** The library's saved games and the storage-full dialog (the user chooses what to delete). */
import { describe, expect, it } from 'vitest';
import { libraryScreen } from '../../src/game/screens/library.ts';
import { storageFullDialog } from '../../src/game/screens/storageFullDialog.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import type { SaveStorage } from '../../src/store/saveStorage.ts';
import { SAVE_KEY } from '../../src/store/saves.ts';
import { first, make, oneHuman, startThroughBriefing } from '../store/storeFixture.ts';

async function withSaves(storage: SaveStorage, games: number) {
  const store = make();
  const saves = persistGames(store, { storage });
  await saves.hydrate();
  const ids: string[] = [];
  for (let g = 0; g < games; g++) {
    startThroughBriefing(store, oneHuman, g);
    store.getState().dispatch({ type: 'pass', party: first });
    ids.push(store.getState().game?.id as string);
    store.getState().toLibrary();
  }
  await saves.flush();
  return { store, saves, ids };
}

const buttonNamed = (root: ParentNode, name: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));

describe('saved games in the library', () => {
  it('lists each save with its size, and a tampered one as unreadable, never “Invalid Date”', async () => {
    const storage = memorySaveStorage();
    const { ids } = await withSaves(storage, 2);
    const tampered = (await storage.get(SAVE_KEY(ids[1] as string))) as Record<string, unknown>;
    await storage.set(SAVE_KEY(ids[1] as string), { ...tampered, savedAt: 'not a date' });
    const { store, saves } = await withSaves(storage, 0);
    const screen = libraryScreen({ store, saves, library: [], strategies: ['adaptive'] });
    document.body.append(screen.el);
    const text = screen.el.textContent ?? '';
    expect(text).not.toContain('Invalid Date');
    expect(text).toMatch(/\(\d+ kB\)/);
    expect(text).toMatch(/its date is damaged/);
    // A shared machine's user learns that old finished games go, and that games in progress stay.
    expect(text).toContain(
      'This device keeps the 50 most recent finished games: older ones are deleted as new games are saved. Games in progress stay until you delete them.',
    );
    // Deleting asks first; keeping it keeps it.
    buttonNamed(screen.el, /^Delete the saved game /)?.click();
    const ask = document.querySelector('dialog') as HTMLDialogElement;
    expect(ask.textContent).toMatch(/gone for good/);
    buttonNamed(ask, /^Keep it$/)?.click();
    await saves.flush();
    expect(await storage.get(SAVE_KEY(ids[0] as string))).toBeDefined();
    buttonNamed(screen.el, /^Delete the unreadable saved game /)?.click();
    buttonNamed(document.querySelector('dialog') as HTMLDialogElement, /^Delete it$/)?.click();
    await saves.flush();
    expect(await storage.get(SAVE_KEY(ids[1] as string))).toBeUndefined();
    screen.update?.(store.getState()); // as the app shell does on every change
    expect(screen.el.textContent).not.toMatch(/its date is damaged/);
    buttonNamed(screen.el, /^Continue /)?.click();
    await saves.flush();
    expect(store.getState().game?.id).toBe(ids[0]);
    screen.destroy?.();
    screen.el.remove();
  });
});

describe('the storage-full dialog', () => {
  it('lists the other saves with sizes and deletes only the ones the user ticks', async () => {
    const inner = memorySaveStorage();
    let full = false;
    const storage: SaveStorage = {
      ...inner,
      async set(k, v) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await inner.set(k, v);
      },
    };
    const { store, saves, ids } = await withSaves(storage, 2);
    startThroughBriefing(store, oneHuman, 5);
    await saves.flush();
    full = true;
    store.getState().dispatch({ type: 'pass', party: first });
    await saves.flush();
    expect(store.getState().storageFull).toBe(true);
    const dialog = await storageFullDialog(store, saves);
    const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.value).sort()).toEqual([...ids].sort()); // not the running game
    expect(dialog.textContent).toMatch(/kB\)/);
    // Nothing ticked: nothing deleted.
    buttonNamed(dialog, /^Delete the chosen games$/)?.click();
    await saves.flush();
    expect(await inner.get(SAVE_KEY(ids[0] as string))).toBeDefined();
    full = false;
    (boxes.find((b) => b.value === ids[0]) as HTMLInputElement).checked = true;
    buttonNamed(dialog, /^Delete the chosen games$/)?.click();
    await saves.flush();
    await saves.flush();
    expect(await inner.get(SAVE_KEY(ids[0] as string))).toBeUndefined();
    expect(await inner.get(SAVE_KEY(ids[1] as string))).toBeDefined();
    expect(store.getState().storageFull).toBe(false);
    expect(
      ((await inner.get(SAVE_KEY(store.getState().game?.id as string))) as { actions: unknown[] }).actions,
    ).toHaveLength(1);
  });
});
