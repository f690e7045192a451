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
import { MAX_FILE_BYTES, tooBigMessage } from '../scenario/limits.ts';
import { loaderTranslator } from '../scenario/loaderText.ts';
import type { Problem, Scenario } from '../scenario/index.ts';
import type { RefusedScenarioFile } from '../protocol/index.ts';

export const DEFAULT_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

export interface LibraryEntry {
  file: string;
  scenario: Scenario;
  /** The languages the file is written in (its own first): any of them can be asked of `find`. */
  languages: string[];
}

interface Parsed {
  stamp: string;
  entry: LibraryEntry | null;
  /** Why the file does not load (empty when it does). */
  problems: Problem[];
}

export class ScenarioLibrary {
  /** Keyed by file and language ('' for the file's own). */
  private readonly parsed = new Map<string, Parsed>();
  /** The text of the file each scenario was parsed from (textOf). */
  private readonly texts = new WeakMap<Scenario, string>();

  constructor(readonly dir: string = DEFAULT_SCENARIOS_DIR) {}

  /** The scenario files in the folder, by name (none when the folder cannot be read). */
  private names(): string[] {
    try {
      return readdirSync(this.dir)
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .sort();
    } catch {
      return [];
    }
  }

  /** Every scenario that loads; files that do not load are skipped (`refused` says why). */
  list(): LibraryEntry[] {
    return this.names().flatMap((name) => this.load(join(this.dir, name)) ?? []);
  }

  /**
   * The files in the folder that do not load, each with its first problem in `language` (a language
   * Accord speaks, else English): an instructor who put a file there is told why it is not offered.
   */
  refused(language = ''): RefusedScenarioFile[] {
    return this.names().flatMap((name) => {
      const file = join(this.dir, name);
      if (this.load(file)) return [];
      const errors = this.parse(file, language).problems.filter((p) => p.severity === 'error');
      const first = errors[0];
      return [
        {
          file: name,
          line: first?.line ?? 0,
          column: first?.column ?? 0,
          message: first?.message ?? '',
          problems: Math.max(1, errors.length),
        },
      ];
    });
  }

  private load(file: string, language = ''): LibraryEntry | null {
    return this.parse(file, language).entry;
  }

  private parse(file: string, language: string): Parsed {
    let stamp = '';
    const t = loaderTranslator(language === '' ? undefined : language);
    const refuse = (message: string): Parsed => ({
      stamp,
      entry: null,
      problems: [{ severity: 'error', file, line: 0, column: 0, pointer: '', message }],
    });
    try {
      const info = statSync(file);
      stamp = `${info.size}:${info.mtimeMs}`;
      // Not read at all: a folder or a device named *.json, or a file far larger than any scenario
      // (the server would hold all of it in memory to refuse it).
      const kind = t('loader.path.scenarioFile');
      if (info.isDirectory()) return refuse(t('loader.path.folder', { kind }));
      if (!info.isFile()) return refuse(t('loader.path.notRegular', { kind }));
      if (info.size > MAX_FILE_BYTES) return refuse(tooBigMessage(info.size, t));
      const key = `${language}\u0000${file}`;
      const hit = this.parsed.get(key);
      if (hit && hit.stamp === stamp) return hit;
      const bytes = readFileSync(file);
      const r = parseScenario(bytes, file, language === '' ? {} : { language });
      if (r.ok) this.texts.set(r.scenario, bytes.toString('utf8'));
      const parsed = r.ok
        ? { stamp, entry: { file, scenario: r.scenario, languages: r.languages }, problems: [] }
        : { stamp, entry: null, problems: r.problems };
      this.parsed.set(key, parsed);
      return parsed;
    } catch (e) {
      // Gone or unreadable between the listing and the read.
      return refuse(t('loader.path.unreadable', { reason: e instanceof Error ? e.message : String(e) }));
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

  /**
   * The text of the file a scenario of this library was parsed from ('' for another scenario): a table keeps
   * it, so a restart replays it on the figures it was played on even if the file's have changed (tableStore.ts).
   */
  textOf(scenario: Scenario): string {
    return this.texts.get(scenario) ?? '';
  }

  /** A found entry in `language` ('': as it is), without reading the folder again; null if the file lacks it. */
  inLanguage(entry: LibraryEntry, language: string): LibraryEntry | null {
    if (language === '' || language === entry.scenario.language) return entry;
    if (!entry.languages.includes(language)) return null;
    return this.load(entry.file, language);
  }
}
