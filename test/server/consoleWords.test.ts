/**
 * The console's line for the text on a table is the log's way of writing a text (engine/narrate.ts
 * `describePackage`), in the table's language: a French class's console once read "Base juridique: …;
 * Garanties: …", English punctuation between French words, from a writer of its own on the server.
 * test/server/classes.test.ts checks that the console sends exactly this line.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describePackage, initialState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';

it('writes a package issue by issue, with the punctuation of the table’s language', () => {
  const file = 'scenarios/gdpr-research-exemption.json';
  for (const language of ['en', 'fr'] as const) {
    const loaded = parseScenario(readFileSync(file), file, { language });
    if (!loaded.ok) throw new Error('the GDPR scenario does not load');
    const gdpr = loaded.scenario;
    const pkg = Object.fromEntries(gdpr.issues.map((i) => [i.id, i.options[0]!.id]));
    const [first, second] = gdpr.issues as [(typeof gdpr.issues)[0], (typeof gdpr.issues)[0]];
    const words = describePackage(initialState(gdpr, {}, 1), pkg);
    const gap = language === 'fr' ? '\u202f' : '';
    expect(words.startsWith(`${first.title} — ${first.options[0]!.label}${gap}; ${second.title} — `), words).toBe(true);
    if (language === 'fr') expect(words).not.toMatch(/[^\u202f][:;] /);
  }
});
