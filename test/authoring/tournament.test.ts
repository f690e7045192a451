/** The bot tournament that `validate --tournament N` adds to the authoring report. */
import { describe, expect, it } from 'vitest';
import {
  authoringSection,
  botTournament,
  formatAuthoringReport,
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

  it('adds nothing without games', () => {
    const section = authoringSection(load(base()));
    expect(section).toEqual({ warnings: [], tournament: null });
    // A clean report is silent on the command line (as linters are).
    expect(formatAuthoringReport('x.json', section)).toEqual([]);
  });
});
