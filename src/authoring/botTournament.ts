/**
 * A bot tournament for the authoring report (`validate --tournament N`): the same N games as
 * `tournament <file> --games N` (src/bots/arena/tournament.ts: game k plays strategy mix k mod the
 * number of mixes, with seed 1 + k), played by the bots' game runner. It plays them itself rather
 * than through `runTournament` because it needs each agreed package, to compare with the Nash point.
 *
 * What it measures, for an instructor deciding whether the scenario teaches: how often tables
 * agree, how often they agree on a Nash point (the one at the start or the one after the round
 * events: a table that always lands on it found the zone too easily), and the spread of final
 * scores: each party's mean, lowest and highest, and the gap between the best and worst party
 * means (a wide gap says the scenario favours some seats).
 *
 * And the teaching figures (issue 13), which say whether play tells the truth about the case: the
 * share of deals under the legitimacy threshold, that cross a declared red line of some party the
 * deal binds (target 0; a party that walked out of a deal binding only those who stay is not bound), of games in which a challenge of evidence failed (the evidence held), each party's share of
 * deals under its BATNA (its raw points under its BATNA as events left it), and of games that ended
 * in a deal with a social licence (legitimacy at or above the threshold). `targets` judges them:
 * the agreement rate between 40% and 95%, no deal across a red line, the real deal (`history`)
 * inside the zone of the parties that accepted it, and where history had no deal, a social licence
 * won in under half of the games.
 */
import { bindsParty } from '../analysis/agreementRule.ts';
import { nashPoint } from '../analysis/bargaining.ts';
import { domainFromScenario, packageOf } from '../analysis/domain.ts';
import { choiceOfIndex, compileSpace } from '../analysis/space.ts';
import { playGame } from '../bots/arena/playGame.ts';
import { strategyMixes } from '../bots/arena/tournament.ts';
import type { Package, Scenario } from '../scenario/types.ts';
import { partiesWithRedLineIn } from '../scenario/redLines.ts';
import { historyWarnings } from './historyWarnings.ts';
import { analysedMoments } from './moments.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

export interface PartyScoreSpread {
  party: string;
  name: string;
  mean: number;
  lowest: number;
  highest: number;
}

export interface TournamentSummary {
  games: number;
  /** Share of games that ended in an agreement, 0..1. */
  agreementRate: number;
  /** Share of those agreements that picked a Nash package, 0..1 (0 when none agreed). */
  nashRate: number;
  /** Final scores (0..100) per party over the games. */
  scores: PartyScoreSpread[];
  /** Highest party mean minus lowest party mean. */
  spread: number;
  /** Share of deals whose public legitimacy is under the scenario's threshold, 0..1 (0 when none agreed). */
  illegitimateRate: number;
  /** Share of deals containing an option that a party the deal binds declares a red line, 0..1 (target 0). */
  redLineRate: number;
  /** Share of games in which some challenge of evidence failed (the item had no such flaw), 0..1. */
  failedChallengeRate: number;
  /** Share of games ending in a deal at or above the legitimacy threshold (a social licence), 0..1. */
  socialLicenceRate: number;
  /** Per party: share of deals that leave it under its BATNA (as events left it), 0..1. */
  underBatna: { party: string; name: string; rate: number }[];
  /** The teaching targets, each met or missed. */
  targets: TeachingTarget[];
}

export interface TeachingTarget {
  name: string;
  ok: boolean;
  /** What was measured, in words. */
  measured: string;
}

/** The library's range for the agreement rate of bot tables (issue 13): some tables must fail, most agree. */
export const AGREEMENT_RANGE = { min: 0.4, max: 0.95 } as const;
/** Where the real negotiation ended without a deal, tables win a social licence in under this share of games. */
export const MAX_SOCIAL_LICENCE_AFTER_IMPASSE = 0.5;

