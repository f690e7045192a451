/**
 * The calendar and provenance as a skill (issue 13): evidence exists and events fire only from the
 * round their date reaches; a challenge succeeds exactly when the flaw it names is real; no view
 * carries another party's rigour grade or flaws. Properties over random scenarios (half of them
 * with a calendar and dated items) played by random legal players, plus worked cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { firstRoundOf } from '../../src/scenario/calendar.ts';
import { fixture, play, start } from '../support/engineFixture.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { scenarioArbitrary, seededRandom } from '../support/randomScenario.ts';

const pass = (party: string): Action => ({ type: 'pass', party });
const game = fc.record({ scenario: scenarioArbitrary(), seed: fc.integer({ min: 0, max: 0xffff }) });

function states(sc: GameState['scenario'], seed: number): GameState[] {
  return playRandomGame(initialState(sc, {}, seed), seededRandom(seed), 400).states;
}

describe('the calendar (property)', () => {
  it('no evidence is offered, presented or shown to its holder before its date; no event fires before its date', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const from = (date: string | null) => firstRoundOf(scenario.calendar, date) ?? Infinity;
        const dateOf = new Map(scenario.evidence.map((e) => [e.id, e.date] as const));
        const eventDate = new Map(scenario.events.map((e) => [e.id, e.date] as const));
        for (const s of states(scenario, seed)) {
          if (s.active)
            for (const a of legalActions(s, s.active))
              if (a.type === 'present-evidence')
                expect(from(dateOf.get(a.evidence) ?? null)).toBeLessThanOrEqual(s.round);
          for (const [id, p] of Object.entries(s.presented))
            expect(from(dateOf.get(id) ?? null)).toBeLessThanOrEqual(p.round);
          for (const e of s.log)
            if (e.kind === 'event' && e.event !== undefined)
              expect(from(eventDate.get(e.event) ?? null)).toBeLessThanOrEqual(e.round);
          if (s.status === 'running')
            for (const party of scenario.parties)
              for (const k of viewFor(s, party.id).knownEvidence)
                if (k.holder === party.id && k.presentation === null) expect(from(k.date)).toBeLessThanOrEqual(s.round);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('provenance as a skill (property)', () => {
  it('a challenge succeeds if and only if the evidence has the flaw it names', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        const all = states(scenario, seed);
        const end = all[all.length - 1] as GameState;
        const flaws = new Map(scenario.evidence.map((e) => [e.id, e.flaws] as const));
        for (const [id, p] of Object.entries(end.presented)) {
          if (!p.challenge) continue;
          const real = flaws.get(id)?.includes(p.challenge.flaw) ?? false;
          expect(p.challenge.outcome === 'upheld').toBe(!real);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("no view carries another party's rigour grade or flaws", () => {
    fc.assert(
      fc.property(game, ({ scenario, seed }) => {
        for (const s of states(scenario, seed).filter((_, i) => i % 7 === 0)) {
          for (const e of viewFor(s, 'public').evidence) {
            expect(e).not.toHaveProperty('rigour');
            expect(e).not.toHaveProperty('flaws');
          }
          for (const party of scenario.parties) {
            const view = viewFor(s, party.id);
            for (const e of view.evidence) expect(e).not.toHaveProperty('rigour');
            for (const k of view.knownEvidence) {
              const own = k.holder === party.id;
              expect(k.rigour === null).toBe(!own);
              expect(k.flaws === null).toBe(!own);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('the calendar (worked cases)', () => {
  const dated = fixture((sc) => {
    sc.calendar = ['2012', '2013', '2014'];
    const rumour = sc.evidence.find((e) => e.id === 'rumour');
    if (rumour) rumour.date = '2013-05';
    sc.events = [
      {
        id: 'leak',
        title: 'A leak',
        trigger: { round: 1 },
        date: '2014-02',
        announcement: 'Documents leak.',
        effects: [{ type: 'change-legitimacy', issue: 'data', option: 'open', by: -10 }],
      },
    ];
  });

  it('evidence dated later cannot be presented, or even seen by its holder, until its round', () => {
    const s = start(dated);
    expect(legalActions(s, 'north').some((a) => a.type === 'present-evidence' && a.evidence === 'rumour')).toBe(false);
    expect(viewFor(s, 'north').knownEvidence.map((e) => e.id)).not.toContain('rumour');
    const r = apply(s, { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('can be presented from round 2') });
    const round2 = play(s, pass('north'), pass('south'), pass('east'));
    expect(round2.round).toBe(2);
    expect(apply(round2, { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' }).ok).toBe(true);
  });

  it('a round event set before its date waits for the round its date reaches', () => {
    let s = start(dated);
    expect(s.fired).toEqual([]);
    s = play(s, pass('north'), pass('south'), pass('east'));
    expect(s.fired).toEqual([]);
    s = play(s, pass('north'), pass('south'), pass('east'));
    expect(s.round).toBe(3);
    expect(s.fired).toEqual(['leak']);
  });
});
