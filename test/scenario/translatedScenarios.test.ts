/**
 * The scenarios offered in French are whole in French: no text left in English (the loader warns
 * about every text without a "fr" version), the legal terms as EU texts write them, and French
 * typography (a no-break space before « : ; ? ! » and inside guillemets, never a plain one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const TRANSLATED: Record<string, string[]> = {
  'gdpr-research-exemption': ['base juridique', 'pseudonymisation', 'autorité de contrôle', 'personnes concernées'],
  'safe-harbor-revocation': ['décision d’adéquation', 'clauses contractuelles types', 'autorité de contrôle'],
};

/** Every string of a normalised scenario, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

describe('scenarios translated into French', () => {
  for (const [id, terms] of Object.entries(TRANSLATED)) {
    const file = `scenarios/${id}.json`;
    const load = (language: string): { scenario: Scenario; warnings: string[] } => {
      const result = parseScenario(readFileSync(file), file, { language });
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      expect(result.languages).toContain('fr');
      return { scenario: result.scenario, warnings: result.warnings.map((w) => w.message) };
    };

    it(`${id}: every text has its French version, and English stays as it was`, () => {
      const fr = load('fr');
      expect(fr.warnings.filter((w) => w.includes('version while other texts'))).toEqual([]);
      expect(fr.scenario.language).toBe('fr');
      const en = load('en');
      expect(en.scenario.language).toBe('en');
      expect(fr.scenario.title).not.toBe(en.scenario.title);
    });

    it(`${id}: the legal terms as EU texts write them, and French typography`, () => {
      const { scenario } = load('fr');
      const all = strings(scenario);
      const text = all
        .map(([, s]) => s)
        .join('\n')
        .replace(/'/g, '’');
      for (const term of terms) expect(text, term).toContain(term);
      for (const [where, s] of all) {
        expect(s, where).not.toMatch(/ [:;?!]/);
        expect(s, where).not.toMatch(/« | »/);
      }
    });
  }
});
