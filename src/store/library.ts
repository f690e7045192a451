/**
 * The scenario library: the bundled scenario files parsed once, and user files parsed on demand.
 * A file that does not load yields the loader's problems (file line:column and a sentence).
 */
import type { Problem } from '../scenario/types.ts';
import { parseScenario } from '../scenario/index.ts';
import type { ScenarioChoice } from './types.ts';
import { fileProblem } from '../scenario/types.ts';
import { say } from './storeLocale.ts';

/**
 * A loaded entry says which languages its file offers (its texts are in the one asked for, if offered), and the
 * loader's warnings (an unknown field, ignored: perhaps a typo of one that changes the rules).
 */
export type LibraryEntry =
  | ({ ok: true; languages?: string[]; warnings: Problem[] } & ScenarioChoice)
  | { ok: false; file: string; problems: Problem[] };

/** The flagship scenarios, shown first (the first is the one-click default). */
export const FEATURED = ['gdpr-research-exemption', 'safe-harbor-revocation'];

/**
 * Parses bundled files (path → text), skipping the JSON Schema, their texts in `language` where a file
 * offers it; featured first, then by title, broken files last.
 */
export function loadLibrary(files: Record<string, string>, language?: string): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.split('/').pop() ?? path;
    if (file.endsWith('.schema.json')) continue;
    entries.push(loadScenarioText(text, file, language));
  }
  return entries.sort((a, b) => {
    if (a.ok !== b.ok) return a.ok ? -1 : 1;
    const fa = a.ok ? FEATURED.indexOf(a.scenario.id) : -1;
    const fb = b.ok ? FEATURED.indexOf(b.scenario.id) : -1;
    if (fa !== fb) return fa === -1 ? 1 : fb === -1 ? -1 : fa - fb;
    return (a.ok ? a.scenario.title : a.file).localeCompare(b.ok ? b.scenario.title : b.file);
  });
}

export function loadScenarioText(input: string | Uint8Array, file: string, language?: string): LibraryEntry {
  let result: ReturnType<typeof parseScenario>;
  try {
    result = parseScenario(input, file, language === undefined ? {} : { language });
  } catch (e) {
    // The loader promises never to throw; if it does, the user still gets a sentence.
    return {
      ok: false,
      file,
      problems: [
        fileProblem(file, say('store.fileUnreadable', { message: e instanceof Error ? e.message : String(e) })),
      ],
    };
  }
  if (!result.ok) return { ok: false, file, problems: result.problems };
  const source = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  return { ok: true, scenario: result.scenario, source, file, languages: result.languages, warnings: result.warnings };
}

/** "file 12:5 — sentence" as the library shows a problem. */
export function describeProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file} ${p.line}:${p.column}` : p.file;
  return `${where} — ${p.message}`;
}
