import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import { minimalFile } from './minimalFile.ts';

/** The minimal fixture with its title and first party's name given in English and French. */
function bilingual(): Record<string, unknown> {
  const file = minimalFile();
  file['title'] = { en: 'Data for research', fr: 'Des données pour la recherche' };
  const parties = file['parties'] as Record<string, unknown>[];
  (parties[0] as Record<string, unknown>)['name'] = { en: 'The Commission', fr: 'La Commission' };
  return file;
}

const load = (file: unknown, language?: string) =>
  parseScenario(JSON.stringify(file), 'bilingual.json', language === undefined ? {} : { language });

describe('texts in several languages', () => {
  it('reads every text in the language asked for, and says which languages the file offers', () => {
    const fr = load(bilingual(), 'fr');
    if (!fr.ok) throw new Error(JSON.stringify(fr.problems));
    expect(fr.scenario.title).toBe('Des données pour la recherche');
    expect(fr.scenario.parties[0]?.name).toBe('La Commission');
    expect(fr.scenario.language).toBe('fr');
    expect(fr.languages).toEqual(['en', 'fr']);
  });

  it("falls back to the file's own language for a language it does not offer, and by default", () => {
    for (const language of ['de', undefined]) {
      const result = load(bilingual(), language);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.scenario.title).toBe('Data for research');
      expect(result.scenario.language).toBe('en');
    }
  });

  it('warns once per language about the texts left untranslated, pointing at the first', () => {
    const result = load(bilingual(), 'en');
    if (!result.ok) throw new Error('refused');
    const missing = result.warnings.filter((w) => w.message.includes('no "fr" version'));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toMatch(/^\d+ texts have no "fr" version/);
    // A file in one language has nothing to translate.
    const plain = load(minimalFile());
    expect(plain.ok && plain.warnings.some((w) => w.message.includes('version while other texts'))).toBe(false);
  });

  it('reads lessons, which are a text or a text with conditions, in the language asked for', () => {
    const file = bilingual();
    (file['debrief'] as Record<string, unknown>)['lessons'] = [
      'Left in English.',
      { en: 'Trade across issues.', fr: 'Échangez entre les questions.' },
      { text: { en: 'Deals need trust.', fr: 'Un accord exige la confiance.' }, outcome: 'agreement' },
    ];
    const result = load(file, 'fr');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const lessons = result.scenario.debrief.lessons.map((l) => (typeof l === 'string' ? l : l.text));
    expect(lessons).toEqual(['Left in English.', 'Échangez entre les questions.', 'Un accord exige la confiance.']);
    // Asked for French, the warnings are in French.
    const missing = result.warnings.find((w) => w.message.includes('version «\u202ffr\u202f»'));
    expect(missing?.message).toMatch(/^\d+ textes n’ont pas de version «\u202ffr\u202f»/);
  });

  it('refuses bad translations with a sentence at the right place', () => {
    const cases: [unknown, RegExp][] = [
      [{ en: '' }, /is empty/],
      [{ english: 'Data' }, /language tag/],
      [42, /must be text in double quotes, or the text in several languages/],
      [{}, /./],
    ];
    for (const [title, message] of cases) {
      const file = minimalFile();
      file['title'] = title;
      const result = load(file, 'en');
      expect(result.ok, JSON.stringify(title)).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => p.message).join('\n')).toMatch(message);
      expect(result.problems.some((p) => p.pointer.startsWith('/title'))).toBe(true);
    }
  });
});
