/**
 * The console's line for the text on a table (src/server/classSession.ts `packageWords`): each issue and the
 * option the text gives it, in the scenario's words and its language's punctuation. A French class's console
 * read "Base juridique: …; Garanties: …", English punctuation between French words.
 */
import { expect, it } from 'vitest';
import { packageWords } from '../../src/server/classSession.ts';
import { translator } from '../../src/i18n/index.ts';
import { loadScenario } from '../bots/support.ts';

it('writes a package issue by issue, with the punctuation of the class’s language', () => {
  const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
  const pkg = Object.fromEntries(gdpr.issues.map((i) => [i.id, i.options[0]!.id]));
  const [first, second] = gdpr.issues as [(typeof gdpr.issues)[0], (typeof gdpr.issues)[0]];
  const english = packageWords(gdpr, pkg, translator('en'));
  expect(english.startsWith(`${first.title}: ${first.options[0]!.label}; ${second.title}: `)).toBe(true);
  const french = packageWords(gdpr, pkg, translator('fr'));
  expect(french.startsWith(`${first.title}\u202f: ${first.options[0]!.label}\u202f; ${second.title}\u202f: `)).toBe(
    true,
  );
  expect(french).not.toMatch(/[^\u202f][:;] /);
});
