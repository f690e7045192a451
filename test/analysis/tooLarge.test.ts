/**
 * An analysis too large to be exact says why in the reader's language: a valid file whose scoring
 * rule ties nine issues together (the debrief and the instructor view showed the English sentence
 * inside a French page).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { AnalysisTooLarge, analysisErrorText, compileSpace } from '../../src/analysis/index.ts';
import { domainOf, initialState } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { coupledRulesText } from '../game/bigScenario.ts';
import { authoringReport } from '../../src/authoring/index.ts';
import { tempDir } from '../support/tempDir.ts';

function coupledError(): unknown {
  const parsed = parseScenario(coupledRulesText(), 'coupled.json');
  if (!parsed.ok) throw new Error('the coupled scenario does not load');
  try {
    compileSpace(domainOf(initialState(parsed.scenario, {}, 1), 1));
  } catch (e) {
    return e;
  }
  return null;
}

describe('an analysis too large to be exact', () => {
  it('throws a typed error that says why in English and in French', () => {
    const err = coupledError();
    expect(err).toBeInstanceOf(AnalysisTooLarge);
    expect((err as AnalysisTooLarge).detail).toMatchObject({ kind: 'rulesCoupled', combinations: 8 ** 9 });
    const en = analysisErrorText(err, 'en');
    expect(en).toMatch(/^Scoring rules tie together issues Issue 0, Issue 1, .* and Issue 8, whose options/);
    expect(en).toContain('134,217,728 combinations');
    const fr = analysisErrorText(err, 'fr');
    expect(fr).toMatch(/^Des règles de score lient les questions Issue 0, .* et Issue 8, dont les options/);
    expect(fr).not.toMatch(/Scoring rules/);
  });

  it('is the reason the authoring report gives, in the report’s language', () => {
    const parsed = parseScenario(coupledRulesText(), 'coupled.json');
    if (!parsed.ok) throw new Error('the coupled scenario does not load');
    for (const [locale, words] of [
      ['en', /could not be checked: Scoring rules tie together issues Issue 0, .*\. Split the scoring rules/],
      ['fr', /n’ont pas pu être vérifiés\s: Des règles de score lient les questions Issue 0, .*\. Scindez les règles/],
    ] as const) {
      const warning = authoringReport(parsed.scenario, { locale }).find((w) => w.code === 'outcome-not-analysed');
      expect(warning?.message, locale).toMatch(words);
    }
  });

  it('passes any other error on as its message', () => {
    expect(analysisErrorText(new Error('boom'), 'fr')).toBe('boom');
    expect(analysisErrorText('plain', 'en')).toBe('plain');
  });
});

describe('the command-line tool on a file too coupled for exact analysis', () => {
  it('says why and exits 1, in English and French, instead of reporting an internal error', async () => {
    const dir = tempDir('accord-coupled-');
    const file = join(dir, 'coupled.json');
    writeFileSync(file, coupledRulesText());
    const en = await run('analyse', file);
    expect(en.code, en.err).toBe(1);
    expect(en.err).toMatch(/^Scoring rules tie together issues Issue 0, /);
    expect(en.err).not.toMatch(/internal error/);
    const fr = await run('analyse', file, '--lang', 'fr');
    expect(fr.code, fr.err).toBe(1);
    expect(fr.err).toMatch(/^Des règles de score lient les questions Issue 0, /);
    expect(fr.err).not.toMatch(/erreur interne/);
  });
});
