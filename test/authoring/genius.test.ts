/**
 * GENIUS / ANAC domains in and out (src/authoring/genius). Fixtures in test/fixtures/genius are
 * small domains written in GENIUS's format, of different shapes: 2 parties with integer evaluations
 * and a discount factor (holiday), 3 parties with evaluations in 0..1 and a missing reservation value
 * (water), 8 parties (alliance), numeric issues and a non-linear profile (wage).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authoringReport } from '../../src/authoring/authoringReport.ts';
import { exportGenius } from '../../src/authoring/genius/exportGenius.ts';
import { importGenius, type ImportOptions } from '../../src/authoring/genius/importGenius.ts';
import {
  readGeniusDomain,
  readGeniusProfile,
  type GeniusDomain,
  type GeniusProfile,
} from '../../src/authoring/genius/readGenius.ts';
import { PLACEHOLDER_MARK } from '../../src/authoring/placeholderTexts.ts';
import { allPackagePoints, disagreementPoints, domainFromScenario, type Domain } from '../../src/analysis/domain.ts';
import { analyseSpace } from '../../src/analysis/report.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { replayLog } from '../../src/engine/index.ts';
import { choiceOfIndex, compileSpace } from '../../src/analysis/space.ts';
import { issuesNamed } from '../../src/scenario/conditions.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { Condition, Package, Scenario } from '../../src/scenario/types.ts';
import { randomScenario } from '../support/randomScenario.ts';

const FIXTURES = 'test/fixtures/genius';

const SHAPES: { name: string; domain: string; profiles: string[]; options?: ImportOptions }[] = [
  {
    name: 'holiday (2 parties)',
    domain: 'holiday/holiday-domain.xml',
    profiles: ['holiday/holiday-alice.xml', 'holiday/holiday-bob.xml'],
  },
  {
    name: 'water (3 parties)',
    domain: 'water/water-domain.xml',
    profiles: ['water/upstream-town.xml', 'water/downstream-town.xml', 'water/river-agency.xml'],
  },
  {
    name: 'alliance (8 parties)',
    domain: 'alliance/alliance-domain.xml',
    profiles: ['ardenia', 'belmark', 'corvia', 'dunmore', 'estavia', 'ferland', 'galicea', 'hollow-isles'].map(
      (p) => `alliance/${p}.xml`,
    ),
  },
  {
    name: 'wage (numeric issues, discretised)',
    domain: 'wage/wage-domain.xml',
    profiles: ['wage/wage-employer.xml', 'wage/wage-union.xml'],
    options: { discretise: 5 },
  },
];

const text = (file: string) => readFileSync(`${FIXTURES}/${file}`, 'utf8');

function readDomain(file: string, xml = text(file)): GeniusDomain {
  const read = readGeniusDomain(file, xml);
  if (!read.ok) throw new Error(read.problem.message);
  return read.value;
}

function readProfile(file: string, domain: GeniusDomain, xml = text(file)): GeniusProfile {
  const read = readGeniusProfile(file, xml, domain);
  if (!read.ok) throw new Error(`${read.problem.file}:${read.problem.line}: ${read.problem.message}`);
  return read.value;
}

const baseName = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.xml$/, '');

function load(scenarioText: string, file = 'imported.json'): Scenario {
  const loaded = parseScenario(new TextEncoder().encode(scenarioText), file);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
  return loaded.scenario;
}

function importShape(shape: (typeof SHAPES)[number]) {
  const domain = readDomain(shape.domain);
  const profiles = shape.profiles.map((f) => ({ profile: readProfile(f, domain), name: baseName(f) }));
  const result = importGenius(domain, profiles, shape.options ?? {});
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { domain, profiles, scenario: load(JSON.stringify(result.scenario)), notes: result.notes };
}

/** Every package of options on the table, as option indices per issue. */
function allChoices(scenario: Scenario): number[][] {
  let out: number[][] = [[]];
  for (const issue of scenario.issues) {
    const on = issue.options.flatMap((o, k) => (o.available ? [k] : []));
    out = out.flatMap((c) => on.map((k) => [...c, k]));
  }
  return out;
}

const packageOfChoice = (scenario: Scenario, choice: number[]): Package =>
  Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, issue.options[choice[i]!]!.id]));

/** GENIUS's utility, computed here from the profile as GENIUS defines it (EvaluatorDiscrete divides by the largest). */
function geniusUtility(profile: GeniusProfile, scenario: Scenario, choice: number[]): number {
  return profile.evaluators.reduce((sum, evaluator, i) => {
    const label = scenario.issues[i]!.options[choice[i]!]!.label;
    if (evaluator.kind === 'constant') return sum + profile.weights[i]! * evaluator.value;
    if (evaluator.kind === 'linear') {
      const x = evaluator.offset + evaluator.slope * (Number(label) - evaluator.origin);
      return sum + profile.weights[i]! * Math.min(1, Math.max(0, x));
    }
    const max = Math.max(...evaluator.evaluations.values());
    const raw = evaluator.evaluations.get(label)!;
    return sum + profile.weights[i]! * (max < 0.00001 ? 0 : raw / max);
  }, 0);
}

const sign = (x: number, tie: number) => (Math.abs(x) <= tie ? 0 : Math.sign(x));

