/** Hand-worked examples with known answers, the zone of agreement under each rule, cancellation. */
import { describe, expect, it } from 'vitest';
import { kalaiSmorodinsky, maxJointGain, nashPoint, egalitarian } from '../../src/analysis/bargaining.ts';
import { AnalysisCancelled } from '../../src/analysis/control.ts';
import { assessDeal } from '../../src/analysis/deal.ts';
import type { Domain, DomainAgreement } from '../../src/analysis/domain.ts';
import { disagreementPoints, domainFromScenario, packagePoints } from '../../src/analysis/domain.ts';
import { paretoFrontier } from '../../src/analysis/frontier.ts';
import { leftOnTable } from '../../src/analysis/leftOnTable.ts';
import { randomDomain, UNANIMITY } from '../support/randomDomain.ts';
import { analyseDomain } from '../../src/analysis/report.ts';
import { choiceOfIndex, compileSpace, indexOfChoice } from '../../src/analysis/space.ts';
import { bestFeasibleJoint, zoneOfAgreement } from '../../src/analysis/zopa.ts';
import { readScenarioFile } from '../../src/cli/readScenarioFile.ts';

function domain(
  sheets: number[][][],
  batnas: number[],
  agreement?: Partial<DomainAgreement>,
  influence?: number[],
  veto?: boolean[],
): Domain {
  const issues = sheets[0]!.map((row, i) => ({
    id: `i${i}`,
    title: `Issue ${String.fromCharCode(65 + i)}`,
    options: row.map((_, k) => ({
      id: `i${i}o${k}`,
      label: `${String.fromCharCode(97 + i)}${k + 1}`,
      available: true,
    })),
  }));
  return {
    issues,
    parties: sheets.map((sheet, p) => ({
      id: `p${p}`,
      name: `P${p}`,
      influence: influence?.[p] ?? 1,
      veto: veto?.[p] ?? false,
      batna: batnas[p]!,
      sheet,
    })),
    rules: [],
    legitimacy: {
      table: issues.map((i) => i.options.map(() => 50)),
      weights: issues.map(() => 1),
      threshold: 50,
      consequence: null,
    },
    agreement: {
      ...UNANIMITY,
      ...agreement,
    },
    context: { round: 1, evidencePresented: [], partyLeft: [] },
  };
}

describe('textbook logroll: two parties, two issues', () => {
  // X cares about A, Y about B: splitting the difference (a2, b1) gives 4 each; trading gives 10 each.
  const d = domain(
    [
      [
        [10, 0],
        [4, 0],
      ],
      [
        [0, 4],
        [0, 10],
      ],
    ],
    [0, 0],
  );
  const space = compileSpace(d);
  const idx = (a: number, b: number) => indexOfChoice(space, [a, b])!;

  it('has the frontier (a1,b1) 14/0, (a1,b2) 10/10, (a2,b2) 0/14', () => {
    const f = paretoFrontier(space);
    expect(new Set(f.indices)).toEqual(new Set([idx(0, 0), idx(0, 1), idx(1, 1)]));
  });

  it('puts Nash, Kalai–Smorodinsky, max joint gain and egalitarian at the logroll (a1, b2)', () => {
    expect(nashPoint(space).index).toBe(idx(0, 1));
    expect(Math.exp(nashPoint(space).value)).toBeCloseTo(100);
    expect(kalaiSmorodinsky(space).index).toBe(idx(0, 1));
    expect(maxJointGain(space).value).toBe(20);
    expect(egalitarian(space).value).toBe(10);
  });

  it('says what the compromise (a2, b1) left on the table', () => {
    const left = leftOnTable(space, idx(1, 0));
    expect(left.efficient).toBe(false);
    expect(left.nearest?.changes.map((c) => `${c.from.label}->${c.to.label}`)).toEqual(['a2->a1', 'b1->b2']);
    expect(left.nearest?.gains).toEqual([6, 6]);
    expect(left.logrolls).toHaveLength(1);
    expect(left.logrolls[0]!.sentence).toContain('P0 +6, P1 +6');
    expect(left.sentences[0]).toContain('Changing 2 issues');
    // In French (the debrief of a French game): the same facts in French sentences.
    const fr = leftOnTable(space, idx(1, 0), undefined, 'fr');
    expect(fr.sentences[0]).toMatch(/^Changer 2 questions aurait laissé chaque partie/);
    expect(fr.sentences[0]).toContain('P0 +6 et P1 +6');
    expect(fr.logrolls[0]!.sentence).toMatch(/aurait pu céder sur .* P0 \+6, P1 \+6\.$/);

    const a = assessDeal(space, idx(1, 0));
    expect(a.paretoEfficient).toBe(false);
    expect(a.jointGain).toBe(8);
    expect(a.shareOfMaxJointGain).toBeCloseTo(0.4);
    expect(a.distanceToFrontier).toBe(6);
    expect(a.nashRatio).toBeCloseTo(16 / 100);
    expect(assessDeal(space, idx(0, 1)).paretoEfficient).toBe(true);
  });

  it('subset frontier: for X alone only the packages with its best points', () => {
    const f = paretoFrontier(space, { parties: [0] });
    expect(new Set(f.indices)).toEqual(new Set([idx(0, 0)]));
  });
});