/** Tables below this agreement rate fail the library's "agree in most games". */
export const MIN_AGREEMENT_RATE = 0.5;
/** Above this share of agreements at the Nash point, the zone is too easy to find. */
export const MAX_NASH_RATE = 0.5;

function nashPackages(scenario: Scenario): Package[] {
  const { start, afterEvents } = analysedMoments(scenario);
  return [start, afterEvents].flatMap((m) => {
    if (!m) return [];
    const space = compileSpace(domainFromScenario(scenario, m.overrides));
    const nash = nashPoint(space);
    return nash.index === null ? [] : [packageOf(space.domain, choiceOfIndex(space, nash.index))];
  });
}

const samePackage = (a: Package, b: Package) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
const round1 = (x: number) => Math.round(x * 10) / 10;
/** A share (0..1) as a whole percentage. */
const pct = (say: Say, x: number) => say.pct(Math.round(x * 100));

export function botTournament(scenario: Scenario, games: number, say: Say = sayIn()): TournamentSummary {
  const nash = nashPackages(scenario);
  const finals = new Map(scenario.parties.map((p) => [p.id, [] as number[]]));
  let agreed = 0;
  let atNash = 0;
  let illegitimate = 0;
  let acrossRedLine = 0;
  let failedChallenge = 0;
  const under = new Map(scenario.parties.map((p) => [p.id, 0]));
  const mixes = strategyMixes();
  for (let k = 0; k < games; k++) {
    const mix = mixes[k % mixes.length]!;
    const { state, report } = playGame(scenario, { seed: 1 + k, strategies: mix.strategies });
    const outcome = state.outcome;
    if (outcome?.kind === 'agreement') {
      agreed++;
      if (nash.some((n) => samePackage(n, outcome.package))) atNash++;
      if (outcome.legitimacy < scenario.legitimacy.threshold) illegitimate++;
      // A deal breaks a red line of a party it binds: one that walked out of a deal binding only those
      // who stay keeps its BATNA, and its red line with it.
      const bound = scenario.parties.filter((p) => bindsParty(scenario.agreement.binds, !state.left.includes(p.id)));
      if (partiesWithRedLineIn(bound, outcome.package).length > 0) acrossRedLine++;
      for (const p of scenario.parties) {
        const score = report.parties[p.id];
        if (score && score.points < score.batna - 1e-9) under.set(p.id, under.get(p.id)! + 1);
      }
    }
    if (Object.values(state.presented).some((x) => x.challenge?.outcome === 'upheld')) failedChallenge++;
    for (const p of scenario.parties) finals.get(p.id)!.push(report.parties[p.id]?.final ?? 0);
  }
  const scores = scenario.parties.map((p): PartyScoreSpread => {
    const xs = finals.get(p.id)!;
    return {
      party: p.id,
      name: p.name,
      mean: round1(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)),
      lowest: round1(Math.min(...xs)),
      highest: round1(Math.max(...xs)),
    };
  });
  const means = scores.map((s) => s.mean);
  const ofDeals = (n: number) => (agreed === 0 ? 0 : n / agreed);
  const summary = {
    games,
    agreementRate: games === 0 ? 0 : agreed / games,
    nashRate: ofDeals(atNash),
    scores,
    spread: round1(Math.max(...means) - Math.min(...means)),
    illegitimateRate: ofDeals(illegitimate),
    redLineRate: ofDeals(acrossRedLine),
    failedChallengeRate: games === 0 ? 0 : failedChallenge / games,
    socialLicenceRate: games === 0 ? 0 : (agreed - illegitimate) / games,
    underBatna: scenario.parties.map((p) => ({ party: p.id, name: p.name, rate: ofDeals(under.get(p.id)!) })),
  };
  return { ...summary, targets: teachingTargets(scenario, summary, say) };
}