describe('import genius', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: validates, and every party's order of packages and BATNA is GENIUS's, exactly`, () => {
      const { profiles, scenario } = importShape(shape);
      expect(scenario.parties).toHaveLength(shape.profiles.length);
      expect(scenario.agreement.rule).toBe('unanimity');
      const choices = allChoices(scenario);
      profiles.forEach(({ profile }, k) => {
        const party = scenario.parties[k]!;
        const points = choices.map((c) =>
          scenario.issues.reduce((s, issue, i) => s + party.sheet[issue.id]![issue.options[c[i]!]!.id]!, 0),
        );
        const utility = choices.map((c) => geniusUtility(profile, scenario, c));
        const reservation = profile.reservation ?? 0;
        // Every pair of packages, and every package against the BATNA.
        for (let a = 0; a < choices.length; a++) {
          expect(sign(points[a]! - party.batna.points, 1e-9)).toBe(sign(utility[a]! - reservation, 1e-9));
          for (let b = a + 1; b < choices.length; b++)
            expect(sign(points[a]! - points[b]!, 1e-9)).toBe(sign(utility[a]! - utility[b]!, 1e-9));
        }
        // The scale: utility × 100, each sheet entry rounded to at worst a whole point.
        for (let a = 0; a < choices.length; a++)
          expect(Math.abs(points[a]! - utility[a]! * 100)).toBeLessThanOrEqual(0.5 * scenario.issues.length + 1e-9);
      });
    });
  }

  it('flags the placeholder texts in the authoring report, for the instructor to write', () => {
    const { scenario } = importShape(SHAPES[0]!);
    const warning = authoringReport(scenario).find((w) => w.code === 'placeholder-text');
    expect(warning).toBeDefined();
    expect(warning!.ids).toEqual(
      expect.arrayContaining([
        '/background',
        '/parties/0/brief',
        '/parties/1/batna/description',
        '/debrief/whatHappened',
      ]),
    );
    expect(warning!.message).toContain(PLACEHOLDER_MARK);
  });

  it('reports the discount factors it dropped, the missing reservation values and the scale', () => {
    const holiday = importShape(SHAPES[0]!).notes.join('\n');
    expect(holiday).toMatch(/holiday-alice\.xml: the discount factor 0\.9 was dropped/);
    expect(holiday).not.toMatch(/holiday-bob\.xml: the discount factor/); // 1.0: no discounting
    expect(holiday).toMatch(/GENIUS utility × 100 for every party/);
    expect(importShape(SHAPES[1]!).notes.join('\n')).toMatch(
      /river-agency\.xml gives no reservation value: its BATNA is 0 points/,
    );
  });

  it('carries a small integer issue as it is and discretises larger numeric issues only when asked', () => {
    const shape = SHAPES[3]!;
    const { scenario, notes } = importShape(shape);
    expect(scenario.issues.map((i) => i.options.map((o) => o.label))).toEqual([
      ['2000', '2750', '3500', '4250', '5000'],
      ['0', '0.025', '0.05', '0.075', '0.1'],
      ['0', '1', '2', '3', '4', '5'],
    ]);
    expect(notes.join('\n')).toMatch(/Issue "Pension share" \(real, 0 to 0\.1\) became 5 options/);
    const domain = readDomain(shape.domain);
    const profiles = shape.profiles.map((f) => ({ profile: readProfile(f, domain), name: baseName(f) }));
    const refused = importGenius(domain, profiles);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^Issue "Monthly salary": it is an integer issue with 3001 values \(2000 to 5000\).*--discretise N/,
      ),
      expect.stringMatching(/^Issue "Pension share": it is a real issue \(0 to 0\.1\).*--discretise N/),
    ]);
    expect(refused.problems[0]!.line).toBe(4);
  });
});

/** A two-party import of inline XML (GENIUS's own files as published), the first party's sheet by issue title. */
/** ANAC 2012 Amsterdam's shape: thirds and sixths, which no rounding of the entries keeps in order (mon + pm ties tue + am). */
const TRIP_DOMAIN = `<negotiation_template><utility_space><objective name="Trip">
      <issue index="1" name="Day"><item value="mon"/><item value="tue"/><item value="wed"/></issue>
      <issue index="2" name="Time"><item value="am"/><item value="pm"/><item value="eve"/></issue>
      </objective></utility_space></negotiation_template>`;
const TRIP_PROFILE = `<utility_space><objective name="Trip">
      <issue index="1" name="Day"><item value="mon" evaluation="1"/><item value="tue" evaluation="2"/><item value="wed" evaluation="3"/></issue>
      <issue index="2" name="Time"><item value="am" evaluation="1"/><item value="pm" evaluation="3"/><item value="eve" evaluation="6"/></issue>
      <weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>`;

function importInline(domainXml: string, profileXml: string, options: ImportOptions = {}) {
  const domain = readDomain('domain.xml', domainXml);
  const profile = readProfile('profile.xml', domain, profileXml);
  const result = importGenius(
    domain,
    [
      { profile, name: 'a' },
      { profile, name: 'b' },
    ],
    options,
  );
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const scenario = load(JSON.stringify(result.scenario));
  const party = scenario.parties[0]!;
  return Object.fromEntries(
    scenario.issues.map((issue) => [issue.title, issue.options.map((o) => party.sheet[issue.id]![o.id]!)]),
  );
}

describe('import genius scores as GENIUS does (genius10.4 EvaluatorDiscrete, EvaluatorInteger, EvaluatorReal)', () => {
  it('divides a discrete issue by its largest evaluation even when that is below 1 (ANAC Jobs domain)', () => {
    const domainXml = `<negotiation_template><utility_space><objective name="Jobs">
      <issue index="1" name="Salary" type="discrete"><item index="1" value="low"/><item index="2" value="mid"/><item index="3" value="high"/></issue>
      <issue index="2" name="Car" type="discrete"><item index="1" value="yes"/><item index="2" value="no"/></issue>
      </objective></utility_space></negotiation_template>`;
    const profileXml = `<utility_space><objective name="Jobs">
      <issue index="1" name="Salary"><item value="low" evaluation="0.25"/><item value="mid" evaluation="0.5"/><item value="high" evaluation="0.75"/></issue>
      <issue index="2" name="Car"><item value="yes" evaluation="0"/><item value="no" evaluation="0"/></issue>
      <weight index="1" value="0.6"/><weight index="2" value="0.4"/></objective></utility_space>`;
    const sheet = importInline(domainXml, profileXml);
    // GENIUS: 0.6 × (0.25, 0.5, 0.75) / 0.75 × 100; an issue whose evaluations are all 0 scores 0.
    expect(sheet['Salary']).toEqual([20, 40, 60]);
    expect(sheet['Car']).toEqual([0, 0]);
  });

  it('says why a small outcome space keeps full precision: no rounding keeps its order (ANAC 2012 Amsterdam)', () => {
    // Thirds and sixths: mon + pm and tue + am tie in GENIUS (41.67), and no rounding of the entries keeps the tie.
    const domainXml = TRIP_DOMAIN;
    const profileXml = TRIP_PROFILE;
    const domain = readDomain('trip.xml', domainXml);
    const profile = readProfile('trip-a.xml', domain, profileXml);
    const result = importGenius(domain, [
      { profile, name: 'a' },
      { profile, name: 'b' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const notes = result.notes.join('\n');
    expect(notes).toMatch(/a: no rounding to 6 decimals or fewer keeps its order of all 9 packages/);
    expect(notes).not.toMatch(/too large to check rounding/);
  });

  it('refuses a profile whose packages GENIUS ties at utility 1, and notes one whose best package alone goes above 1 (QO domain)', () => {
    const domainXml = `<negotiation_template><utility_space><objective name="QO">
      <issue index="1" name="Price"><item value="low"/><item value="high"/></issue>
      <issue index="2" name="Term"><item value="short"/><item value="long"/></issue>
      </objective></utility_space></negotiation_template>`;
    const profile = (w: string, short = '0') => `<utility_space><objective name="QO">
      <issue index="1" name="Price"><item value="low" evaluation="1"/><item value="high" evaluation="0"/></issue>
      <issue index="2" name="Term"><item value="short" evaluation="${short}"/><item value="long" evaluation="1"/></issue>
      <weight index="1" value="${w}"/><weight index="2" value="0.5"/></objective></utility_space>`;
    const importWith = (w: string, short?: string) => {
      const domain = readDomain('qo.xml', domainXml);
      return importGenius(domain, [
        { profile: readProfile('side-a.xml', domain, profile(w, short)), name: 'a' },
        { profile: readProfile('side-b.xml', domain, profile('0.5')), name: 'b' },
      ]);
    };
    // GENIUS: low + long (1.45) and low + short (1.05) both count as 1; an Accord sheet would give 145 and 105.
    const refused = importWith('0.95', '0.2');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems).toEqual([
        {
          file: 'side-a.xml',
          line: 0,
          message: expect.stringMatching(
            /^Packages go above utility 1 \(the best has 1\.45; its weights sum to 1\.45\), and GENIUS counts any utility above 1 as 1: .*Scale its weights down/,
          ),
        },
      ]);
    // Only low + long goes above 1 (low + short is 0.95): GENIUS's order is the sheet's; the import says so.
    const noted = importWith('0.95');
    expect(noted.ok).toBe(true);
    if (noted.ok) {
      const notes = noted.notes.join('\n');
      expect(notes).toMatch(
        /side-a\.xml: its best package has utility 1\.45 \(its weights sum to 1\.45\), which GENIUS counts as 1; .* only its best package is worth 45 points more than GENIUS says/,
      );
      expect(notes).not.toMatch(/side-b\.xml: its best/);
    }
    const normal = importWith('0.5');
    expect(normal.ok && normal.notes.join('\n')).not.toMatch(/above 1|counts as 1/);
  });

  it("reads a real issue's evaluator from parameter0 and parameter1 only, as GENIUS's EvaluatorReal does", () => {
    const domainXml = `<negotiation_template><utility_space><objective name="Test">
      <issue index="1" name="share" type="real"><range lowerbound="0" upperbound="1"/></issue>
      <issue index="2" name="car" type="discrete"><item value="yes"/><item value="no"/></issue>
      </objective></utility_space></negotiation_template>`;
    const profileXml = (evaluator: string) => `<utility_space><objective name="Test">
      <issue index="1" name="share" type="real"><range lowerbound="0" upperbound="1"/>${evaluator}</issue>
      <issue index="2" name="car"><item value="yes" evaluation="1"/><item value="no" evaluation="0"/></issue>
      <weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>`;
    // Both kinds of attribute: GENIUS reads 1 - x (parameter0, parameter1), not x (offset, slope).
    const both = importInline(
      domainXml,
      profileXml('<evaluator ftype="linear" parameter0="1" parameter1="-1" offset="0" slope="1"/>'),
      { discretise: 3 },
    );
    expect(both['share']).toEqual([50, 25, 0]);
    // Only offset and slope: GENIUS stops (parameter0 missing); Accord says why instead of reading them.
    const domain = readDomain('test.xml', domainXml);
    const read = readGeniusProfile('p.xml', profileXml('<evaluator ftype="linear" offset="0" slope="1"/>'), domain);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problem.message).toMatch(
        /^<evaluator>: GENIUS reads the linear evaluation of the real issue "share" from parameter0 \(the constant\) and parameter1 \(the slope\) only/,
      );
  });

  it("reads an integer issue's evaluator from offset, slope and the profile's own bounds, as GENIUS's EvaluatorInteger does", () => {
    // genius10.4 web_service: the bounds in a <range>, parameter0 and parameter1: GENIUS cannot load it
    // (its DomainImpl and EvaluatorInteger read an integer issue's bounds from the <issue>'s attributes).
    const domainXml = `<negotiation_template><utility_space><objective name="web_service">
      <issue index="2" name="revenue" type="integer" lowerbound="10" upperbound="14"/>
      </objective></utility_space></negotiation_template>`;
    const profileXml = (bounds: string, evaluator: string) => `<utility_space><objective name="web_service">
      <issue index="2" name="revenue" type="integer"${bounds}>${evaluator}</issue>
      <weight index="2" value="1.0"/></objective></utility_space>`;
    const domain = readDomain('ws.xml', domainXml);
    const message = (bounds: string, evaluator: string) => {
      const read = readGeniusProfile('p.xml', profileXml(bounds, evaluator), domain);
      return read.ok ? 'read' : read.problem.message;
    };
    const linear = '<evaluator ftype="linear" offset="1" slope="-0.25"/>';
    expect(message(' lowerbound="10" upperbound="14"', linear)).toBe('read');
    expect(message('', `<range lowerbound="10" upperbound="14"/>${linear}`)).toMatch(
      /^<issue name="revenue">: GENIUS counts the integer issue "revenue" from the lowerbound attribute of the profile's own <issue>.*domain's lower bound \(10\)/,
    );
    expect(
      message(' lowerbound="10" upperbound="14"', '<evaluator ftype="linear" parameter0="1" parameter1="-0.25"/>'),
    ).toMatch(
      /^<evaluator>: GENIUS reads the linear evaluation of the integer issue "revenue" from offset and slope only/,
    );
  });

  it('counts an integer issue from its lower bound and keeps integer and real evaluations within 0..1', () => {
    const domainXml = `<negotiation_template><utility_space><objective name="Test">
      <issue index="1" name="een" type="integer" lowerbound="1" upperbound="7"/>
      <issue index="2" name="share" type="real"><range lowerbound="0" upperbound="1"/></issue>
      </objective></utility_space></negotiation_template>`;
    // genius10.4 testIntDomain's profile: 1 scores 0 and 7 scores 1; the real issue overshoots 1 from 0.5.
    const profileXml = `<utility_space><objective name="Test">
      <issue index="1" name="een" type="integer" lowerbound="1" upperbound="7"><evaluator ftype="linear" slope="0.16666666666666666" offset="0.0"/></issue>
      <issue index="2" name="share" type="real"><range lowerbound="0" upperbound="1"/><evaluator ftype="linear" parameter0="-0.5" parameter1="3"/></issue>
      <weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>`;
    const sheet = importInline(domainXml, profileXml, { discretise: 5 });
    // Each entry may be rounded to whole points (the order stays).
    const near = (points: number[] | undefined, exact: number[]) => {
      expect(points).toHaveLength(exact.length);
      points!.forEach((p, k) => expect(Math.abs(p - exact[k]!)).toBeLessThanOrEqual(0.5));
    };
    near(
      sheet['een'],
      [0, 1, 2, 3, 4, 5, 6].map((k) => (50 * k) / 6),
    ); // 50 × (v − 1) / 6 for v = 1..7
    near(sheet['share'], [0, 12.5, 50, 50, 50]); // 50 × (−0.5 + 3x) within 0..1, for x = 0, 0.25 … 1
  });
});

describe('what import genius refuses, with the file, the line and a sentence', () => {
  const domain = () => readDomain('holiday/holiday-domain.xml');

  it('refuses a non-linear profile', () => {
    const wage = readDomain('wage/wage-domain.xml');
    const read = readGeniusProfile('wage-nonlinear.xml', text('wage/wage-nonlinear.xml'), wage);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.line).toBe(3);
      expect(read.problem.message).toMatch(
        /<utility>: the profile scores combinations of values together \(non-linear utility\)/,
      );
    }
  });

  it('refuses document type declarations (entity expansion) before parsing', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<negotiation_template>&lol2;</negotiation_template>`;
    const read = readGeniusDomain('bomb.xml', bomb);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.line).toBe(2);
      expect(read.problem.message).toMatch(/declares a document type/);
    }
    const external = '<!ENTITY x SYSTEM "file:///etc/passwd"><utility_space/>';
    expect(readGeniusProfile('x.xml', external, domain()).ok).toBe(false);
  });

  it('refuses malformed XML and deep nesting, naming the line', () => {
    const read = readGeniusDomain('broken.xml', '<negotiation_template>\n<utility_space>\n</negotiation_template>');
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problem).toMatchObject({
        file: 'broken.xml',
        line: 3,
        message: expect.stringMatching(/not well-formed XML/),
      });
    const deep = `<negotiation_template>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</negotiation_template>`;
    const nested = readGeniusDomain('deep.xml', deep);
    expect(nested.ok).toBe(false);
    if (!nested.ok) expect(nested.problem.message).toMatch(/nested more than 32 levels deep/);
  });

  it('reads an XML declaration after a comment, as GENIUS does, and says why an ANAC 2014 profile is refused', () => {
    // The ANAC 2014 domains and profiles (genius10.4 templates/anac/y2014) start this way.
    const anac2014 = `\n<!-- profile 1 -->\n<?xml version="1.0" encoding="utf-8" ?>\n<utility_space type="nonlinear">\n<objective name="root"></objective></utility_space>`;
    const read = readGeniusProfile('profile-1.xml', anac2014, domain());
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.line).toBe(4);
      expect(read.problem.message).toMatch(/of type "nonlinear": Accord can only carry additive profiles/);
    }
    const holiday = `<!-- holiday -->\n<?xml version="1.0"?>\n${text('holiday/holiday-domain.xml').replace(/^<\?xml[^>]*>/, '')}`;
    expect(readGeniusDomain('holiday.xml', holiday).ok).toBe(true);
  });

  it('names the element: a value without evaluation, a value the domain lacks, a missing weight, swapped files', () => {
    const alice = text('holiday/holiday-alice.xml');
    const cases: [string, RegExp][] = [
      [
        alice.replace('<item index="4" value="Tallinn" evaluation="5"></item>', ''),
        /<issue name="Destination">: the value "Tallinn" has no evaluation\./,
      ],
      [
        alice.replace('value="Tallinn" evaluation="5"', 'value="Riga" evaluation="5"'),
        /<item value="Riga">: the value "Riga" is not a value of issue "Destination" in the domain\./,
      ],
      [
        alice.replace('<weight index="2" value="0.3"></weight>', ''),
        /there is no <weight index="2"> for issue "Duration"\./,
      ],
      [
        alice.replace('evaluation="10"', 'evaluation="ten"'),
        /<item value="Rome">: the evaluation "ten" is not a number\./,
      ],
      [text('holiday/holiday-domain.xml'), /this is a domain file, not a profile/],
    ];
    for (const [xml, message] of cases) {
      const read = readGeniusProfile('alice.xml', xml, domain());
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem.message).toMatch(message);
    }
  });

  it('names a blank profile as such, not its first value (ANAC 2015 building_construction_util1 to 10)', () => {
    const blankDomain = readDomain('blank/blank-domain.xml');
    const read = readGeniusProfile('blank-profile.xml', text('blank/blank-profile.xml'), blankDomain);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.line).toBe(2);
      expect(read.problem.message).toMatch(
        /^<objective name="building_construction">: the profile gives none of its values an evaluation \(its weights sum to 0\): it is a blank GENIUS profile/,
      );
    }
  });

  it("names GENIUS's old similarity-function format (2nd_hand_car's dealer), not a missing evaluator", () => {
    const car = readDomain('car/car-domain.xml');
    const read = readGeniusProfile('car-dealer.xml', text('car/car-dealer.xml'), car);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.line).toBe(16);
      expect(read.problem.message).toMatch(
        /^<issue name="Price">: issue "Price" is written in GENIUS's old similarity-function format \(type "price", or a <similarity_function>/,
      );
    }
    // The same format on a discrete issue whose values have no evaluation.
    const discrete = text('car/car-dealer.xml').replace(/ evaluation="(58|65)"/g, '');
    const read2 = readGeniusProfile('car-dealer.xml', discrete, car);
    expect(read2.ok).toBe(false);
    if (!read2.ok) expect(read2.problem.message).toMatch(/issue "CD player" is written in GENIUS's old similarity/);
  });

  it('refuses a profile whose issues have other indices than in the domain: GENIUS pairs them by index, not name', () => {
    // genius10.4 journal_learning/four_issues: a_l_u2_u1.xml names its issue 1 "second" and its issue 2 "first".
    const domainXml = `<negotiation_template><utility_space><objective name="Four">
      <issue index="1" name="first"><item value="a"/><item value="b"/></issue>
      <issue index="2" name="second"><item value="a"/><item value="b"/></issue>
      </objective></utility_space></negotiation_template>`;
    const profileXml = (first: string, second: string) => `<utility_space><objective name="Four">
      <issue index="${second}" name="second"><item value="a" evaluation="1"/><item value="b" evaluation="0"/></issue>
      <issue index="${first}" name="first"><item value="a" evaluation="0"/><item value="b" evaluation="1"/></issue>
      <weight index="1" value="0.8"/><weight index="2" value="0.2"/></objective></utility_space>`;
    const four = readDomain('four.xml', domainXml);
    expect(readGeniusProfile('p.xml', profileXml('1', '2'), four).ok).toBe(true);
    const swapped = readGeniusProfile('p.xml', profileXml('2', '1'), four);
    expect(swapped.ok).toBe(false);
    if (!swapped.ok)
      expect(swapped.problem.message).toMatch(
        /^<issue name="first">: issue "first" has index 2 here but 1 in the domain\. GENIUS pairs a profile's issues and weights with the domain's by index/,
      );
  });

  describe("refuses what GENIUS cannot load, and reads what it reads (genius.core's DomainImpl, AdditiveUtilitySpace, EvaluatorInteger, EvaluatorReal)", () => {
    const domainXml = (lower = '10', upper = '14') => `<negotiation_template><utility_space><objective name="Deal">
      <issue index="1" name="units" type="integer" lowerbound="${lower}" upperbound="${upper}"/>
      <issue index="2" name="share" type="real"><range lowerbound="0" upperbound="1"/></issue>
      </objective></utility_space></negotiation_template>`;
    const UNITS = '<evaluator ftype="linear" offset="0" slope="0.25"/>';
    const SHARE = '<evaluator ftype="linear" parameter0="0" parameter1="1"/>';
    const RANGE = '<range lowerbound="0" upperbound="1"/>';
    const profileXml = ({
      units = ` index="1" lowerbound="10" upperbound="14">${UNITS}`,
      share = ` index="2">${RANGE}${SHARE}`,
      weight = '1',
    } = {}) => `<utility_space><objective name="Deal">
      <issue name="units" type="integer"${units}</issue>
      <issue name="share" type="real"${share}</issue>
      <weight index="${weight}" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>`;
    const message = (profile: string, domain = domainXml()) => {
      const d = readGeniusDomain('deal.xml', domain);
      if (!d.ok) return d.problem.message;
      const read = readGeniusProfile('p.xml', profile, d.value);
      return read.ok ? 'read' : read.problem.message;
    };

    it('reads the profile GENIUS reads', () => {
      expect(message(profileXml())).toBe('read');
    });

    it("refuses a real issue's evaluator without ftype (EvaluatorReal stops on it), naming ftype", () => {
      expect(message(profileXml({ share: ` index="2">${RANGE}<evaluator parameter0="0" parameter1="1"/>` }))).toMatch(
        /^<evaluator>: GENIUS evaluates the real issue "share" with the function its <evaluator>'s ftype attribute names, and cannot load a profile whose evaluator has none\. Write ftype="linear"\./,
      );
      // GENIUS reads the ftype ignoring case.
      expect(message(profileXml({ share: ` index="2">${RANGE}${SHARE.replace('linear', 'LINEAR')}` }))).toBe('read');
    });

    it("refuses a real issue without a <range> in the profile's own <issue> (EvaluatorReal reads its bounds there)", () => {
      for (const share of [` index="2">${SHARE}`, ` index="2"><range lowerbound="0"/>${SHARE}`])
        expect(message(profileXml({ share }))).toMatch(
          /^<issue name="share">: GENIUS reads the bounds of the real issue "share" from a <range> inside the profile's own <issue>, and cannot load a profile without one\. Add <range lowerbound="…" upperbound="…"\/>/,
        );
    });

    it('refuses integer bounds that are not whole numbers, in the domain and in the profile (Integer.valueOf)', () => {
      // The domain's 10.5 to 14 made options 10.5, 11.5, 12.5, 13.5 of an integer issue.
      expect(message(profileXml(), domainXml('10.5'))).toMatch(
        /^<issue name="units">: GENIUS reads lowerbound as a whole number written in digits only, and cannot load the file with lowerbound="10\.5"\./,
      );
      expect(message(profileXml(), domainXml('10', '14.0'))).toMatch(/with upperbound="14\.0"/);
      expect(message(profileXml({ units: ` index="1" lowerbound="10" upperbound="14.5">${UNITS}` }))).toMatch(
        /^<issue name="units">: GENIUS reads upperbound as a whole number .* upperbound="14\.5"/,
      );
    });

    it('refuses a profile issue without an index, and indices that are not whole numbers', () => {
      expect(message(profileXml({ units: ` lowerbound="10" upperbound="14">${UNITS}` }))).toMatch(
        /^<issue name="units">: GENIUS pairs a profile's issues with the domain's by their index attribute, and cannot load a profile issue without one\. Write index="1", the index of issue "units" in the domain\./,
      );
      expect(message(profileXml({ units: ` index="1.0" lowerbound="10" upperbound="14">${UNITS}` }))).toMatch(
        /GENIUS reads index as a whole number .* index="1\.0"/,
      );
      expect(message(profileXml({ weight: '1.0' }))).toMatch(
        /^<weight value="0\.5">: GENIUS reads index as a whole number/,
      );
    });

    it("reads an integer issue whatever its evaluator's ftype says: EvaluatorInteger reads no ftype, only offset and slope", () => {
      for (const ftype of [' ftype="constant"', ' ftype="triangular"', ''])
        expect(
          message(
            profileXml({
              units: ` index="1" lowerbound="10" upperbound="14">${UNITS.replace(' ftype="linear"', ftype)}`,
            }),
          ),
        ).toBe('read');
      const sheet = importInline(
        domainXml(),
        profileXml({ units: ` index="1" lowerbound="10" upperbound="14">${UNITS.replace('linear', 'constant')}` }),
        { discretise: 3 },
      );
      // 50 × 0.25 × (units − 10), linear as EvaluatorInteger computes it (each entry rounded to whole points).
      expect(sheet['units']).toEqual([0, 13, 25, 38, 50]);
    });

    it('refuses a domain issue without an index (DomainImpl stops on it) rather than numbering it by its place', () => {
      expect(message(profileXml(), domainXml().replace('<issue index="1" ', '<issue '))).toMatch(
        /^<issue name="units">: GENIUS reads the index attribute of every issue of the domain, .* and cannot load a domain issue without one\. Write index="…" on issue "units"/,
      );
    });

    it("reads a numeric issue's bounds where DomainImpl does: an integer issue's from its attributes, a real one's from its <range>", () => {
      const units = (attributes: string) => domainXml().replace('lowerbound="10" upperbound="14"/>', `${attributes}`);
      // Bounds only in a <range> (genius10.4's web_service): GENIUS cannot load the integer issue.
      expect(message(profileXml(), units('><range lowerbound="10" upperbound="14"/></issue>'))).toMatch(
        /^<issue name="units">: GENIUS reads the bounds of the integer issue "units" from the lowerbound and upperbound attributes of the domain's <issue> itself \(not from a <range>\), and cannot load the domain without them\./,
      );
      // Both: the attributes count, the <range> is not read.
      const both = readGeniusDomain(
        'd.xml',
        units('lowerbound="10" upperbound="14"><range lowerbound="0" upperbound="99"/></issue>'),
      );
      expect(both.ok && both.value.issues[0]).toMatchObject({ kind: 'integer', lower: 10, upper: 14 });
      const share = (inside: string) =>
        domainXml().replace(
          '<issue index="2" name="share" type="real"><range lowerbound="0" upperbound="1"/></issue>',
          inside,
        );
      expect(
        message(profileXml(), share('<issue index="2" name="share" type="real" lowerbound="0" upperbound="1"/>')),
      ).toMatch(
        /^<issue name="share">: GENIUS reads the bounds of the real issue "share" from a <range> inside the domain's <issue> \(not from its attributes\), and cannot load the domain without one\./,
      );
      const real = readGeniusDomain(
        'd.xml',
        share(
          '<issue index="2" name="share" type="real" lowerbound="5" upperbound="9"><range lowerbound="0" upperbound="1"/></issue>',
        ),
      );
      expect(real.ok && real.value.issues[1]).toMatchObject({ kind: 'real', lower: 0, upper: 1 });
    });

    it("reads an issue's type from its type attribute only (ignoring case, discrete without one), and the evaluator from the profile's", () => {
      // etype is not read: an issue with etype="integer" and no type is discrete (here, with its items).
      const etype = readGeniusDomain(
        'd.xml',
        domainXml().replace(
          '<issue index="1" name="units" type="integer" lowerbound="10" upperbound="14"/>',
          '<issue index="1" name="units" etype="integer" lowerbound="10" upperbound="14"><item value="few"/><item value="many"/></issue>',
        ),
      );
      expect(etype.ok && etype.value.issues[0]!.kind).toBe('discrete');
      const upper = readGeniusDomain('d.xml', domainXml().replace('type="integer"', 'type="INTEGER"'));
      expect(upper.ok && upper.value.issues[0]!.kind).toBe('integer');
      // A type GENIUS does not know is discrete (ISSUETYPE prints a warning and goes on).
      const unknown = readGeniusDomain(
        'd.xml',
        domainXml().replace(
          '<issue index="1" name="units" type="integer" lowerbound="10" upperbound="14"/>',
          '<issue index="1" name="units" type="count"><item value="few"/><item value="many"/></issue>',
        ),
      );
      expect(unknown.ok && unknown.value.issues[0]!.kind).toBe('discrete');
      // The profile's own type picks the evaluator (AdditiveUtilitySpace): it must fit the domain's issue.
      const units = (type: string) =>
        profileXml().replace('<issue name="units" type="integer"', `<issue name="units"${type}`);
      expect(message(units(' type="Integer"'))).toBe('read');
      expect(message(units(''))).toMatch(
        /^<issue name="units">: GENIUS picks the evaluator of issue "units" from the type attribute of the profile's own <issue>, not from the domain, and takes an issue without one as discrete; the issue is of type integer in the domain, so GENIUS cannot score its values\. Write type="integer"/,
      );
      expect(message(units(' etype="integer"'))).toMatch(/takes an issue without one as discrete/);
      // type="objective" gives an objective's evaluator, which getUtility skips: the issue scores 0.
      const objective = importInline(domainXml(), units(' type="objective"'), { discretise: 3 });
      expect(objective['units']).toEqual([0, 0, 0, 0, 0]);
      expect(message(units(' type="real"'))).toMatch(
        /^<issue name="units">: .*: type="real" gives an evaluator of type real, and the issue is of type integer in the domain, so GENIUS cannot score its values\./,
      );
    });

    it('reads an integer issue without an <evaluator> as EvaluatorInteger does: every value scores 0', () => {
      const sheet = importInline(domainXml(), profileXml({ units: ` index="1" lowerbound="10" upperbound="14">` }), {
        discretise: 3,
      });
      expect(sheet['units']).toEqual([0, 0, 0, 0, 0]);
      expect(sheet['share']).toEqual([0, 25, 50]);
    });

    it('reads a real issue\'s ftype="constant" as EvaluatorReal does: parameter0 for every value, not kept within 0..1', () => {
      const constant = (evaluator: string) => profileXml({ share: ` index="2">${RANGE}${evaluator}` });
      const sheet = importInline(domainXml(), constant('<evaluator ftype="Constant" parameter0="-0.4"/>'), {
        discretise: 3,
      });
      expect(sheet['share']).toEqual([-20, -20, -20]);
      expect(message(constant('<evaluator ftype="constant" parameter1="1"/>'))).toMatch(
        /^<evaluator>: GENIUS reads the constant evaluation of the real issue "share" from parameter0, and cannot load a profile without it\./,
      );
      expect(message(constant('<evaluator ftype="triangular" parameter0="0" parameter1="1"/>'))).toMatch(
        /its "triangular" evaluation is neither linear nor constant/,
      );
    });
  });

  it('refuses issues with more options than Accord allows, and a single profile', () => {
    const items = Array.from({ length: 9 }, (_, k) => `<item index="${k + 1}" value="v${k}"/>`).join('');
    const wide = readDomain(
      'wide.xml',
      `<negotiation_template><utility_space><objective name="Wide"><issue index="1" name="Big">${items}</issue></objective></utility_space></negotiation_template>`,
    );
    const result = importGenius(wide, []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/Give 2 to 8 profiles/);
    const profile: GeniusProfile = {
      file: 'p.xml',
      weights: [1],
      evaluators: [
        {
          kind: 'discrete',
          evaluations: new Map(Array.from({ length: 9 }, (_, k) => [`v${k}`, k])),
          points: new Map(),
        },
      ],
      reservation: 0,
      discount: null,
      scale: null,
      offsets: [0],
      partyName: null,
      partyId: null,
      reservationPoints: null,
    };
    const tooWide = importGenius(wide, [
      { profile, name: 'a' },
      { profile, name: 'b' },
    ]);
    expect(tooWide.ok).toBe(false);
    if (!tooWide.ok)
      expect(tooWide.problems[0]!.message).toMatch(/it has 9 values; an Accord issue has at most 8 options/);
  });
});

