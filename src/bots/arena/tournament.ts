/**
 * Tournaments: bots are judged by many seeded games, not by eye. Every strategy mix is played in
 * turn: each strategy alone at the table (homogeneous), then mixed tables where the strategies sit
 * in turn order, cycling, each rotation giving every strategy every seat in turn. Game k plays mix
 * k mod (number of mixes) with seed `seed + k`, so a tournament reproduces from its seed.
 */
import type { PartyId, Scenario } from '../../engine/index.ts';
import { gameMetrics, type GameMetrics } from './gameMetrics.ts';
import { playGame } from './playGame.ts';
import type { Difficulty, StrategyName } from '../types.ts';
import { TOURNAMENT_STRATEGIES } from '../strategies/index.ts';

export interface Mix {
  name: string;
  /** In turn order, cycling over the parties. */
  strategies: StrategyName[];
  mixed: boolean;
}

export interface SeatResult {
  party: PartyId;
  strategy: StrategyName;
  final: number;
  outcome: number;
  surplus: number;
}

export interface GameResult extends GameMetrics {
  mix: string;
  mixed: boolean;
  seed: number;
  round: number;
  seats: SeatResult[];
}

export interface StrategyRow {
  strategy: StrategyName;
  /** Seats played (a game counts once per seat). */
  seats: number;
  meanScore: number;
  meanOutcome: number;
  /** Mean final score in mixed tables only (null when it never sat at one). */
  meanScoreMixed: number | null;
  /**
   * Standard error of `meanScoreMixed` after removing each seat's mean (every strategy sits in every
   * seat in turn, and seats differ far more than strategies do): null under two mixed seats.
   */
  meanScoreMixedSE: number | null;
  /** Over games it played in. */
  agreementRate: number;
  /** Over deals in games it played in (null: no deal). */
  meanDistanceToFrontier: number | null;
  /** Over games it played in (no deal counts 0). */
  meanShareOfMaxJointGain: number | null;
  /** The same against the best joint gain the agreement rule could carry (see GameMetrics). */
  meanShareOfFeasibleJointGain: number | null;
}

export interface MixRow {
  mix: string;
  games: number;
  agreementRate: number;
  agreementRateWithZopa: number | null;
  meanShareOfMaxJointGain: number | null;
  /** Over deals only. */
  meanShareOfMaxJointGainDeals: number | null;
  /** Over deals only, against the best joint gain the agreement rule could carry. */
  meanShareOfFeasibleJointGainDeals: number | null;
}

export interface TournamentResult {
  scenario: string;
  games: number;
  seed: number;
  difficulty: Difficulty;
  mixes: MixRow[];
  strategies: StrategyRow[];
  /** Share of games with a zone of agreement that ended in one. */
  agreementRateWithZopa: number | null;
  results: GameResult[];
  milliseconds?: number;
}

export interface TournamentOptions {
  games: number;
  seed?: number;
  strategies?: readonly StrategyName[];
  difficulty?: Difficulty;
  /** Called after every game. */
  onProgress?: (done: number, total: number) => void;
}

