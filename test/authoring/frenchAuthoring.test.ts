/**
 * The authoring report in French: every warning the English tests trigger (and those random
 * scenarios raise) comes out as a French sentence of the `authoring` area, with the same codes, ids
 * and moments as in English, and `validate --lang fr` prints the report and the bot tournament's
 * figures in French.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  authoringReport,
  authoringSection,
  formatAuthoringReport,
  type AuthoringWarning,
} from '../../src/authoring/index.ts';
import { PLACEHOLDER_MARK } from '../../src/authoring/placeholderTexts.ts';
import { authoring as englishAuthoring } from '../../src/i18n/catalogs/en/authoring.ts';
import { authoring as frenchAuthoring } from '../../src/i18n/catalogs/fr/authoring.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { run } from '../support/cli.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { randomScenario } from '../support/randomScenario.ts';
import { changed, evidenceItem, oneSidedNash, partyOf, type FileScenario } from './build.ts';

const shape = (ws: AuthoringWarning[]) => ws.map((w) => ({ code: w.code, ids: w.ids, moment: w.moment }));

const dated = (s: FileScenario) => {
  s.protocol = { rounds: 3 };
  s.calendar = ['2012', '2013', '2014'];
  s.history = {
    outcome: 'agreement',
    date: '2014-06',
    summary: 'They settled on no access and five years.',
    package: { access: 'no-access', retention: 'five-years' },
    acceptedBy: ['city'],
    sources: [{ title: 'The agreement' }],
  };
};

/** Small scenarios that between them raise most kinds of warning. */
const crafted: Record<string, Scenario> = {
  'issues, evidence, briefs, settings and texts': changed((s) => {
    s.issues.push(
      {
        id: 'logo',
        title: 'Whose logo goes first',
        options: [
          { id: 'city-first', label: 'City first' },
          { id: 'university-first', label: 'University first' },
        ],
      },
      {
        id: 'audit',
        title: 'Independent audit',
        options: [
          { id: 'yearly', label: 'Yearly audit' },
          { id: 'none', label: 'No audit' },
        ],
      },
    );
    for (const p of s.parties) p.sheet.logo = { 'city-first': 5, 'university-first': 5 };
    partyOf(s, 'city').sheet.audit = { yearly: 10, none: 0 };
    partyOf(s, 'university').sheet.audit = { yearly: 25, none: 15 };
    partyOf(s, 'city').sheet.access = { 'open-data': 0, enclave: 40, 'no-access': 0 };
    partyOf(s, 'city').brief = 'You want the study. Your red line: five years of retention.';
    partyOf(s, 'university').redLines = [{ issue: 'retention', option: 'one-year' }];
    s.evidence = [
      evidenceItem('lockdown-study', {
        rigour: 'weak',
        argues: [
          { issue: 'access', option: 'no-access', stance: 'for' },
          { issue: 'access', option: 'open-data', stance: 'against' },
        ],
      }),
    ];
    s.agreement = { rule: 'weighted-majority', threshold: 0.5 };
    s.parties[0]!['influence'] = 3;
    s['legitimacy'] = { options: {}, weights: { access: 0, retention: 0, logo: 0, audit: 0 } };
    s['scoring'] = { outcome: 0, process: 0 };
    s.background = `${PLACEHOLDER_MARK} The public briefing.`;
  }),
  'events and the calendar': changed((s) => {
    dated(s);
    s.issues[1]!.options.push({ id: 'forever', label: 'Forever', available: false });
    for (const p of s.parties) p.sheet.retention!.forever = 0;
    s.evidence = [
      evidenceItem('audit', { date: '2012', summary: 'The 2014 audit found no breach.' }),
      evidenceItem('undated', { provenance: 'A 2013 review.' }),
      evidenceItem('late', { date: '2014-09', available: false }),
      evidenceItem('future', { date: '2016' }),
    ];
    s.events = [
      {
        id: 'leak',
        title: 'A leak',
        trigger: { round: 1 },
        date: '2013-06',
        announcement: 'Documents leak.',
        effects: [
          { type: 'add-evidence', evidence: 'late' },
          { type: 'add-option', issue: 'retention', option: 'forever' },
        ],
      },
      {
        id: 'archive-law',
        title: 'An archive law',
        trigger: { round: 2 },
        announcement: 'A law allows keeping data forever.',
        effects: [{ type: 'change-legitimacy', issue: 'retention', option: 'forever', by: 10 }],
      },
    ];
  }),
  'the outcome space': changed((s) => {
    partyOf(s, 'city').batna.points = 100;
    s.agreement = { rule: 'majority', threshold: 0.4 };
  }),
  'a common ideal': changed((s) => {
    partyOf(s, 'university').sheet.access = { 'open-data': 0, enclave: 30, 'no-access': 5 };
    partyOf(s, 'university').sheet.retention = { 'one-year': 40, 'five-years': 0 };
  }),
  'a one-sided Nash point': changed(oneSidedNash),
  'a brief insisting on its worst option': changed(
    (s) => (partyOf(s, 'city').brief = 'You want the study. You must secure open data for anyone.'),
  ),
  'a brief trading its top issue': changed(
    (s) => (partyOf(s, 'city').brief = 'You want the study. You can trade on how researchers reach the data.'),
  ),
};