// ---- Round trips --------------------------------------------------------------------------------

/** What the analysis says, in labels (ids may change on the way): frontier, Nash, maximum joint gain, gains. */
function analysisInLabels(scenario: Scenario) {
  const domain: Domain = domainFromScenario(scenario);
  const space = compileSpace(domain);
  const { report, frontier } = analyseSpace(space);
  const key = (choice: number[]) => domain.issues.map((issue, i) => issue.options[choice[i]!]!.label).join(' | ');
  const frontierKeys = Array.from(frontier.indices, (index) => key(choiceOfIndex(space, index))).sort();
  const named = (p: typeof report.nash) => (p ? p.options.map((o) => o.label).join(' | ') : null);
  const gains = new Map(
    allChoices(scenario).map((c) => {
      const points = allPackagePoints(domain, packageOfChoice(scenario, c));
      return [key(c), points.map((x, k) => x - disagreementPoints(domain, k))] as const;
    }),
  );
  return { frontier: frontierKeys, nash: named(report.nash), maxJointGain: named(report.maxJointGain), gains };
}

function exportThenImport(scenario: Scenario): { back: Scenario; warnings: string[]; notes: string[] } {
  const exported = exportGenius(scenario);
  const domain = readDomain(exported.domain.name, exported.domain.xml);
  const profiles = exported.profiles.map((f) => {
    const profile = readProfile(f.name, domain, f.xml);
    return { profile, name: profile.partyName ?? f.name };
  });
  const result = importGenius(domain, profiles);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { back: load(JSON.stringify(result.scenario)), warnings: exported.warnings, notes: result.notes };
}