/** The teaching targets of issue 13 for a scenario and its tournament's figures. */
export function teachingTargets(
  scenario: Scenario,
  t: Pick<TournamentSummary, 'games' | 'agreementRate' | 'redLineRate' | 'socialLicenceRate'>,
  say: Say = sayIn(),
): TeachingTarget[] {
  const words = say.t;
  const targets: TeachingTarget[] = [
    {
      name: words('authoring.target.agreementRate', {
        min: pct(say, AGREEMENT_RANGE.min),
        max: pct(say, AGREEMENT_RANGE.max),
      }),
      ok: t.agreementRate >= AGREEMENT_RANGE.min && t.agreementRate <= AGREEMENT_RANGE.max,
      measured: pct(say, t.agreementRate),
    },
    {
      name: words('authoring.target.redLine'),
      ok: t.redLineRate === 0,
      measured: pct(say, t.redLineRate),
    },
  ];
  if (scenario.history?.package != null) {
    const under = historyWarnings(scenario, say).filter((w) => w.code === 'real-deal-under-batna');
    targets.push({
      name: words('authoring.target.realDeal'),
      ok: under.length === 0,
      measured:
        under.length === 0
          ? words('authoring.target.realDealMet')
          : words('authoring.target.realDealMissed', { parties: say.semicolons(under.map((w) => w.ids.join(', '))) }),
    });
  } else if (scenario.history) {
    targets.push({
      name: words('authoring.target.socialLicence', { max: pct(say, MAX_SOCIAL_LICENCE_AFTER_IMPASSE) }),
      ok: t.socialLicenceRate < MAX_SOCIAL_LICENCE_AFTER_IMPASSE,
      measured: pct(say, t.socialLicenceRate),
    });
  }
  return targets;
}

/** Warnings a tournament can add: tables that rarely agree, or that find the Nash point too easily. */
export function tournamentWarnings(t: TournamentSummary, say: Say = sayIn()): AuthoringWarning[] {
  const out: AuthoringWarning[] = [];
  if (t.games === 0) return out;
  if (t.agreementRate < MIN_AGREEMENT_RATE)
    out.push({
      code: 'bots-rarely-agree',
      ids: [],
      moment: 'always',
      message: say.t('authoring.botsRarelyAgree', { rate: pct(say, t.agreementRate), games: String(t.games) }),
    });
  if (t.nashRate > MAX_NASH_RATE)
    out.push({
      code: 'bots-agree-at-nash',
      ids: [],
      moment: 'always',
      message: say.t('authoring.botsAgreeAtNash', { rate: pct(say, t.nashRate) }),
    });
  return out;
}

/** The tournament's figures as text lines (its teaching targets are worded as `t.targets` says). */
export function formatTournament(t: TournamentSummary, say: Say = sayIn()): string[] {
  const w = say.t;
  const p = (x: number) => pct(say, x);
  const games = String(t.games);
  return [
    w('authoring.tournament.head', { games, agreement: p(t.agreementRate), nash: p(t.nashRate) }),
    w('authoring.tournament.scores', {
      scores: say.semicolons(
        t.scores.map((s) =>
          w('authoring.tournament.score', {
            name: s.name,
            mean: say.num(s.mean),
            lowest: say.num(s.lowest),
            highest: say.num(s.highest),
          }),
        ),
      ),
    }),
    w('authoring.tournament.spread', { spread: say.num(t.spread) }),
    w('authoring.tournament.teaching', {
      illegitimate: p(t.illegitimateRate),
      redLine: p(t.redLineRate),
      failed: p(t.failedChallengeRate),
      licence: p(t.socialLicenceRate),
    }),
    w('authoring.tournament.underBatna', {
      parties: say.semicolons(
        t.underBatna.map((u) => w('authoring.tournament.partyRate', { name: u.name, rate: p(u.rate) })),
      ),
    }),
    ...t.targets.map((x) =>
      w(x.ok ? 'authoring.tournament.targetMet' : 'authoring.tournament.targetMissed', {
        name: x.name,
        measured: x.measured,
      }),
    ),
  ];
}
