/** Every scenario shipped in scenarios/ loads with no error (warnings are allowed but listed). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('shipped scenarios', () => {
  it('are all found in scenarios/: the eleven shipped ones, flagships included', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(files).toEqual(expect.arrayContaining(['gdpr-research-exemption.json', 'safe-harbor-revocation.json']));
  });

  for (const file of files) {
    it(`${file} loads without errors and points at the schema`, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const r = parseScenario(text, `scenarios/${file}`);
      const problems = r.ok ? r.warnings : r.problems;
      expect(
        r.ok,
        problems.map((p) => `${p.line}:${p.column} ${p.severity}: ${p.message} (at ${p.pointer})`).join('\n'),
      ).toBe(true);
      expect((JSON.parse(text) as { $schema?: string }).$schema).toMatch(/^(\.\/)?scenario\.schema\.json$/);
    });

    // At a class's table the server takes the worksheet until the table ends (and notes the round): a
    // worksheet introduction that said "Fill this in before your first turn" told trainees otherwise.
    it(`${file}: its worksheet introduction sets no deadline at the first turn`, () => {
      const intro = (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { worksheet?: { introduction?: unknown } })
        .worksheet?.introduction;
      const texts = typeof intro === 'string' ? [intro] : Object.values((intro ?? {}) as Record<string, string>);
      for (const line of texts.filter((l) => /first turn|premier tour/i.test(l)))
        expect(line).toMatch(/\bbest\b|de préférence/i);
    });
  }
});
