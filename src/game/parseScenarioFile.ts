/**
 * The page's way to load a scenario file the user opened: in a Web Worker (scenarioParseWorker.ts)
 * so that the page never freezes, whatever the file. Where workers are missing (tests in jsdom) it
 * parses in the page. A worker that dies (out of memory, a stack overflow) yields a sentence, never
 * an uncaught error.
 */
import { loadScenarioText, type LibraryEntry } from '../store/library.ts';
import type { ScenarioParseRequest, ScenarioParseResponse } from './scenarioParseWorker.ts';

let nextId = 1;

function failed(file: string, why: string): LibraryEntry {
  return {
    ok: false,
    file,
    problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message: why }],
  };
}

export function parseScenarioFile(bytes: Uint8Array, file: string): Promise<LibraryEntry> {
  if (typeof Worker === 'undefined') return Promise.resolve(loadScenarioText(bytes, file));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scenarioParseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(loadScenarioText(bytes, file));
      return;
    }
    const id = nextId++;
    const done = (entry: LibraryEntry) => {
      worker.terminate();
      resolve(entry);
    };
    worker.addEventListener('message', (e: MessageEvent<ScenarioParseResponse>) => {
      if (e.data.id === id) done(e.data.entry);
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      done(
        failed(
          file,
          `Accord could not read this file (${e.message || 'the reader stopped'}): is it really a scenario file? A real scenario is a few tens of kilobytes.`,
        ),
      );
    });
    worker.postMessage({ id, bytes, file } satisfies ScenarioParseRequest, [bytes.buffer]);
  });
}
