/**
 * The GENIUS import and export in French: refusals (naming the element as the file writes it), the
 * notes on what was scaled, rounded, discretised or dropped, and the export's warnings are French
 * sentences of the `genius` area, one for each English one, and the command line says them with
 * `--lang fr`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringReport } from '../../src/authoring/authoringReport.ts';
import { exportGenius } from '../../src/authoring/genius/exportGenius.ts';
import { importGenius } from '../../src/authoring/genius/importGenius.ts';
import { readGeniusDomain, readGeniusProfile, type GeniusDomain } from '../../src/authoring/genius/readGenius.ts';
import { PLACEHOLDER_MARKS } from '../../src/authoring/placeholderTexts.ts';
import type { Locale } from '../../src/i18n/index.ts';
import { genius as englishGenius } from '../../src/i18n/catalogs/en/genius.ts';
import { genius as frenchGenius } from '../../src/i18n/catalogs/fr/genius.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import { run } from '../support/cli.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { tempDir } from '../support/tempDir.ts';

const FIXTURES = 'test/fixtures/genius';
const text = (file: string) => readFileSync(`${FIXTURES}/${file}`, 'utf8');

/** A refusal's own sentence, after the element it names (« <issue name="X"> : … »). */
const sentence = (message: string) =>
  message.startsWith('<') ? message.slice(message.indexOf('\u202f: ') + 3) : message;

function readDomain(file: string): GeniusDomain {
  const read = readGeniusDomain(file, text(file));
  if (!read.ok) throw new Error(read.problem.message);
  return read.value;
}

function importFixture(locale: Locale, domainFile: string, profileFiles: string[], discretise?: number) {
  const domain = readDomain(domainFile);
  const profiles = profileFiles.map((f) => {
    const read = readGeniusProfile(f, text(f), domain, locale);
    if (!read.ok) throw new Error(read.problem.message);
    return {
      profile: read.value,
      name: f
        .split('/')
        .pop()!
        .replace(/\.xml$/, ''),
    };
  });
  return importGenius(domain, profiles, { locale, ...(discretise === undefined ? {} : { discretise }) });
}

