/** The instructor view's pure model: sheets side by side, rules in words, and the analysis it shows. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDomain, domainFromScenario } from '../../src/analysis/index.ts';
import { analysedMoments, authoringReport } from '../../src/authoring/index.ts';
import { instructorAnalysis, STEPS } from '../../src/game/instructor/instructorAnalysis.ts';
import {
  agreementInWords,
  legitimacyInWords,
  scoringRulesInWords,
  sheetMatrix,
} from '../../src/game/instructor/sheetMatrix.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** A sentence without the marks that set the scenario's words apart (gameLanguage.ts asGameWord). */
const plain = (s: string) => s.replace(/[\uE000\uE001]/g, '');

function load(path: string): Scenario {
  const r = parseScenario(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'), path);
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.scenario;
}
const gdpr = load('scenarios/gdpr-research-exemption.json');
const minimal = load('test/fixtures/minimal.json');

describe('the sheets side by side', () => {
  it('has a row per option of every issue and a column per party, with the sheet’s numbers', () => {
    const m = sheetMatrix(gdpr);
    expect(m.parties.map((p) => p.id)).toEqual(gdpr.parties.map((p) => p.id));
    expect(m.issues.map((i) => i.id)).toEqual(gdpr.issues.map((i) => i.id));
    for (const issue of gdpr.issues) {
      const row = m.issues.find((i) => i.id === issue.id);
      expect(row?.options.map((o) => o.id)).toEqual(issue.options.map((o) => o.id));
      for (const o of issue.options) {
        const opt = row?.options.find((x) => x.id === o.id);
        expect(opt?.points).toEqual(gdpr.parties.map((p) => p.sheet[issue.id]?.[o.id]));
        expect(opt?.legitimacy).toBe(gdpr.legitimacy.options[issue.id]?.[o.id] ?? 50);
      }
    }
    // The GDPR sheet's known numbers: the Parliament gives specific consent 30 points, its best, and
    // its red line, the general exemption, -46 (so that no gain elsewhere outweighs it, issue 13).
    const legal = m.issues.find((i) => i.id === 'legal-basis');
    const k = m.parties.findIndex((p) => p.id === 'parliament');
    const specific = legal?.options.find((o) => o.id === 'specific-consent');
    expect(specific?.points[k]).toBe(30);
    expect(specific?.best[k]).toBe(true);
    expect(legal?.options.find((o) => o.id === 'general-exemption')?.points[k]).toBe(-46);
    expect(legal?.spread[k]).toBe(76);
  });

  it('carries BATNA, influence and veto per party, and marks every tied best option', () => {
    const m = sheetMatrix(gdpr);
    gdpr.parties.forEach((p, k) => {
      expect(m.parties[k]).toMatchObject({ batna: p.batna.points, influence: p.influence, veto: p.veto });
      for (const issue of m.issues) {
        const on = issue.options.filter((o) => o.available);
        const best = Math.max(...on.map((o) => o.points[k] ?? 0));
        expect(on.filter((o) => o.best[k]).map((o) => o.id)).toEqual(
          on.filter((o) => o.points[k] === best).map((o) => o.id),
        );
      }
    });
  });

  it('puts the agreement rule, the scoring rules and legitimacy into words', () => {
    // The scenario's own words are set apart for the panels to mark their language (gameLanguage.ts asGameWord).
    const words = plain(agreementInWords(gdpr).join(' '));
    expect(words).toMatch(
      /^Weighted majority: supporters must hold more than 60% of the influence of all the parties, those who walked away included/,
    );
    expect(words).toContain('A deal binds every party');
    expect(words).toMatch(/Track II \(may not propose or amend the text\): .*Research community/i);
    expect(words).toMatch(/Red lines of [^:]+: Legal basis[^:]*: Specific consent/i);
    expect(words).toContain('Required in any deal: European Commission (DG Justice)');
    expect(words).toContain(`after round ${gdpr.protocol.rounds}`);
    const rules = scoringRulesInWords(gdpr).map(plain);
    expect(rules).toHaveLength(gdpr.scoringRules.length);
    const first = gdpr.scoringRules[0];
    if (first)
      expect(rules[0]).toBe(
        `${first.description} (${first.points > 0 ? '+' : ''}${first.points} for Patient organisations)`,
      );
    // A negative rule is signed with the minus sign, as the sheets write it (it read "-12 for …").
    const negative = gdpr.scoringRules.findIndex((r) => r.points < 0);
    expect(rules[negative]).toContain(`(\u2212${-gdpr.scoringRules[negative]!.points} for `);
    expect(rules.join(' ')).not.toMatch(/-\d/);
    expect(legitimacyInWords(gdpr)).toContain(`below ${gdpr.legitimacy.threshold}`);
    expect(agreementInWords(minimal)[0]).toMatch(/^(Unanimity|Majority|Weighted majority)/);
  });
});

describe('the instructor view’s analysis', () => {
  it('agrees with the analysis layer and the authoring report, and reports progress step by step', () => {
    const steps: number[] = [];
    const a = instructorAnalysis(gdpr, (step, n) => {
      expect(n).toBe(STEPS.length);
      steps.push(step);
    });
    expect([...new Set(steps)]).toEqual([1, 2, 3, 4, 5]);
    const ref = analyseDomain(domainFromScenario(gdpr, analysedMoments(gdpr).start.overrides));
    const o = a.outcome;
    expect(o).not.toBeNull();
    if (!o) return;
    expect(o.packages).toBe(ref.packages);
    expect(o.frontier.size).toBe(ref.frontier?.size);
    expect(o.nash?.index).toBe(ref.nash?.index);
    expect(o.kalaiSmorodinsky?.index).toBe(ref.kalaiSmorodinsky?.index);
    expect(o.egalitarian?.index).toBe(ref.egalitarian?.index);
    expect(o.zone.exists).toBe(ref.zone.exists);
    expect(o.zone.coalitions.map((c) => c.members)).toEqual(ref.zone.coalitions.map((c) => c.members));
    expect(a.warnings).toEqual(authoringReport(gdpr));
    // Every package of maximum joint gain has the same, largest, sum of points.
    const sums = o.maxJointGain.map((p) => p.points.reduce((s, x) => s + x.points, 0));
    expect(sums.length).toBeGreaterThan(0);
    const refSum = ref.maxJointGain?.points.reduce((s, x) => s + x.points, 0) ?? NaN;
    for (const s of sums) expect(s).toBeCloseTo(refSum, 9);
    expect(o.nash?.points.map((p) => p.name)).toEqual(gdpr.parties.map((p) => p.name));
  });

  it('says so, without throwing, when a scenario has warnings or no zone of agreement', () => {
    // Every BATNA above anything a package gives: no zone, and the report warns.
    const hopeless: Scenario = structuredClone(gdpr);
    for (const p of hopeless.parties) p.batna.points = 1000;
    const a = instructorAnalysis(hopeless);
    expect(a.outcome?.zone.exists).toBe(false);
    expect(a.outcome?.nash).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain('no-zone-of-agreement');
  });
});