describe('Accord → GENIUS → Accord keeps points written with decimals', () => {
  it('brings back 60.5, 40.25 and a BATNA of 40.5 as they were, not rounded to whole points', () => {
    const { scenario } = importShape(SHAPES[0]!);
    const party = scenario.parties[0]!;
    const [first, second] = scenario.issues;
    const sheet = {
      ...party.sheet,
      [first!.id]: { ...party.sheet[first!.id], [first!.options[1]!.id]: 60.5 },
      [second!.id]: { ...party.sheet[second!.id], [second!.options[0]!.id]: 40.25 },
    };
    const edited: Scenario = {
      ...scenario,
      parties: [{ ...party, sheet, batna: { ...party.batna, points: 40.5 } }, ...scenario.parties.slice(1)],
    };
    const { back } = exportThenImport(edited);
    const byLabel = (s: Scenario) =>
      s.parties.map((p) => [
        p.batna.points,
        s.issues.map((issue) => issue.options.map((o) => [o.label, p.sheet[issue.id]![o.id]])),
      ]);
    expect(byLabel(back)).toEqual(byLabel(edited));
  });

  it('says the points were kept as written, not rounded (it said "rounded to 2 decimals, which keeps its order")', () => {
    const { scenario } = importShape(SHAPES[0]!);
    const [alice, bob] = scenario.parties;
    const issue = scenario.issues[0]!;
    const sheet = { ...alice!.sheet, [issue.id]: { ...alice!.sheet[issue.id], [issue.options[1]!.id]: 60.25 } };
    const { back, notes } = exportThenImport({ ...scenario, parties: [{ ...alice!, sheet }, bob!] });
    expect(back.parties[0]!.sheet[issue.id]![issue.options[1]!.id]).toBe(60.25);
    expect(notes).toContain(
      `${alice!.name}: points kept as written in the profile Accord exported (accord-points, up to 2 decimals); nothing was rounded.`,
    );
    expect(notes).toContain(
      `${bob!.name}: points kept as written in the profile Accord exported (accord-points, whole points); nothing was rounded.`,
    );
    expect(notes.join('\n')).not.toMatch(/rounded to/);
  });
});