describe('GENIUS in French', () => {
  it('refuses a profile in French, naming the element and the line as in English', () => {
    const alice = text('holiday/holiday-alice.xml');
    const wage = readDomain('wage/wage-domain.xml');
    const cases: [string, GeniusDomain, string][] = [
      [
        alice.replace('<item index="4" value="Tallinn" evaluation="5"></item>', ''),
        readDomain('holiday/holiday-domain.xml'),
        'alice.xml',
      ],
      [
        alice.replace('value="Tallinn" evaluation="5"', 'value="Riga" evaluation="5"'),
        readDomain('holiday/holiday-domain.xml'),
        'alice.xml',
      ],
      [
        alice.replace('<weight index="2" value="0.3"></weight>', ''),
        readDomain('holiday/holiday-domain.xml'),
        'alice.xml',
      ],
      [alice.replace('evaluation="10"', 'evaluation="ten"'), readDomain('holiday/holiday-domain.xml'), 'alice.xml'],
      [text('holiday/holiday-domain.xml'), readDomain('holiday/holiday-domain.xml'), 'alice.xml'],
      [text('wage/wage-nonlinear.xml'), wage, 'wage-nonlinear.xml'],
      ['<!DOCTYPE x [<!ENTITY a "a">]><utility_space/>', wage, 'bomb.xml'],
    ];
    const french: string[] = [];
    for (const [xml, domain, file] of cases) {
      const en = readGeniusProfile(file, xml, domain);
      const fr = readGeniusProfile(file, xml, domain, 'fr');
      if (en.ok || fr.ok) throw new Error('expected a refusal');
      expect(fr.problem.line).toBe(en.problem.line);
      expect(fr.problem.message.startsWith('<')).toBe(en.problem.message.startsWith('<'));
      french.push(sentence(fr.problem.message));
    }
    expectFrenchOf(englishGenius, frenchGenius, french);
    expect(french[0]).toBe('la valeur «\u202fTallinn\u202f» n’a pas d’évaluation.');
    const riga = readGeniusProfile('alice.xml', cases[1]![0], cases[1]![1], 'fr');
    if (!riga.ok)
      expect(riga.problem.message).toBe(
        '<item value="Riga">\u202f: la valeur «\u202fRiga\u202f» n’est pas une valeur de la question «\u202fDestination\u202f» du domaine.',
      );
  });

  it('refuses numeric issues without --discretise in French, and notes the import in French', () => {
    const wage = ['wage/wage-employer.xml', 'wage/wage-union.xml'];
    const en = importFixture('en', 'wage/wage-domain.xml', wage);
    const fr = importFixture('fr', 'wage/wage-domain.xml', wage);
    if (en.ok || fr.ok) throw new Error('expected a refusal');
    expect(fr.problems.map((p) => p.line)).toEqual(en.problems.map((p) => p.line));
    expectFrenchOf(
      englishGenius,
      frenchGenius,
      fr.problems.map((p) => p.message),
    );
    expect(fr.problems[0]!.message).toMatch(
      /^Question «\u202fMonthly salary\u202f»\u202f: c’est une question entière à 3001/,
    );

    const holiday = ['holiday/holiday-alice.xml', 'holiday/holiday-bob.xml'];
    for (const [domain, profiles, discretise] of [
      ['holiday/holiday-domain.xml', holiday, undefined],
      ['wage/wage-domain.xml', wage, 5],
      [
        'water/water-domain.xml',
        ['water/upstream-town.xml', 'water/downstream-town.xml', 'water/river-agency.xml'],
        undefined,
      ],
    ] as const) {
      const english = importFixture('en', domain, [...profiles], discretise);
      const notes = importFixture('fr', domain, [...profiles], discretise);
      if (!notes.ok || !english.ok) throw new Error('expected an import');
      expect(notes.notes).toHaveLength(english.notes.length);
      expectFrenchOf(englishGenius, frenchGenius, notes.notes);
      // The numbers do not depend on the language; the texts to write are in it.
      const numbers = (sc: typeof english.scenario) => ({
        issues: sc.issues,
        parties: sc.parties.map((p) => ({ id: p.id, name: p.name, sheet: p.sheet, batna: p.batna.points })),
      });
      expect(numbers(notes.scenario)).toEqual(numbers(english.scenario));
      expect(notes.scenario.language).toBe('fr');
    }
    const holidayNotes = importFixture('fr', 'holiday/holiday-domain.xml', holiday);
    // The factor written as French writes a number, as the notes' other figures are (0.9 before).
    if (holidayNotes.ok)
      expect(holidayNotes.notes.join('\n')).toContain(
        'holiday-alice.xml\u202f: le facteur d’actualisation 0,9 a été abandonné',
      );
  });

  it('writes the texts to write in French, and the authoring report flags them', () => {
    const holiday = importFixture('fr', 'holiday/holiday-domain.xml', [
      'holiday/holiday-alice.xml',
      'holiday/holiday-bob.xml',
    ]);
    if (!holiday.ok) throw new Error('expected an import');
    const file = holiday.scenario;
    expect(file.background).toBe(
      `${PLACEHOLDER_MARKS.fr} Le briefing public que chaque joueur lit avant les pourparlers\u202f: qui se réunit, où, quand et pourquoi.`,
    );
    expect(file.parties[0]!.brief).toMatch(
      /^\[à rédiger\] Les instructions confidentielles de la partie «\u202fholiday-alice\u202f»/,
    );
    const loaded = parseScenario(JSON.stringify(file), 'vacances.json');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.scenario.language).toBe('fr');
    const [warning] = authoringReport(loaded.scenario, { locale: 'fr' });
    expect(warning?.code).toBe('placeholder-text');
    expect(warning?.message).toMatch(/^12\u202ftextes portent encore la mention «\u202f\[à rédiger\]\u202f»/);
    // An English report on the French import names the mark the texts carry.
    expect(authoringReport(loaded.scenario)[0]?.message).toMatch(/^12 texts still say "\[à rédiger\]"/);
  });

  it('names in French what the export cannot carry', () => {
    const loaded = parseScenario(readFileSync('scenarios/gdpr-research-exemption.json', 'utf8'), 'gdpr.json');
    if (!loaded.ok) throw new Error('the flagship does not load');
    const en = exportGenius(loaded.scenario);
    const fr = exportGenius(loaded.scenario, 'fr');
    expect(fr.warnings).toHaveLength(en.warnings.length);
    expectFrenchOf(englishGenius, frenchGenius, fr.warnings);
    expect(fr.warnings.join('\n')).toContain('La règle d’accord (majorité pondérée) n’est pas reprise');
    expect(fr.profiles).toEqual(en.profiles);
  });

  it('`import genius --lang fr` refuses in French on the command line', async () => {
    const files = ['domain', 'employer', 'union'].map((f) => `${FIXTURES}/wage/wage-${f}.xml`);
    const r = await run('import', 'genius', ...files, '--lang', 'fr');
    expect(r.code).toBe(1);
    expect(r.err).toContain('wage-domain.xml:4');
    expect(r.err).toContain(
      'Question «\u202fMonthly salary\u202f»\u202f: c’est une question entière à 3001\u202fvaleurs',
    );
    expect(r.err).not.toMatch(/it is an integer issue/);
  });

  it('`import genius --lang fr --out` writes a French scenario and names its French mark', async () => {
    const out = join(tempDir('accord-genius-fr-'), 'vacances.json');
    const files = ['domain', 'alice', 'bob'].map((f) => `${FIXTURES}/holiday/holiday-${f}.xml`);
    const r = await run('import', 'genius', ...files, '--out', out, '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.out).toContain(PLACEHOLDER_MARKS.fr);
    expect(r.out).not.toContain(PLACEHOLDER_MARKS.en);
    expect(JSON.parse(readFileSync(out, 'utf8')).language).toBe('fr');
    const validate = await run('validate', out, '--lang', 'fr');
    expect(validate.out).toMatch(
      /\[placeholder-text\]\u202f: 12\u202ftextes portent encore la mention «\u202f\[à rédiger\]\u202f»/,
    );
  });
});
