/**
 * The single-device game's start (hot seat, computer players, saved games): the store and its
 * persistence, the bundled library, the computer players, the app shell. Loaded by main.ts with a
 * dynamic import, so a trainee's phone opening a join address never downloads the library, the
 * bots or the saved-games code (about 220 kB compressed, times thirty phones on one Wi-Fi).
 */
import { createAppStore } from '../store/appStore.ts';
import { STRATEGIES } from '../bots/types.ts';
import { loadLibrary } from '../store/library.ts';
import { persistGames } from '../store/persistence.ts';
import { indexedDbStorage, memorySaveStorage, workingOrMemory } from '../store/saveStorage.ts';
import type { SaveStorage } from '../store/saveStorage.ts';
import { memoryStorage } from '../store/storage.ts';
import type { KeyValueStorage } from '../store/storage.ts';
import type { Locale } from '../i18n/index.ts';
import { bundledScenarioFiles } from './bundledScenarios.ts';
import { mountApp } from './app.ts';
import { browserTabChannel, watchOtherTabs } from './otherTabs.ts';
import { t } from './uiLocale.ts';

type AppStore = ReturnType<typeof createAppStore>;

/** IndexedDB for saved games; without it (blocked storage) the game still runs, it just cannot be resumed. */
async function browserSaves(store: AppStore): Promise<SaveStorage> {
  let candidate: SaveStorage | null = null;
  try {
    if (typeof indexedDB !== 'undefined') candidate = indexedDbStorage(indexedDB);
  } catch {
    /* no IndexedDB at all */
  }
  const { storage, persistent } = await workingOrMemory(candidate ?? memorySaveStorage());
  if (!persistent || !candidate) store.getState().showNotice(t('ui.savesBlocked'));
  return storage;
}

/** The game on this device, in `root`; `prefs` is localStorage (null: blocked). */
export async function startSingleDevice(
  root: HTMLElement,
  prefs: KeyValueStorage | null,
  locale: Locale,
): Promise<void> {
  const store = createAppStore();
  // The settings and the last game come back before the first screen, so a reload lands where it was
  // (waiting at most a few seconds: a storage that never answers must not keep the page blank).
  const saves = persistGames(store, {
    storage: await browserSaves(store),
    prefs: prefs ?? memoryStorage(),
    legacy: prefs,
  });
  await Promise.race([
    saves
      .hydrate()
      .catch((e: unknown) =>
        store.getState().showNotice(t('ui.savesUnreadable', { reason: e instanceof Error ? e.message : String(e) })),
      ),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  // A second tab of the same game (the bookmark opened again) is told so, and so is the first.
  watchOtherTabs(store, browserTabChannel());
  mountApp(root, {
    store,
    saves,
    library: loadLibrary(bundledScenarioFiles, locale),
    libraryIn: (language) => loadLibrary(bundledScenarioFiles, language),
    // The computer players are the bots layer's, through its one driver (the store's default).
    strategies: STRATEGIES,
  });
  root.dataset.ready = 'true';
  // The benchmark reads this mark: navigation → an interactive library.
  performance.mark('accord-interactive');
}
