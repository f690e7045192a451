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
 */
import { nashPoint } from '../analysis/bargaining.ts';
import { domainFromScenario, packageOf } from '../analysis/domain.ts';
import { choiceOfIndex, compileSpace } from '../analysis/space.ts';
import { playGame } from '../bots/arena/playGame.ts';
import { strategyMixes } from '../bots/arena/tournament.ts';
import type { Package, Scenario } from '../scenario/types.ts';
import { analysedMoments } from './moments.ts';
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
}

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

export function botTournament(scenario: Scenario, games: number): TournamentSummary {
  const nash = nashPackages(scenario);
  const finals = new Map(scenario.parties.map((p) => [p.id, [] as number[]]));
  let agreed = 0;
  let atNash = 0;
  const mixes = strategyMixes();
  for (let k = 0; k < games; k++) {
    const mix = mixes[k % mixes.length]!;
    const { state, report } = playGame(scenario, { seed: 1 + k, strategies: mix.strategies });
    const outcome = state.outcome;
    if (outcome?.kind === 'agreement') {
      agreed++;
      if (nash.some((n) => samePackage(n, outcome.package))) atNash++;
    }
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
  return {
    games,
    agreementRate: games === 0 ? 0 : agreed / games,
    nashRate: agreed === 0 ? 0 : atNash / agreed,
    scores,
    spread: round1(Math.max(...means) - Math.min(...means)),
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Warnings a tournament can add: tables that rarely agree, or that find the Nash point too easily. */
export function tournamentWarnings(t: TournamentSummary): AuthoringWarning[] {
  const out: AuthoringWarning[] = [];
  if (t.games === 0) return out;
  if (t.agreementRate < MIN_AGREEMENT_RATE)
    out.push({
      code: 'bots-rarely-agree',
      ids: [],
      moment: 'always',
      message:
        `Bot tables agreed in only ${pct(t.agreementRate)} of ${t.games} games: the zone of agreement is too small or too ` +
        'hard to reach in the rounds given. Widen it (lower BATNAs, more points for shareable options) or add rounds.',
    });
  if (t.nashRate > MAX_NASH_RATE)
    out.push({
      code: 'bots-agree-at-nash',
      ids: [],
      moment: 'always',
      message:
        `${pct(t.nashRate)} of the bot agreements picked the Nash point: the best deal is too easy to find. Hide it better, ` +
        'for example with logrolls that need two issues traded together, or evidence that moves the parties.',
    });
  return out;
}

export function formatTournament(t: TournamentSummary): string[] {
  return [
    `Bot tournament: ${t.games} games (every strategy mix, as \`tournament --games ${t.games}\`): agreement in ${pct(t.agreementRate)} of games; ` +
      `${pct(t.nashRate)} of agreements at a Nash point.`,
    `  Final scores, mean (lowest-highest): ${t.scores.map((s) => `${s.name} ${s.mean} (${s.lowest}-${s.highest})`).join('; ')}.`,
    `  Spread between the parties' mean scores: ${t.spread} points.`,
  ];
}
