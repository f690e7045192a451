/**
 * Accord's entry point, the composition root: the UI font, the styles, the store and its persistence
 * (saved games in IndexedDB, settings in localStorage), the bundled scenario library, and the app shell.
 * Phaser is not imported here: the room loads it when it opens.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './game/styles.css';
import { createAppStore } from './store/appStore.ts';
import { STRATEGIES } from './bots/types.ts';
import { loadLibrary } from './store/library.ts';
import { persistGames } from './store/persistence.ts';
import { indexedDbStorage, memorySaveStorage, workingOrMemory } from './store/saveStorage.ts';
import type { SaveStorage } from './store/saveStorage.ts';
import { memoryStorage, webStorage } from './store/storage.ts';
import type { KeyValueStorage } from './store/storage.ts';
import { bundledScenarioFiles } from './game/bundledScenarios.ts';
import { mountApp } from './game/app.ts';
import { parseAddress, queryOf } from './game/classroom/route.ts';
import { deviceStorage, saveInstructorKey } from './store/remoteKeys.ts';
import { initLocale, t } from './game/uiLocale.ts';

/** localStorage (settings; saves of older versions, moved out on the first visit), if the browser allows it. */
function browserPrefs(): KeyValueStorage | null {
  try {
    const probe = '__accord_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return webStorage(localStorage);
  } catch {
    return null;
  }
}

/** IndexedDB for saved games; without it (blocked storage) the game still runs, it just cannot be resumed. */
async function browserSaves(): Promise<SaveStorage> {
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

const prefs = browserPrefs();
// The screens speak the language chosen before on this device, else the browser's.
const locale = initLocale(navigator.languages ?? [navigator.language], prefs);
// The computer players are the bots layer's, through its one driver (the store's default).
const computerStrategies = STRATEGIES;
const store = createAppStore();
/** The bundled library in the screens' language, read by the pages that show it (a trainee's phone does not). */
const library = () => loadLibrary(bundledScenarioFiles, locale);
const root = document.getElementById('app');
// The classroom addresses (join, projector, instructor) open the classroom screens instead. The
// instructor key is kept on this device and taken off the address bar (it must not reach a projector).
const address = parseAddress(location.href);
if (address.key) {
  saveInstructorKey(deviceStorage(), address.key);
  history.replaceState(null, '', `${location.pathname}${address.route ? queryOf(address.route) : ''}`);
}
// Printable packs (?print=<scenario>&pack=…) open on their own page, to print or save as PDF.
const printing = new URL(location.href).searchParams;
if (root && printing.has('print')) {
  void import('./game/print/printPacks.ts').then((m) => {
    m.mountPrintPack(root, library(), printing.get('print') ?? '', printing.get('pack') ?? '');
    root.dataset.ready = 'true';
  });
} else if (root && address.route) {
  // A trainee's phone needs neither the library nor the saved games: its join form comes first.
  const route = address.route;
  void import('./game/classroom/classroomApp.ts').then((m) => {
    m.mountClassroom(root, route, { storage: deviceStorage(), base: location.origin });
    root.dataset.ready = 'true';
  });
} else if (root) {
  // The settings and the last game come back before the first screen, so a reload lands where it was
  // (waiting at most a few seconds: a storage that never answers must not keep the page blank).
  const saves = persistGames(store, { storage: await browserSaves(), prefs: prefs ?? memoryStorage(), legacy: prefs });
  await Promise.race([
    saves
      .hydrate()
      .catch((e: unknown) =>
        store.getState().showNotice(t('ui.savesUnreadable', { reason: e instanceof Error ? e.message : String(e) })),
      ),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  mountApp(root, {
    store,
    saves,
    library: library(),
    libraryIn: (language) => loadLibrary(bundledScenarioFiles, language),
    strategies: computerStrategies,
  });
  root.dataset.ready = 'true';
  // The benchmark reads this mark: navigation → an interactive library.
  performance.mark('accord-interactive');
}