/** Homogeneous tables, then every rotation of the full list (each strategy in each seat in turn). */
export function strategyMixes(strategies: readonly StrategyName[] = TOURNAMENT_STRATEGIES): Mix[] {
  const mixes: Mix[] = strategies.map((s) => ({ name: s, strategies: [s], mixed: false }));
  if (strategies.length > 1)
    for (let k = 0; k < strategies.length; k++) {
      const rotated = [...strategies.slice(k), ...strategies.slice(0, k)];
      mixes.push({ name: `mixed ${k + 1}`, strategies: rotated, mixed: true });
    }
  return mixes;
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Standard error of the mean (sample variance); null under two values. */
export function standardError(xs: number[]): number | null {
  if (xs.length < 2) return null;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  return Math.sqrt(v / xs.length);
}

export function playTournamentGame(scenario: Scenario, mix: Mix, seed: number, difficulty: Difficulty): GameResult {
  const game = playGame(scenario, { seed, strategies: mix.strategies, difficulty });
  const metrics = gameMetrics(game.state);
  const seats: SeatResult[] = scenario.parties.map((p) => {
    const s = game.report.parties[p.id];
    return {
      party: p.id,
      strategy: game.strategies[p.id] ?? 'adaptive',
      final: s?.final ?? 0,
      outcome: s?.outcome ?? 0,
      surplus: s?.surplus ?? 0,
    };
  });
  return {
    ...metrics,
    mix: mix.name,
    mixed: mix.mixed,
    seed,
    round: game.state.outcome?.round ?? game.state.round,
    seats,
  };
}

/** What a tournament plays, game by game: the mixes in turn, seeds from `seed`. */
export interface TournamentPlan {
  mixes: Mix[];
  seed: number;
  difficulty: Difficulty;
}

export function tournamentPlan(options: Omit<TournamentOptions, 'games' | 'onProgress'>): TournamentPlan {
  return {
    mixes: strategyMixes(options.strategies),
    seed: options.seed ?? 1,
    difficulty: options.difficulty ?? 'normal',
  };
}

/**
 * Game k of a tournament: mix k mod (number of mixes), seed `seed + k`. Each game depends on k alone,
 * so games may be played in any order or on several threads (src/cli/parallelTournament.ts) and
 * summarised in order to the same result.
 */
export function tournamentGame(scenario: Scenario, plan: TournamentPlan, k: number): GameResult {
  const mix = plan.mixes[k % plan.mixes.length] as Mix;
  return playTournamentGame(scenario, mix, plan.seed + k, plan.difficulty);
}

export function runTournament(scenario: Scenario, options: TournamentOptions): TournamentResult {
  const plan = tournamentPlan(options);
  const results: GameResult[] = [];
  for (let k = 0; k < options.games; k++) {
    results.push(tournamentGame(scenario, plan, k));
    options.onProgress?.(k + 1, options.games);
  }
  return summarise(scenario.id, results, plan.mixes, plan.seed, plan.difficulty);
}

export function summarise(
  scenario: string,
  results: GameResult[],
  mixes: Mix[],
  seed: number,
  difficulty: Difficulty,
): TournamentResult {
  const mixRows: MixRow[] = mixes.map((m) => {
    const games = results.filter((r) => r.mix === m.name);
    const withZopa = games.filter((r) => r.zopa);
    const shares = games.flatMap((r) => (r.shareOfMaxJointGain === null ? [] : [r.shareOfMaxJointGain]));
    const dealShares = games.flatMap((r) =>
      r.agreement && r.shareOfMaxJointGain !== null ? [r.shareOfMaxJointGain] : [],
    );
    return {
      mix: m.name,
      games: games.length,
      agreementRate: games.length === 0 ? 0 : games.filter((r) => r.agreement).length / games.length,
      agreementRateWithZopa:
        withZopa.length === 0 ? null : withZopa.filter((r) => r.agreement).length / withZopa.length,
      meanShareOfMaxJointGain: mean(shares),
      meanShareOfMaxJointGainDeals: mean(dealShares),
      meanShareOfFeasibleJointGainDeals: mean(
        games.flatMap((r) => (r.agreement && r.shareOfFeasibleJointGain !== null ? [r.shareOfFeasibleJointGain] : [])),
      ),
    };
  });
  const used = [...new Set(mixes.flatMap((m) => m.strategies))];
  // Seat means over mixed tables, to take the seat out of each mixed score's variance.
  const seatScores = new Map<PartyId, number[]>();
  for (const r of results)
    if (r.mixed) for (const s of r.seats) seatScores.set(s.party, [...(seatScores.get(s.party) ?? []), s.final]);
  const seatMean = new Map([...seatScores].map(([p, xs]) => [p, mean(xs) ?? 0] as const));
  const rows: StrategyRow[] = used.map((strategy) => {
    const seats = results.flatMap((r) => r.seats.filter((s) => s.strategy === strategy).map((s) => ({ r, s })));
    const games = results.filter((r) => r.seats.some((s) => s.strategy === strategy));
    return {
      strategy,
      seats: seats.length,
      meanScore: mean(seats.map((x) => x.s.final)) ?? 0,
      meanOutcome: mean(seats.map((x) => x.s.outcome)) ?? 0,
      meanScoreMixed: mean(seats.filter((x) => x.r.mixed).map((x) => x.s.final)),
      meanScoreMixedSE: standardError(
        seats.filter((x) => x.r.mixed).map((x) => x.s.final - (seatMean.get(x.s.party) ?? 0)),
      ),
      agreementRate: games.length === 0 ? 0 : games.filter((r) => r.agreement).length / games.length,
      meanDistanceToFrontier: mean(games.flatMap((r) => (r.distanceToFrontier === null ? [] : [r.distanceToFrontier]))),
      meanShareOfMaxJointGain: mean(
        games.flatMap((r) => (r.shareOfMaxJointGain === null ? [] : [r.shareOfMaxJointGain])),
      ),
      meanShareOfFeasibleJointGain: mean(
        games.flatMap((r) => (r.shareOfFeasibleJointGain === null ? [] : [r.shareOfFeasibleJointGain])),
      ),
    };
  });
  const withZopa = results.filter((r) => r.zopa);
  return {
    scenario,
    games: results.length,
    seed,
    difficulty,
    mixes: mixRows,
    strategies: rows,
    agreementRateWithZopa: withZopa.length === 0 ? null : withZopa.filter((r) => r.agreement).length / withZopa.length,
    results,
  };
}
