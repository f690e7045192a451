/**
 * Property-based tests: random scenarios (test/support/randomScenario.ts) played by random legal
 * players (test/support/randomPlayer.ts).
 */
import fc from 'fast-check';
import { FLAWS } from '../../src/scenario/flaws.ts';
import { describe, expect, it } from 'vitest';
import {
  apply,
  initialState,
  isLegal,
  legalActions,
  makeActionLog,
  reasonWhyIllegal,
  replayLog,
  score,
  viewFor,
} from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { concretise, playRandomGame } from '../support/randomPlayer.ts';
import { randomScenario, scenarioArbitrary, seededRandom } from '../support/randomScenario.ts';
import { ALL_ACTIONS } from '../../src/scenario/normalise.ts';

const game = fc.record({ scenario: scenarioArbitrary(), seed: fc.integer({ min: 0, max: 0xffff }) });
const RUNS = { numRuns: 60 };

function checkInvariants(s: GameState): void {
  const ids = s.scenario.parties.map((p) => p.id);
  if (s.status === 'running') {
    expect(s.active).not.toBeNull();
    expect(s.left).not.toContain(s.active);
    expect(s.scenario.protocol.turnOrder).toContain(s.active);
    expect(s.outcome).toBeNull();
    expect(ids.filter((p) => legalActions(s, p).length > 0)).toEqual([s.active]);
    expect(s.round).toBeGreaterThanOrEqual(1);
    expect(s.round).toBeLessThanOrEqual(s.scenario.protocol.rounds);
  } else {
    expect(s.active).toBeNull();
    expect(s.outcome).not.toBeNull();
    for (const p of ids) expect(legalActions(s, p)).toEqual([]);
  }
  for (const p of ids) {
    const c = s.credibility[p] as number;
    expect(c >= 0 && c <= 100).toBe(true);
    for (const q of ids)
      if (q !== p) expect((s.trust[p]?.[q] as number) >= 0 && (s.trust[p]?.[q] as number) <= 100).toBe(true);
  }
  for (const row of Object.values(s.legitimacy))
    for (const v of Object.values(row)) expect(v >= 0 && v <= 100).toBe(true);
}

function checkScores(s: GameState): void {
  const r = score(s);
  expect(r.provisional).toBe(s.status === 'running');
  const total = (xs: { points: number }[]) => xs.reduce((t, l) => t + l.points, 0);
  for (const p of Object.values(r.parties)) {
    for (const v of [p.outcome, p.process, p.final]) expect(v >= 0 && v <= 100, JSON.stringify(p)).toBe(true);
    expect(p.worst <= p.points && p.points <= p.best).toBe(true);
    expect(total(p.lines)).toBeCloseTo(p.points, 6);
    expect(total(p.processLines)).toBeCloseTo(p.process, 6);
    expect(total(p.finalLines)).toBeCloseTo(p.final, 6);
  }
}

