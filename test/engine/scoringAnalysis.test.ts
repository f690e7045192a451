/**
 * The engine's score and the analysis agree: points are packagePoints on the game's domain, the
 * normalisation uses the exact best and worst packages, and the collective part judges the deal
 * (or the missed deal) against the outcome space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainFromScenario, packagePoints } from '../../src/analysis/domain.ts';
import { effectiveBatna, effectiveSheet, initialState, score, viewFor } from '../../src/engine/index.ts';
import type { GameState, ScoreLine } from '../../src/engine/index.ts';
import { tidy } from '../../src/engine/draft.ts';
import { domainOf } from '../../src/engine/gameDomain.ts';
import { packageLines } from '../../src/engine/scoring.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { allOutcomes } from '../analysis/bruteForce.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { dealAfterWalkOut, fixture, play, start } from '../support/engineFixture.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { scenarioArbitrary, seededRandom } from '../support/randomScenario.ts';

const total = (lines: ScoreLine[]) => lines.reduce((t, l) => t + l.points, 0);

const agree = (s: Scenario, tax: string, data: string) =>
  play(
    start(s),
    { type: 'propose', party: 'north', package: { tax, data } },
    { type: 'support', party: 'south' },
    { type: 'support', party: 'east' },
  );
function noDeal(s: Scenario): GameState {
  let state = start(s);
  while (state.status === 'running') state = play(state, { type: 'pass', party: state.active as string });
  return state;
}

describe('the engine scores with the analysis', () => {
  it('for random scenarios, moments and packages, score points equal packagePoints and the bounds are exact', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.integer({ min: 0, max: 0xffff }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        (scenario, seed, where, picks) => {
          const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
          const s = states[Math.floor(where * (states.length - 1))] as GameState;
          // Any known option, on the table or not: the engine must cope with both.
          const pkg = Object.fromEntries(
            scenario.issues.map((issue, i) => [issue.id, issue.options[(picks[i] ?? 0) % issue.options.length]!.id]),
          );
          const round = 1 + ((picks[6] ?? 0) % scenario.protocol.rounds);
          const agreed: GameState = {
            ...s,
            status: 'finished',
            active: null,
            outcome: { kind: 'agreement', package: pkg, round, legitimacy: 0, supporters: [] },
          };
          const ids = scenario.parties.map((p) => p.id);
          // The domain, built here from the state independently of the engine's code.
          const domain = domainFromScenario(scenario, {
            sheets: Object.fromEntries(ids.map((p) => [p, effectiveSheet(s, p)])),
            batnas: Object.fromEntries(ids.map((p) => [p, effectiveBatna(s, p)])),
            availability: s.optionAvailable,
            legitimacyTable: s.legitimacy,
            round,
            evidencePresented: Object.keys(s.presented),
            partyLeft: s.left,
          });
          expect(domainOf(agreed, round)).toEqual(domain);
          const report = score(agreed);
          const onTable = domain.issues.every((issue) => issue.options.some((o) => o.available));
          const brute = onTable ? allOutcomes(domain) : [];
          ids.forEach((id, p) => {
            const ps = report.parties[id]!;
            if (!s.left.includes(id)) expect(ps.points).toBe(tidy(packagePoints(domain, p, pkg)));
            expect(total(ps.lines)).toBeCloseTo(ps.points, 6);
            if (!onTable) return;
            const noDealPts = domain.parties[p]!.batna + (domain.agreement.noDeal?.points[p] ?? 0);
            const fold = [domain.parties[p]!.batna, noDealPts, ps.points];
            expect(ps.worst).toBe(tidy(Math.min(...brute.map((o) => o.points[p]!), ...fold)));
            expect(ps.best).toBe(tidy(Math.max(...brute.map((o) => o.points[p]!), ...fold)));
          });
          const c = report.collective;
          expect(c.kind).toBe('agreement');
          if (c.efficiency !== null) expect(total(c.efficiencyLines)).toBeCloseTo(c.efficiency, 6);
          if (c.fairness !== null) expect(total(c.fairnessLines)).toBeCloseTo(c.fairness, 6);
          expect(c.sentences.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('normalises on the exact best and worst packages, not on per-issue bounds', () => {
    // +70 for north with a high tax: its best is high/open, 0 + 60 + 70 − 10 (legitimacy 45 < 50)
    // = 120, where per-issue bounds would say 40 + 60 + 70 = 170. Worst: mid/closed, 20.
    const sc = fixture((x) => {
      x.scoringRules = [
        {
          id: 'tax-bonus',
          description: 'High tax bonus',
          parties: ['north'],
          points: 70,
          when: { issue: 'tax', is: 'high' },
        },
      ];
    });
    const n = score(agree(sc, 'high', 'open')).parties.north!;
    expect([n.points, n.worst, n.best, n.outcome]).toEqual([120, 20, 120, 100]);
    expect(n.lines.map((l) => l.points)).toEqual([0, 60, 70, -10]);
    const m = score(agree(sc, 'mid', 'shared')).parties.north!;
    expect(m.outcome).toBe(30); // 50 between 20 and 120
  });

  it('previews and scores alike; a half-made package previews without throwing', () => {
    const s = play(start(), { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } });
    const preview = viewFor(s, 'north').preview;
    expect(preview?.points).toBe(50); // 0 + 60 − 10
    const half = packageLines(s, 'north', { tax: 'low' }, 1);
    expect(half.map((l) => l.points)).toEqual([40, 0]);
    expect(half[1]?.label).toMatch(/no option chosen/);
    expect(packageLines(s, 'nobody', { tax: 'low', data: 'open' }, 1)).toEqual([]);
  });
});

describe('the collective part of the score', () => {
  // Fixture points (north, south, east) and gains over no deal (25, 30, 20):
  // mid/shared 50, 50, 60 → gains 25, 20, 40: the maximum joint gain (85) and the Nash point;
  // high/open  50, 30, 10 (no licence) → gains 25, 0, −10: dominated by mid/shared.
  it('an efficient, balanced deal scores 100 on both', () => {
    const c = score(agree(fixture(), 'mid', 'shared')).collective;
    expect(c).toMatchObject({
      kind: 'agreement',
      analysed: true,
      efficiency: 100,
      fairness: 100,
      paretoEfficient: true,
      jointGain: 85,
      maxJointGain: 85,
      dominatedBy: null,
    });
    expect(c.sentences.join(' ')).toMatch(/Pareto-efficient/);
    expect(total(c.efficiencyLines)).toBe(100);
  });

  it('a dominated deal shows what was left on the table', () => {
    const c = score(agree(fixture(), 'high', 'open')).collective;
    expect(c.paretoEfficient).toBe(false);
    expect(c.dominatedBy).toEqual({
      package: { tax: 'mid', data: 'shared' },
      gains: { north: 0, south: 20, east: 50 },
    });
    expect(c.jointGain).toBe(15);
    expect(c.efficiency).toBe(tidy((15 / 85) * 100));
    expect(c.fairness).toBe(0);
    expect(c.minSurplus).toBe(-10);
    expect(c.sentences.join(' ')).toMatch(/Value was left on the table/);
    expect(c.sentences.join(' ')).toMatch(/Not every party gained/);
  });

  it('no deal where a zone of agreement existed says so', () => {
    const c = score(noDeal(fixture())).collective;
    expect(c.kind).toBe('no-deal');
    expect(c.efficiency).toBeNull();
    expect(c.zone?.exists).toBe(true);
    expect(c.zone?.coalitions[0]).toEqual({
      members: ['north', 'south', 'east'],
      package: { tax: 'mid', data: 'shared' },
    });
    expect(c.sentences[0]).toMatch(/^A deal existed that gave every party more than it got without one/);
    expect(c.sentences[0]).toMatch(/added 85 points/);
  });

  it('no deal without a zone of agreement says that too', () => {
    const c = score(noDeal(fixture((x) => (x.parties[0]!.batna.points = 200)))).collective;
    expect(c.zone?.exists).toBe(false);
    expect(c.sentences[0]).toMatch(/^No zone of agreement/);
  });

  it('under a majority rule, names a coalition that could have carried a deal', () => {
    const c = score(
      noDeal(
        fixture((x) => {
          x.agreement.rule = 'majority';
          x.parties[0]!.batna.points = 200;
        }),
      ),
    ).collective;
    expect(c.zone?.exists).toBe(true);
    expect(c.zone?.coalitions.every((co) => !co.members.includes('north'))).toBe(true);
    expect(c.sentences[0]).toMatch(/^A deal existed: South and East could have carried/);
  });

  it('judges a deal over every party: efficient among the stayers is not Pareto-efficient', () => {
    // South and East do not care about data; North, who walks away, does. Closed data is as good as
    // open data for the stayers, but open data would have given North more than its BATNA.
    const game = (binds: 'all' | 'stayers') =>
      dealAfterWalkOut(binds, (x) => {
        x.parties[1]!.sheet.data = { closed: 30, shared: 30, open: 30 };
        x.parties[2]!.sheet.data = { closed: 30, shared: 30, open: 30 };
        x.legitimacy.consequence = null;
      });
    // The tournament's metrics judge the same way.
    expect(gameMetrics(game('stayers')).paretoEfficient).toBe(false);
    const stayers = score(game('stayers'));
    expect(stayers.outcome?.kind).toBe('agreement');
    expect(stayers.parties.north?.points).toBe(30); // its BATNA
    const c = stayers.collective;
    expect(c.parties).toEqual(['north', 'south', 'east']);
    expect(c.paretoEfficient).toBe(false);
    expect(c.dominatedBy?.package.data).toBe('open');
    expect(c.dominatedBy?.gains).toMatchObject({ north: 30, south: 0, east: 0 });
    expect(c.sentences[0]).toMatch(/North walked away and, as the deal binds only those who stayed, keeps its BATNA/);
    // Bound by the deal, North gets its points (0) and the same package would have given it 60.
    const all = score(game('all'));
    expect(all.parties.north?.points).toBe(0);
    expect(all.collective.paretoEfficient).toBe(false);
    expect(all.collective.dominatedBy?.gains).toMatchObject({ north: 60 });
    expect(all.collective.sentences[0]).toMatch(/the deal binds every party/);
  });

  it('never reads a deal above the best for the table when a party that walked away keeps a BATNA no package beats', () => {
    // North walks away with a BATNA of 70, more than any package but low tax and open data gives it; the deal binds
    // only those who stayed, so it keeps its 70. No deal would give the three 65, 30 and 20 (North's stalemate
    // costs 5): 115. Counted at a package's points, the best for the table was mid tax and shared data, 160 − 115 =
    // 45, and the deal (North's 70, South's 100, East's 20) read 75 of it, 167%. Free to stay away, North counts at
    // the better of a package's points and its BATNA: the best is the stayers' best (high tax, closed data: 120) with
    // North's 70, the deal itself.
    const state = dealAfterWalkOut('stayers', (x) => {
      x.parties[0]!.batna.points = 70;
      x.legitimacy.consequence = null;
    });
    const c = score(state).collective;
    expect(c.jointGain).toBe(75);
    expect(c.maxJointGain).toBe(75);
    expect(c.efficiency).toBe(100);
    expect(c.sentences).toContain(
      'The deal created 75 of the 75 points of joint gain that the best package could add over no deal (100%).',
    );
    const m = gameMetrics(state);
    expect(m.shareOfMaxJointGain).toBeCloseTo(1, 9);
    expect(m.carriableCeiling).toBeCloseTo(1, 9);
    // Bound by the deal, North gets the package's points: the best for the table is counted as before (mid, shared).
    const all = score(
      dealAfterWalkOut('all', (x) => {
        x.parties[0]!.batna.points = 70;
        x.legitimacy.consequence = null;
      }),
    ).collective;
    expect(all.maxJointGain).toBe(45);
  });
});

describe('viewFor', () => {
  it('throws a clear Error naming an unknown party and the known ones', () => {
    expect(() => viewFor(start(), 'nobody')).toThrow(/unknown party "nobody".*north, south, east.*'public'/);
  });
});
