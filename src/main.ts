/**
 * Accord's entry point: the UI font, the styles, the language, and the page the address asks for,
 * each loaded when asked (the single-device game: singleDevice.ts; the classroom's screens:
 * classroomApp.ts; the printable packs). Phaser is not imported here: the room loads it when it opens.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './game/styles.css';
import { webStorage } from './store/storage.ts';
import type { KeyValueStorage } from './store/storage.ts';
import { parseAddress, queryOf } from './game/classroom/route.ts';
import { deviceStorage, saveInstructorKey } from './store/remoteKeys.ts';
import { initLocale, t } from './game/uiLocale.ts';
import { nameSkipLink } from './game/skipLink.ts';
import { LOCALES, translator } from './i18n/index.ts';
import { loadCatalogs } from './i18n/load.ts';

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

const prefs = browserPrefs();
// The screens speak the language chosen before on this device, else the browser's.
const locale = initLocale(navigator.languages ?? [navigator.language], prefs);
const root = document.getElementById('app');
// The classroom addresses (join, projector, instructor) open the classroom screens instead. The
// instructor key is kept on this device and taken off the address bar (it must not reach a projector).
const address = parseAddress(location.href);
if (address.key) {
  saveInstructorKey(deviceStorage(), address.key);
  history.replaceState(null, '', `${location.pathname}${address.route ? queryOf(address.route) : ''}`);
}
// Each page loads only its own code: a trainee's phone joining a table never downloads the library,
// the computer players or the saved games (about 220 kB compressed), the single-device game no
// classroom screen.
const printing = new URL(location.href).searchParams;
// English comes with the page; another language's sentences are a file of their own, fetched beside the
// page's code: the screens' language first. A game, whose scenario may be in any, loads every language
// with the rules engine (store/gameRules.ts), the instructor view with its screen (app.ts), a trainee's
// seat with its table's (store/remoteTable.ts); the instructor's classroom screens (tables in any
// language) and the printable packs take them all at once.
const everyLanguage = printing.has('print') || (address.route !== null && address.route.name !== 'join');
const sentences = loadCatalogs(everyLanguage ? LOCALES : [locale]);
// Every page's skip link in the screens' language, once its sentences are in (the game names it again on a switch).
void sentences.then(nameSkipLink, () => undefined);
/**
 * A page whose code or sentences cannot be fetched (the Wi-Fi dropped as it opened) says so, instead of
 * staying blank: in its screens' language, or in English, which comes with the page, if that language's
 * file is what failed.
 */
const failed = () => {
  let sentence: string;
  try {
    sentence = t('ui.pageFailed');
  } catch {
    sentence = translator('en')('ui.pageFailed');
  }
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = sentence;
  root?.replaceChildren(notice);
};
if (root && printing.has('print')) {
  // Printable packs (?print=<scenario>&pack=…) open on their own page, to print or save as PDF.
  void Promise.all([
    import('./game/print/printPacks.ts'),
    import('./store/library.ts'),
    import('./game/bundledScenarios.ts'),
    sentences,
  ]).then(([m, { loadLibrary }, { bundledScenarioFiles }]) => {
    m.mountPrintPack(
      root,
      loadLibrary(bundledScenarioFiles, locale),
      printing.get('print') ?? '',
      printing.get('pack') ?? '',
    );
    root.dataset.ready = 'true';
  }, failed);
} else if (root && address.route) {
  // A trainee's phone needs neither the library nor the saved games: its join form comes first.
  const route = address.route;
  void Promise.all([import('./game/classroom/classroomApp.ts'), sentences]).then(([m]) => {
    m.mountClassroom(root, route, { storage: deviceStorage(), base: location.origin });
    root.dataset.ready = 'true';
  }, failed);
} else if (root) {
  void Promise.all([import('./game/singleDevice.ts'), sentences]).then(
    ([m]) => m.startSingleDevice(root, prefs, locale),
    failed,
  );
}