describe('zone of possible agreement', () => {
  // One issue: o1 suits P0 and P1, o2 suits P2 only, o3 splits P0 and P2. BATNAs 3.
  const sheets = [[[10, 0, 5]], [[10, 0, 0]], [[0, 10, 5]]];
  const zone = (agreement: Partial<DomainAgreement>, influence?: number[], veto?: boolean[]) =>
    zoneOfAgreement(compileSpace(domain(sheets, [3, 3, 3], agreement, influence, veto)));
  const members = (z: ReturnType<typeof zone>) => z.coalitions.filter((c) => c.feasible).map((c) => c.members.join(''));

  it('unanimity: no package beats everyone', () => {
    const z = zone({ rule: 'unanimity' });
    expect(z.exists).toBe(false);
    expect(z.coalitions.map((c) => c.members)).toEqual([[0, 1, 2]]);
  });
  it('majority: P0+P1 and P0+P2 can carry a deal, P1+P2 cannot', () => {
    const z = zone({ rule: 'majority' });
    expect(z.exists).toBe(true);
    expect(members(z).sort()).toEqual(['01', '02']);
    expect(z.coalitions.find((c) => c.members.join('') === '12')?.feasible).toBe(false);
  });
  it('majority with a required party and with a veto', () => {
    expect(members(zone({ rule: 'majority', required: [2] }))).toEqual(['02']);
    const veto = zone({ rule: 'majority' }, undefined, [false, true, false]);
    expect(members(veto)).toEqual(['01']);
  });
  it('a party that walked away is no member, and its veto no longer blocks', () => {
    const d = domain(sheets, [3, 3, 3], { rule: 'majority' }, undefined, [false, true, false]);
    expect(zoneOfAgreement(compileSpace(d)).coalitions.map((c) => c.members)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    d.context.partyLeft = ['p1'];
    const z = zoneOfAgreement(compileSpace(d));
    expect(z.coalitions.map((c) => c.members)).toEqual([[0, 2]]);
    expect(z.exists).toBe(true);
  });
  it('lists the coalitions that can reach a deal first', () => {
    // o1 suits P0 and P2, o2 P1 only: of the minimal majorities 01, 02, 12 only 02 finds a package.
    const z = zoneOfAgreement(compileSpace(domain([[[10, 0]], [[0, 10]], [[10, 0]]], [3, 3, 3], { rule: 'majority' })));
    expect(z.coalitions.map((c) => [c.members.join(''), c.feasible])).toEqual([
      ['02', true],
      ['01', false],
      ['12', false],
    ]);
  });
  it('the best carriable joint gain counts a party that walked away once, at its BATNA when the deal does not bind it', () => {
    // P1 walks away. Majority of 3: only P0 + P2 can carry, on o3 (5 and 5); P1 would get 2 there.
    const d = domain([[[10, 0, 5]], [[10, 0, 2]], [[0, 10, 5]]], [3, 3, 3], { rule: 'majority', binds: 'stayers' });
    d.context.partyLeft = ['p1'];
    expect(bestFeasibleJoint(compileSpace(d))).toBe(5 + 3 + 5);
    d.agreement.binds = 'all';
    expect(bestFeasibleJoint(compileSpace(d))).toBe(5 + 2 + 5);
  });
  it('a party offered exactly its BATNA may carry a deal (the best carriable counts it), not open a zone of agreement', () => {
    // Unanimity; o0 gives P0 exactly its BATNA (3) and P1 10. P0 gains nothing, so there is no zone of agreement, but a
    // party at its BATNA backs such a text (the computer negotiators do), so the rule can carry o0: best joint 13. A
    // point under its BATNA, P0 is no member and nothing is carriable.
    expect(bestFeasibleJoint(compileSpace(domain([[[3, 0]], [[10, 0]]], [3, 3])))).toBe(13);
    expect(zoneOfAgreement(compileSpace(domain([[[3, 0]], [[10, 0]]], [3, 3]))).exists).toBe(false);
    expect(bestFeasibleJoint(compileSpace(domain([[[3, 0]], [[10, 0]]], [4, 3])))).toBeNull();
  });
  it('weighted majority: a party with most of the influence wins alone', () => {
    const z = zone({ rule: 'weighted-majority' }, [1, 1, 3]);
    expect(z.coalitions.map((c) => c.members)).toEqual([[2]]);
    expect(z.exists).toBe(true);
  });
});

describe('legitimacy consequence', () => {
  it('a deal under the threshold costs the consequence points, and the frontier knows it', () => {
    const d = domain([[[10, 8]], [[10, 8]]], [0, 0]);
    d.legitimacy.table = [[20, 80]];
    d.legitimacy.consequence = { description: 'no licence', points: [-5, -5] };
    const space = compileSpace(d);
    expect(packagePoints(d, 0, { i0: 'i0o0' })).toBe(5);
    expect(packagePoints(d, 0, { i0: 'i0o1' })).toBe(8);
    const f = paretoFrontier(space);
    expect(Array.from(f.indices, (i) => choiceOfIndex(space, i)[0])).toEqual([1]);
  });
});

describe('no-deal consequence', () => {
  // One issue: o2 gives P0 4 and P1 6, under P0's BATNA of 5. With no deal costing P0 3 points, P0's
  // disagreement point is 2 and o2 beats it: the zone of agreement opens and the Nash point is o2.
  const sheets = [[[0, 4, 10]], [[10, 6, 0]]];
  it('without one, no package beats both BATNAs', () => {
    const space = compileSpace(domain(sheets, [5, 5]));
    expect(zoneOfAgreement(space).exists).toBe(false);
    expect(nashPoint(space).index).toBeNull();
  });
  it('a party that loses points without a deal accepts less: its disagreement point is BATNA + consequence', () => {
    const d = domain(sheets, [5, 5], { noDeal: { description: 'the plant closes', points: [-3, 0] } });
    expect(disagreementPoints(d, 0)).toBe(2);
    expect(disagreementPoints(d, 1)).toBe(5);
    const space = compileSpace(d);
    expect(zoneOfAgreement(space).exists).toBe(true);
    const nash = nashPoint(space);
    expect(nash.points).toEqual([4, 6]);
    expect(nash.value).toBeCloseTo(Math.log(2) + Math.log(1), 12);
  });
});

describe('running in a worker', () => {
  it('reports progress and stops when asked', () => {
    const space = compileSpace(randomDomain(1, { parties: 4, options: [6, 6, 6, 6, 6] }));
    const phases = new Set<string>();
    const shares: number[] = [];
    paretoFrontier(space, {
      onProgress: (done, total, phase) => {
        phases.add(phase);
        shares.push(done / total);
      },
    });
    expect(phases.has('frontier')).toBe(true);
    // One share that only grows, each merge's own candidates inside it (the instructor view's bar went back).
    expect(shares.length).toBeGreaterThan(3);
    for (let k = 1; k < shares.length; k++) expect(shares[k], `report ${k}`).toBeGreaterThanOrEqual(shares[k - 1]!);
    expect(Math.max(...shares)).toBeLessThanOrEqual(1);
    expect(() => paretoFrontier(space, { shouldStop: () => true })).toThrow(AnalysisCancelled);
    expect(() => paretoFrontier(space, { signal: { aborted: true } })).toThrow(AnalysisCancelled);
  });
});

describe('scenarios', () => {
  it('analyses the minimal fixture and agrees with packagePoints', async () => {
    const loaded = await readScenarioFile('test/fixtures/minimal.json');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const d = domainFromScenario(loaded.scenario);
    const report = analyseDomain(d);
    expect(report.packages).toBe(d.issues.reduce((n, i) => n * i.options.filter((o) => o.available).length, 1));
    const nash = report.nash!;
    const pkg = Object.fromEntries(nash.options.map((o) => [o.issueId, o.optionId]));
    nash.points.forEach((p, k) => expect(p.points).toBe(packagePoints(d, k, pkg)));
  });

  it('domainFromScenario applies overrides (sheets, BATNAs, availability)', async () => {
    const loaded = await readScenarioFile('test/fixtures/minimal.json');
    if (!loaded.ok) throw new Error('fixture invalid');
    const s = loaded.scenario;
    const party = s.parties[0]!;
    const issue = s.issues[0]!;
    const option = issue.options[0]!;
    const d = domainFromScenario(s, {
      sheets: { [party.id]: { ...party.sheet, [issue.id]: { ...party.sheet[issue.id], [option.id]: 999 } } },
      batnas: { [party.id]: -7 },
      availability: { [issue.id]: { [option.id]: false } },
    });
    expect(d.parties[0]!.sheet[0]![0]).toBe(999);
    expect(d.parties[0]!.batna).toBe(-7);
    expect(d.issues[0]!.options[0]!.available).toBe(false);
    // The game so far: who walked away, what was presented, the round.
    const left = s.parties[1]!.id;
    const at = domainFromScenario(s, { partyLeft: [left], round: 2, evidencePresented: ['e1'] }).context;
    expect(at).toEqual({ partyLeft: [left], round: 2, evidencePresented: ['e1'] });
  });
});

describe('frontier over budget (anytime approximation)', () => {
  it('thins to the budget and every exact frontier package has a listed one within maxShortfall', () => {
    const space = compileSpace(randomDomain(3, { parties: 3, options: [5, 5, 5, 5] }));
    const exact = paretoFrontier(space);
    const approx = paretoFrontier(space, { maxFrontier: 20 });
    expect(approx.exact).toBe(false);
    expect(approx.maxShortfall).toBeGreaterThan(0);
    expect(approx.size).toBeLessThan(exact.size);
    const P = 3;
    for (let r = 0; r < exact.size; r++) {
      const covered = Array.from({ length: approx.size }, (_, s) => s).some((s) =>
        [0, 1, 2].every((p) => approx.points[s * P + p]! >= exact.points[r * P + p]! - approx.maxShortfall - 1e-9),
      );
      expect(covered).toBe(true);
    }
  });

  it('a frontier one package over the budget is thinned, one at the budget is not', () => {
    const space = compileSpace(randomDomain(3, { parties: 3, options: [5, 5, 5, 5] }));
    const exact = paretoFrontier(space);
    expect(paretoFrontier(space, { maxFrontier: exact.size }).exact).toBe(true);
    const over = paretoFrontier(space, { maxFrontier: exact.size - 1 });
    expect(over.exact).toBe(false);
    expect(over.size).toBeLessThan(exact.size);
  });
});
