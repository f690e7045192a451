/**
 * The scenarios a table can be created from: every `*.json` scenario in a folder (by default the
 * repository's `scenarios/`), parsed and validated by the scenario layer, found by id. Files are read
 * again on each listing, so a scenario added while the server runs is offered at once, and a file
 * deleted is noticed when a table that needs it is restored. A parsed file is kept until its size or
 * modification time changes. A file written in several languages is parsed once per language a table
 * asks for (a table plays its scenario, and narrates its log, in one language).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';

export const DEFAULT_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

export interface LibraryEntry {
  file: string;
  scenario: Scenario;
  /** The languages the file is written in (its own first): any of them can be asked of `find`. */
  languages: string[];
}

export class ScenarioLibrary {
  /** Keyed by file and language ('' for the file's own). */
  private readonly parsed = new Map<string, { stamp: string; entry: LibraryEntry | null }>();

  constructor(readonly dir: string = DEFAULT_SCENARIOS_DIR) {}

  /** Every scenario that loads; files that do not load are skipped (the CLI's `validate` explains them). */
  list(): LibraryEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    } catch {
      return [];
    }
    const out: LibraryEntry[] = [];
    for (const name of names.sort()) {
      const file = join(this.dir, name);
      const entry = this.load(file);
      if (entry) out.push(entry);
    }
    return out;
  }

  private load(file: string, language = ''): LibraryEntry | null {
    try {
      const info = statSync(file);
      const stamp = `${info.size}:${info.mtimeMs}`;
      const key = `${language}\u0000${file}`;
      const hit = this.parsed.get(key);
      if (hit && hit.stamp === stamp) return hit.entry;
      const r = parseScenario(readFileSync(file), file, language === '' ? {} : { language });
      const entry = r.ok ? { file, scenario: r.scenario, languages: r.languages } : null;
      this.parsed.set(key, { stamp, entry });
      return entry;
    } catch {
      return null;
    }
  }

  /**
   * The scenario with this id, in `language` ('' or absent: the file's own). A language the file is
   * not written in finds nothing: the caller checks it against `languages` first to say why.
   */
  find(id: string, language = ''): LibraryEntry | null {
    const entry = this.list().find((e) => e.scenario.id === id) ?? null;
    return entry && this.inLanguage(entry, language);
  }

  /** A found entry in `language` ('': as it is), without reading the folder again; null if the file lacks it. */
  inLanguage(entry: LibraryEntry, language: string): LibraryEntry | null {
    if (language === '' || language === entry.scenario.language) return entry;
    if (!entry.languages.includes(language)) return null;
    return this.load(entry.file, language);
  }
}
