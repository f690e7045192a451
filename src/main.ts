/**
 * Accord's entry point, the composition root: the UI font, the styles, the store on the browser's
 * localStorage, the bundled scenario library, the computer players, and the app shell.
 * Phaser is not imported here: the room loads it when it opens.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './game/styles.css';
import { createAppStore, resumeOnLoad } from './store/appStore.ts';
import type { BotPlayer } from './store/appStore.ts';
import { decide } from './bots/decide.ts';
import { STRATEGIES, isStrategyName } from './bots/types.ts';
import { loadLibrary } from './store/library.ts';
import { readSettings } from './store/saves.ts';
import { memoryStorage, webStorage } from './store/storage.ts';
import type { KeyValueStorage } from './store/storage.ts';
import { bundledScenarioFiles } from './game/bundledScenarios.ts';
import { mountApp } from './game/app.ts';
import { parseAddress, queryOf } from './game/classroom/route.ts';
import { deviceStorage, saveInstructorKey } from './store/remoteKeys.ts';

function browserStorage(): KeyValueStorage {
  try {
    const probe = '__accord_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return webStorage(localStorage);
  } catch {
    // Private browsing or blocked storage: the game still runs, it just cannot be resumed.
    return memoryStorage();
  }
}

const storage = browserStorage();
// The computer players: the bots layer's `decide`, which sees only its party's view.
const computerStrategies: string[] = [...STRATEGIES];
const computerPlayer: BotPlayer = ({ view, legal, controller, seed, persona }) =>
  decide(view, legal, {
    strategy: isStrategyName(controller.strategy) ? controller.strategy : 'adaptive',
    difficulty: controller.difficulty,
    seed,
    persona,
  });
const store = createAppStore({ storage, bot: computerPlayer });
const library = loadLibrary(bundledScenarioFiles);
resumeOnLoad(store, storage, readSettings);
const root = document.getElementById('app');
// The classroom addresses (join, projector, instructor) open the classroom screens instead. The
// instructor key is kept on this device and taken off the address bar (it must not reach a projector).
const address = parseAddress(location.href);
if (address.key) {
  saveInstructorKey(deviceStorage(), address.key);
  history.replaceState(null, '', `${location.pathname}${address.route ? queryOf(address.route) : ''}`);
}
if (root && address.route) {
  const route = address.route;
  void import('./game/classroom/classroomApp.ts').then((m) => {
    m.mountClassroom(root, route, { library, storage: deviceStorage(), base: location.origin });
    root.dataset.ready = 'true';
  });
} else if (root) {
  mountApp(root, { store, library, strategies: computerStrategies });
  root.dataset.ready = 'true';
  // The benchmark reads this mark: navigation → an interactive library.
  performance.mark('accord-interactive');
}