describe('random legal play', () => {
  it('never throws and keeps every invariant; a finished game accepts no move', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        states.forEach(checkInvariants);
        const last = states[states.length - 1] as GameState;
        expect(last.status).toBe('finished');
        checkScores(last);
        checkScores(states[Math.floor(states.length / 2)] as GameState);
        for (const p of scenario.parties) expect(apply(last, { type: 'pass', party: p.id }).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('apply never mutates its input', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        const { actions } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        for (let i = 0; i < actions.length; i += 3) {
          const before = JSON.stringify(states[i]);
          apply(states[i] as GameState, actions[i]);
          expect(JSON.stringify(states[i])).toBe(before);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('replaying the action log rebuilds the same state', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const setup = { players: { [scenario.parties[0]?.id as string]: 'Ana' } };
        const { states } = playRandomGame(initialState(scenario, setup, seed), seededRandom(seed));
        const last = states[states.length - 1] as GameState;
        const log = JSON.parse(JSON.stringify(makeActionLog(last)));
        const r = replayLog(scenario, log);
        expect(r.ok).toBe(true);
        if (r.ok) expect(JSON.stringify(r.state)).toBe(JSON.stringify(last));
      }),
      RUNS,
    );
  });

  it('state survives a JSON round trip and play continues identically', () => {
    fc.assert(
      fc.property(game, fc.double({ min: 0, max: 1, noNaN: true }), ({ scenario, seed }, where) => {
        const { states, actions } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        const k = Math.floor(where * actions.length);
        let a = states[k] as GameState;
        let b = JSON.parse(JSON.stringify(a)) as GameState;
        expect(b).toEqual(a);
        for (const action of actions.slice(k)) {
          const ra = apply(a, action);
          const rb = apply(b, JSON.parse(JSON.stringify(action)));
          expect(ra.ok && rb.ok).toBe(true);
          if (!ra.ok || !rb.ok) return;
          a = ra.state;
          b = rb.state;
        }
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(score(b)).toEqual(score(a));
      }),
      { numRuns: 30 },
    );
  });

  it('legalActions and isLegal agree', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const rand = seededRandom(seed + 1);
        const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        const ids = scenario.parties.map((p) => p.id);
        const evidence = scenario.evidence.map((e) => e.id);
        const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
        for (const s of states.slice(0, 40)) {
          const party = s.active ?? pick(ids);
          const legal = legalActions(s, party);
          for (const l of legal) {
            const a = concretise(s, l, rand);
            if (a) expect(reasonWhyIllegal(s, a), JSON.stringify(a)).toBeNull();
          }
          // Random concrete actions: whatever isLegal accepts must be listed.
          const issue = pick(scenario.issues);
          const candidates: Action[] = [
            { type: 'support', party },
            { type: 'object', party },
            { type: 'call-vote', party },
            { type: 'amend', party, issue: issue.id, option: pick(issue.options).id },
            { type: 'present-evidence', party, evidence: pick(evidence) ?? 'x', to: rand() < 0.5 ? 'all' : pick(ids) },
            { type: 'challenge-evidence', party, evidence: pick(evidence) ?? 'x', flaw: pick(FLAWS) },
            { type: 'offer-coalition', party, to: pick(ids) },
            { type: 'accept-coalition', party, from: pick(ids) },
            { type: 'leave-coalition', party },
          ];
          const listed = JSON.stringify(legal);
          for (const c of candidates) if (isLegal(s, c)) expect(listed).toContain(JSON.stringify(c));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('apply refuses arbitrary input without throwing', () => {
    const scenario = randomScenario(7, { parties: [3, 3] });
    const s = initialState(scenario, {}, 0);
    const types = [...ALL_ACTIONS, '__proto__', 'constructor'];
    const ids = [...scenario.parties.map((p) => p.id), 'all', '__proto__', 'toString', ''];
    const nearlyAction = fc.record(
      {
        type: fc.constantFrom(...types),
        party: fc.oneof(fc.constant(s.active as string), fc.constantFrom(...ids), fc.anything()),
        to: fc.oneof(fc.constantFrom(...ids), fc.anything()),
        from: fc.oneof(fc.constantFrom(...ids), fc.anything()),
        issue: fc.oneof(fc.constantFrom(...scenario.issues.map((i) => i.id)), fc.anything()),
        option: fc.anything(),
        evidence: fc.anything(),
        text: fc.anything(),
        package: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearlyAction), (junk) => {
        const r = apply(s, junk);
        expect(r.ok).toBe(isLegal(s, junk));
        if (!r.ok) expect(typeof r.reason).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('hidden information', () => {
  it('no view shows another party’s brief, BATNA, sheet or side messages', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed));
        const ids = scenario.parties.map((p) => p.id);
        for (const s of [states[Math.floor(states.length / 2)] as GameState, states[states.length - 1] as GameState]) {
          const sheets = Object.fromEntries(ids.map((p) => [p, JSON.stringify(viewFor(s, p).sheet)]));
          for (const reader of [...ids, 'public']) {
            const text = JSON.stringify(viewFor(s, reader));
            for (const p of ids) {
              if (p === reader) continue;
              expect(text).not.toContain(`BRIEF-MARKER-${p}`);
              expect(text).not.toContain(`BATNA-MARKER-${p}`);
              if (reader === 'public' || sheets[p] !== sheets[reader]) expect(text).not.toContain(sheets[p]);
              for (const q of ids)
                if (reader !== p && reader !== q) expect(text).not.toContain(`SIDE-MARKER-${p}-${q}`);
            }
            if (reader === 'public')
              expect(text).not.toMatch(/"(brief|sheet|batna|persona|sideMessages|persuasion|trust|ownScoring)"/);
            else {
              // Own scoring: exactly the rules naming the reader, never whom else they name nor others' consequence points.
              const own = viewFor(s, reader).ownScoring;
              expect(own.rules.map((r) => r.id)).toEqual(
                scenario.scoringRules.filter((r) => r.parties.includes(reader)).map((r) => r.id),
              );
              expect(JSON.stringify(own)).not.toContain('"parties"');
              expect(own.legitimacy.consequence).toBe(scenario.legitimacy.consequence?.points?.[reader] ?? 0);
              expect(own.noDeal?.points ?? null).toBe(scenario.agreement.noDeal?.points?.[reader] ?? null);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
