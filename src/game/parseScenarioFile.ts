/**
 * The page's way to load a scenario file the user opened: in a Web Worker (scenarioParseWorker.ts)
 * so that the page never freezes, whatever the file. Where workers are missing (tests in jsdom), or
 * the worker's code cannot load (the network dropped after the page loaded), it parses in the page. A
 * worker that dies (out of memory, a stack overflow) yields a sentence, never an uncaught error.
 */
import { loadScenarioText, type LibraryEntry } from '../store/library.ts';
import type { ScenarioParseRequest, ScenarioParseResponse, ScenarioParserReady } from './scenarioParseWorker.ts';
import { t, uiLocale } from './uiLocale.ts';

let nextId = 1;

function failed(file: string, why: string): LibraryEntry {
  return {
    ok: false,
    file,
    problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message: why }],
  };
}

/** Reads the file's texts in the language of the screens where the file offers it (a new game takes it). */
export function parseScenarioFile(bytes: Uint8Array, file: string): Promise<LibraryEntry> {
  const language = uiLocale();
  if (typeof Worker === 'undefined') return Promise.resolve(loadScenarioText(bytes, file, language));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scenarioParseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(loadScenarioText(bytes, file, language));
      return;
    }
    const id = nextId++;
    let loaded = false;
    const done = (entry: LibraryEntry) => {
      worker.terminate();
      resolve(entry);
    };
    worker.addEventListener('message', (e: MessageEvent<ScenarioParseResponse | ScenarioParserReady>) => {
      if ('ready' in e.data) loaded = true;
      else if (e.data.id === id) done(e.data.entry);
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      if (!loaded) return done(loadScenarioText(bytes, file, language));
      done(failed(file, t('ui.problems.workerFailed', { reason: e.message || t('ui.problems.readerStopped') })));
    });
    // Copied to the worker, not moved: the page still has the bytes if the worker's code never loads.
    worker.postMessage({ id, bytes, file, language } satisfies ScenarioParseRequest);
  });
}
