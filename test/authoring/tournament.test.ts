/** The bot tournament that `validate --tournament N` adds to the authoring report. */
import { describe, expect, it } from 'vitest';
import {
  authoringSection,
  botTournament,
  formatAuthoringReport,
  teachingTargets,
  tournamentWarnings,
  type TournamentSummary,
} from '../../src/authoring/index.ts';
import { changed, load, base, partyOf } from './build.ts';

const summary = (over: Partial<TournamentSummary>): TournamentSummary => ({
  games: 10,
  agreementRate: 0.9,
  nashRate: 0.2,
  scores: [],
  spread: 5,
  illegitimateRate: 0,
  redLineRate: 0,
  failedChallengeRate: 0,
  socialLicenceRate: 0.9,
  underBatna: [],
  targets: [],
  ...over,
});

describe('bot tournament in the authoring report', () => {
  it('plays the games and summarises agreement and scores, reproducibly', () => {
    const scenario = load(base());
    const t = botTournament(scenario, 4);
    expect(t.games).toBe(4);
    expect(t.agreementRate).toBeGreaterThanOrEqual(0);
    expect(t.agreementRate).toBeLessThanOrEqual(1);
    expect(t.scores.map((s) => s.party)).toEqual(['city', 'university']);
    for (const s of t.scores) {
      expect(s.lowest).toBeLessThanOrEqual(s.mean);
      expect(s.mean).toBeLessThanOrEqual(s.highest);
    }
    expect(t.spread).toBeCloseTo(
      Math.max(...t.scores.map((s) => s.mean)) - Math.min(...t.scores.map((s) => s.mean)),
      5,
    );
    expect(botTournament(scenario, 4)).toEqual(t);
  });

  it('never finds agreement where no zone exists, and says so', () => {
    const scenario = changed((s) => (partyOf(s, 'city').batna.points = 100));
    const section = authoringSection(scenario, { tournamentGames: 3 });
    expect(section.tournament?.agreementRate).toBe(0);
    expect(section.warnings.map((w) => w.code)).toContain('bots-rarely-agree');
    const text = formatAuthoringReport('x.json', section).join('\n');
    expect(text).toMatch(/Bot tournament: 3 games .*agreement in 0% of games/);
    expect(text).toMatch(/Spread between the parties' mean scores/);
  });

  it('warns when tables rarely agree or agree at the Nash point too often', () => {
    expect(tournamentWarnings(summary({}))).toEqual([]);
    expect(tournamentWarnings(summary({ agreementRate: 0.3 })).map((w) => w.code)).toEqual(['bots-rarely-agree']);
    expect(tournamentWarnings(summary({ nashRate: 0.8 })).map((w) => w.code)).toEqual(['bots-agree-at-nash']);
  });

  it('prints the teaching figures and judges them against their targets', () => {
    const scenario = load(base());
    const t = botTournament(scenario, 4);
    for (const x of [t.illegitimateRate, t.redLineRate, t.failedChallengeRate, t.socialLicenceRate])
      expect(x >= 0 && x <= 1).toBe(true);
    expect(t.socialLicenceRate).toBeCloseTo(t.agreementRate * (1 - t.illegitimateRate), 9);
    expect(t.underBatna.map((u) => u.party)).toEqual(['city', 'university']);
    const text = formatAuthoringReport('x.json', { warnings: [], tournament: t }).join('\n');
    expect(text).toMatch(/Teaching figures: deals under the legitimacy threshold \d+%/);
    expect(text).toMatch(/Deals under each party's BATNA: /);
    expect(text).toMatch(/\[(ok|MISS)\] agreement rate between 40% and 95%/);
  });

  it('marks each teaching target ok or MISS', () => {
    const scenario = load(base());
    const judge = (agreementRate: number, redLineRate: number) =>
      teachingTargets(scenario, { games: 10, agreementRate, redLineRate, socialLicenceRate: 0 }).map((x) => x.ok);
    expect(judge(0.6, 0)).toEqual([true, true]);
    expect(judge(1, 0)).toEqual([false, true]);
    expect(judge(0.3, 0.1)).toEqual([false, false]);
    // Where history had no deal, a social licence must be won in under half the games.
    const impasse = changed((s) => {
      Object.assign(s, {
        history: {
          outcome: 'no-deal',
          date: '2016-07-06',
          summary: 'No deal came.',
          sources: [{ title: 'A report on the impasse', url: 'https://example.org/impasse' }],
        },
      });
    });
    const licence = (rate: number) =>
      teachingTargets(impasse, { games: 10, agreementRate: 0.6, redLineRate: 0, socialLicenceRate: rate }).at(-1);
    expect(licence(0.3)?.ok).toBe(true);
    expect(licence(0.6)?.ok).toBe(false);
  });

  it('adds nothing without games', () => {
    const section = authoringSection(load(base()));
    expect(section).toEqual({ warnings: [], tournament: null });
    // A clean report is silent on the command line (as linters are).
    expect(formatAuthoringReport('x.json', section)).toEqual([]);
  });
});