describe('Accord → GENIUS → Accord keeps points that no rounding keeps, to the last digit', () => {
  // Thirds and sixths (ANAC 2012 Amsterdam's shape): the import keeps them at full precision.
  const domainXml = TRIP_DOMAIN;
  const profileXml = TRIP_PROFILE;
  const imported = () => {
    const domain = readDomain('trip.xml', domainXml);
    const profile = readProfile('trip.xml', domain, profileXml);
    const result = importGenius(domain, [
      { profile, name: 'a' },
      { profile, name: 'b' },
    ]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return load(JSON.stringify(result.scenario));
  };
  const points = (s: Scenario) =>
    s.parties.map((p) => [p.batna.points, s.issues.map((issue) => issue.options.map((o) => p.sheet[issue.id]![o.id]))]);

  it('brings back 16.666666666666664 and a BATNA of 0 exactly (the BATNA came back as -3.6e-15)', () => {
    const first = imported();
    expect(first.parties[0]!.sheet['day']!['mon']).toBe(16.666666666666664);
    const { back } = exportThenImport(first);
    expect(points(back)).toEqual(points(first));
    expect(Object.is(back.parties[0]!.batna.points, 0)).toBe(true);
  });

  it('follows an evaluation edited in GENIUS since the export', () => {
    const first = imported();
    const exported = exportGenius(first);
    const domain = readDomain(exported.domain.name, exported.domain.xml);
    const [a, b] = exported.profiles.map((f) =>
      readProfile(
        f.name,
        domain,
        f.name.endsWith('-a.xml')
          ? f.xml.replace(/value="tue" evaluation="[^"]*"/, 'value="tue" evaluation="0.75"')
          : f.xml,
      ),
    );
    const result = importGenius(domain, [
      { profile: a!, name: 'a' },
      { profile: b!, name: 'b' },
    ]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const back = load(JSON.stringify(result.scenario));
    expect(back.parties[0]!.sheet['day']!['tue']).not.toBe(first.parties[0]!.sheet['day']!['tue']);
    expect(back.parties[1]!.sheet['day']!['tue']).toBe(first.parties[1]!.sheet['day']!['tue']);
  });
});

/** True when a condition looks at one issue's options only (what a GENIUS profile can carry). */
function additive(c: Condition): boolean {
  const onlyOptions = (x: Condition): boolean =>
    'all' in x
      ? x.all.every(onlyOptions)
      : 'any' in x
        ? x.any.every(onlyOptions)
        : 'not' in x
          ? onlyOptions(x.not)
          : 'is' in x || 'oneOf' in x;
  return onlyOptions(c) && issuesNamed(c).size === 1;
}

/** The scenario as GENIUS can carry it: additive scoring rules kept, the rest left out. */
function asGeniusSees(scenario: Scenario): Scenario {
  return {
    ...scenario,
    scoringRules: scenario.scoringRules.filter((r) => additive(r.when)),
    legitimacy: { ...scenario.legitimacy, consequence: null },
    events: [],
  };
}

function expectSameAnalysis(before: Scenario, after: Scenario) {
  const a = analysisInLabels(before);
  const b = analysisInLabels(after);
  expect(b.frontier).toEqual(a.frontier);
  expect(b.nash).toBe(a.nash);
  expect(b.maxJointGain).toBe(a.maxJointGain);
  // Every party's gain over no deal for every package: the same numbers, so the same orders.
  expect([...b.gains.keys()].sort()).toEqual([...a.gains.keys()].sort());
  for (const [key, gains] of a.gains) b.gains.get(key)!.forEach((g, k) => expect(g).toBeCloseTo(gains[k]!, 9));
}

describe('round trips keep every preference order, the frontier, the Nash point and the maximum joint gain', () => {
  for (const shape of SHAPES) {
    it(`GENIUS → Accord → GENIUS → Accord: ${shape.name} comes back with the same points`, () => {
      const first = importShape(shape).scenario;
      const { back, warnings } = exportThenImport(first);
      expect(warnings).toEqual([]);
      expect(back.parties.map((p) => [p.name, p.batna.points])).toEqual(
        first.parties.map((p) => [p.name, p.batna.points]),
      );
      back.parties.forEach((p, k) =>
        expect(Object.values(p.sheet).map((row) => Object.values(row))).toEqual(
          Object.values(first.parties[k]!.sheet).map((row) => Object.values(row)),
        ),
      );
      expectSameAnalysis(first, back);
    });
  }

  const library = ['gdpr-research-exemption', 'safe-harbor-revocation', 'care-data', 'ocap-research-agreement'];
  for (const id of library) {
    it(`Accord → GENIUS → Accord: ${id}, as far as GENIUS can carry it`, () => {
      const scenario = load(readFileSync(`scenarios/${id}.json`, 'utf8'), id);
      const { back, warnings } = exportThenImport(scenario);
      expect(warnings.join('\n')).not.toMatch(/above its best package/);
      expectSameAnalysis(asGeniusSees({ ...scenario, agreement: { ...scenario.agreement, rule: 'unanimity' } }), back);
      // The sheets come back exactly (options on the table at the start).
      back.parties.forEach((p, k) => {
        const original = scenario.parties[k]!;
        expect(p.name).toBe(original.name);
        back.issues.forEach((issue, i) =>
          issue.options.forEach((o, j) => {
            const source = scenario.issues[i]!.options.filter((x) => x.available)[j]!;
            expect(o.label).toBe(source.label);
            if (scenario.scoringRules.every((r) => !additive(r.when)))
              expect(p.sheet[issue.id]![o.id]).toBe(original.sheet[scenario.issues[i]!.id]![source.id]);
          }),
        );
      });
    });
  }

  it('Accord → GENIUS → Accord on random scenarios (2 to 8 parties), with additive scoring rules folded in', () => {
    let checked = 0;
    let folded = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const scenario = randomScenario(seed, { issues: [1, 4], options: [2, 4] });
      // An issue with one option on the table cannot come back (Accord issues have two or more).
      if (scenario.issues.some((i) => i.options.filter((o) => o.available).length < 2)) continue;
      const { back, warnings } = exportThenImport(scenario);
      if (warnings.some((w) => /above its best package/.test(w))) continue; // clamped to a tie: not carried
      expectSameAnalysis(asGeniusSees({ ...scenario, agreement: { ...scenario.agreement, rule: 'unanimity' } }), back);
      checked++;
      folded += scenario.scoringRules.filter((r) => additive(r.when)).length;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(folded).toBeGreaterThan(0);
  });
});

/** The ids an action log refers to: the scenario's id and version, parties, issues and options on the table. */
const idsOf = (s: Scenario) => ({
  scenario: [s.id, s.version],
  parties: s.parties.map((p) => p.id),
  issues: s.issues
    .filter((issue) => issue.options.some((o) => o.available))
    .map((issue) => [issue.id, issue.options.filter((o) => o.available).map((o) => o.id)]),
});

describe('Accord → GENIUS → Accord keeps ids, so saved games replay on the re-imported scenario', () => {
  const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

  it('gives every shipped scenario back its scenario, party, issue and option ids and its version', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(11);
    for (const file of shipped) {
      const scenario = load(readFileSync(`scenarios/${file}`, 'utf8'), file);
      const { back } = exportThenImport(scenario);
      expect({ file, ...idsOf(back) }).toEqual({ file, ...idsOf(scenario) });
    }
  });

  for (const file of shipped) {
    it(`${file}: seeded computer games replay on the re-imported file, to the same final state`, () => {
      const { back } = exportThenImport(load(readFileSync(`scenarios/${file}`, 'utf8'), file));
      // As an instructor would after importing: better titles, labels and names (the ids stay).
      const edited: Scenario = {
        ...back,
        parties: back.parties.map((p) => ({ ...p, name: `${p.name} (edited)` })),
        issues: back.issues.map((issue) => ({
          ...issue,
          title: `${issue.title} (edited)`,
          options: issue.options.map((o) => ({ ...o, label: `${o.label} (edited)` })),
        })),
      };
      const { back: again } = exportThenImport(edited);
      for (const seed of [1, 2]) {
        const game = playGame(edited, { seed, strategies: ['adaptive'] });
        const replayed = replayLog(again, game.log);
        if (!replayed.ok) throw new Error(`${file}, seed ${seed}: ${replayed.reason}`);
        // The scenario's texts are placeholders the import writes again; the game itself is the same.
        expect({ ...replayed.state, scenario: null }).toEqual({ ...game.state, scenario: null });
      }
    });
  }
});

describe('export genius', () => {
  it('names what it cannot carry: rules that tie issues, legitimacy, events, options added later, majority rules', () => {
    const scenario = load(readFileSync('scenarios/gdpr-research-exemption.json', 'utf8'));
    const { warnings, profiles, domain } = exportGenius(scenario);
    const all = warnings.join('\n');
    expect(all).toMatch(
      /Scoring rule "safeguards-earn-patient-trust" is not carried: its condition ties issues together/,
    );
    expect(all).toMatch(
      /Scoring rule "parliament-can-sell-it" is not carried: its condition depends on more than the agreed options/,
    );
    expect(all).toMatch(/Public legitimacy's consequence is not carried/);
    // Every event of the scenario (five since the Court's ruling on the Commission's power of withdrawal).
    expect(all).toContain(`${scenario.events.length} events are not carried`);
    expect(scenario.events).toHaveLength(5);
    expect(all).toMatch(/Option "Consent to areas of research" .* is left out/);
    expect(all).toMatch(/The agreement rule \(weighted-majority\) is not carried/);
    expect(profiles).toHaveLength(scenario.parties.length);
    expect(domain.name).toBe('gdpr-research-exemption-domain.xml');
  });

  it('escapes XML in names, and falls back to ids where labels repeat', () => {
    const scenario = load(readFileSync('scenarios/care-data.json', 'utf8'));
    const [first, ...rest] = scenario.issues;
    const tricky = {
      ...first!,
      title: 'Access & "use" <by whom>',
      options: first!.options.map((o) => ({ ...o, label: 'Same label' })),
    };
    const { back } = exportThenImport({ ...scenario, issues: [tricky, ...rest] });
    expect(back.issues[0]!.title).toBe('Access & "use" <by whom>');
    expect(back.issues[0]!.options.map((o) => o.label)).toEqual(
      first!.options.filter((o) => o.available).map((o) => o.id),
    );
  });

  it('writes normalised profiles: weights summing to 1, evaluations and reservation values within 0..1', () => {
    const scenario = load(readFileSync('scenarios/care-data.json', 'utf8'));
    const exported = exportGenius(scenario);
    const domain = readDomain('d.xml', exported.domain.xml);
    for (const f of exported.profiles) {
      const profile = readProfile(f.name, domain, f.xml);
      expect(profile.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      for (const e of profile.evaluators) {
        if (e.kind !== 'discrete') throw new Error('exported issues are discrete');
        for (const v of e.evaluations.values()) expect(v >= 0 && v <= 1).toBe(true);
        expect(Math.max(...e.evaluations.values())).toBe(1);
      }
      expect(profile.reservation! >= 0 && profile.reservation! <= 1).toBe(true);
    }
  });
});