const random = Array.from({ length: 40 }, (_, k) => randomScenario(k + 1));

describe('the authoring report in French', () => {
  it('says every warning in French, with the same codes, ids and moments as in English', () => {
    const codes = new Set<string>();
    for (const scenario of [...Object.values(crafted), ...random]) {
      const en = authoringReport(scenario);
      const fr = authoringReport(scenario, { locale: 'fr' });
      expect(shape(fr)).toEqual(shape(en));
      expectFrenchOf(
        englishAuthoring,
        frenchAuthoring,
        fr.map((w) => w.message),
      );
      for (const w of fr) codes.add(w.code);
    }
    // Most kinds of warning were seen (those left need a tournament or an unanalysable space).
    expect(codes.size).toBeGreaterThanOrEqual(20);
  });

  it('writes French numbers, percentages, lists and guillemets', () => {
    const fr = authoringReport(crafted['the outcome space']!, { locale: 'fr' });
    const majority = fr.find((w) => w.code === 'majority-one-party')!;
    expect(majority.message).toContain('(50\u202f% des parties, c’est plus que 40\u202f%)');
    const legitimacy = authoringReport(crafted['issues, evidence, briefs, settings and texts']!, { locale: 'fr' });
    expect(legitimacy.find((w) => w.code === 'issue-scored-alike')!.message).toContain(
      'toutes veulent «\u202fYearly audit\u202f»',
    );
    const ideal = authoringReport(crafted['a common ideal']!, { locale: 'fr' })[0]!;
    expect(ideal.message).toContain(
      'How researchers reach the data\u202f: Secure enclave\u202f; How long the data are kept\u202f: One year',
    );
  });

  it('formats the report and a bot tournament in French', () => {
    const scenario = crafted['a one-sided Nash point']!;
    const section = authoringSection(scenario, { tournamentGames: 4, locale: 'fr' });
    const lines = formatAuthoringReport('cas.json', section, 'fr');
    expect(lines[0]).toMatch(/^cas\.json\u202f: rapport de conception\u202f: \d+ avertissements?\.$/);
    expectFrenchOf(englishAuthoring, frenchAuthoring, lines);
    expect(lines.join('\n')).toMatch(
      /\[(atteint|MANQUÉ)\] taux d’accord entre 40\u202f% et 95\u202f%\u202f: \d+\u202f%\./,
    );
    // The same figures as in English: only the words differ.
    const english = authoringSection(scenario, { tournamentGames: 4 });
    expect(section.tournament?.agreementRate).toBe(english.tournament?.agreementRate);
    expect(shape(section.warnings)).toEqual(shape(english.warnings));
  });

  it('`validate --lang fr` prints the report of a flagship in French', async () => {
    const flagship = resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json');
    const r = await run('validate', flagship, '--tournament', '2', '--lang', 'fr');
    expect(r.code).toBe(0);
    const report = r.out.split('\n').slice(1);
    expect(report[0]).toMatch(/safe-harbor-revocation\.json\u202f: rapport de conception\u202f: /);
    expect(report.join('\n')).toContain('Tournoi de négociateurs informatiques\u202f: 2\u202ftables');
    expectFrenchOf(englishAuthoring, frenchAuthoring, report);
    const en = await run('validate', flagship, '--tournament', '2');
    expect(en.out).toContain('authoring report:');
    expect(en.out).toContain('Bot tournament: 2 games');
  });
});
