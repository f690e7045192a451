/**
 * Parses an opened scenario file off the main thread: a hostile file then costs the worker its
 * time, never the page its responsiveness. Message in: the file's bytes and name; message out: the
 * library entry (the scenario, or the loader's problems). Anything thrown becomes a problem.
 */
import { loadScenarioText, type LibraryEntry } from '../store/library.ts';
import { fileProblem } from '../scenario/types.ts';
import { matchLocale, translator } from '../i18n/index.ts';

export interface ScenarioParseRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
  /** The language to read texts given in several languages in (the screens'). */
  language?: string;
}
export interface ScenarioParseResponse {
  id: number;
  entry: LibraryEntry;
}
/** Sent once the worker's code has loaded: an error before it means the code never arrived (offline). */
export interface ScenarioParserReady {
  ready: true;
}

self.addEventListener('message', (e: MessageEvent<ScenarioParseRequest>) => {
  const { id, bytes, file, language } = e.data;
  let entry: LibraryEntry;
  try {
    entry = loadScenarioText(bytes, file, language);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    entry = {
      ok: false,
      file,
      // The loader never throws; should it, the file is still refused with a sentence, in the screens' language.
      problems: [fileProblem(file, translator(matchLocale([language ?? '']))('loader.path.unreadable', { reason }))],
    };
  }
  (self as unknown as Worker).postMessage({ id, entry } satisfies ScenarioParseResponse);
});
(self as unknown as Worker).postMessage({ ready: true } satisfies ScenarioParserReady);
