/**
 * The scenarios a table can be created from: every `*.json` scenario in a folder (by default the
 * repository's `scenarios/`), parsed and validated by the scenario layer, found by id. Files are read
 * again on each listing, so a scenario added while the server runs is offered at once, and a file
 * deleted is noticed when a table that needs it is restored. A parsed file is kept until its size or
 * modification time changes.
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
}

export class ScenarioLibrary {
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

  private load(file: string): LibraryEntry | null {
    try {
      const info = statSync(file);
      const stamp = `${info.size}:${info.mtimeMs}`;
      const hit = this.parsed.get(file);
      if (hit && hit.stamp === stamp) return hit.entry;
      const r = parseScenario(readFileSync(file), file);
      const entry = r.ok ? { file, scenario: r.scenario } : null;
      this.parsed.set(file, { stamp, entry });
      return entry;
    } catch {
      return null;
    }
  }

  find(id: string): LibraryEntry | null {
    return this.list().find((e) => e.scenario.id === id) ?? null;
  }
}
