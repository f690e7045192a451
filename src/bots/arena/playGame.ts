/**
 * Plays a whole game of a scenario with a bot in every seat, through the engine: each move the
 * active party's bot gets that party's view and legal actions and nothing else. Returns the final
 * state, the action log (which `npm run scenario -- replay` reads) and the score report.
 */
import { initialState, makeActionLog, score } from '../../engine/index.ts';
import type { ActionLog, GameState, PartyId, Scenario, ScoreReport, Setup } from '../../engine/index.ts';
import { computerMove } from '../computerTurn.ts';
import { DEFAULT_PERSONA, type BotConfig, type Difficulty, type StrategyName } from '../types.ts';

export interface GameSetup {
  /** Seeds the engine and every bot (each bot mixes in its party id). */
  seed: number;
  /** Strategy per party; parties without one get `strategies` in turn order, cycling. */
  bots?: Record<PartyId, StrategyName>;
  /** Used in turn order, cycling, for parties not in `bots` (default: adaptive). */
  strategies?: readonly StrategyName[];
  difficulty?: Difficulty;
  setup?: Setup;
  /** Safety stop (a game normally ends at the deadline long before). */
  maxMoves?: number;
  /** Keep each bot's one-line reason for its moves in the log (`ActionLog.reasons`). */
  explain?: boolean;
}

export interface PlayedGame {
  state: GameState;
  log: ActionLog;
  report: ScoreReport;
  /** The strategy each party played. */
  strategies: Record<PartyId, StrategyName>;
}

/** Strategies by party: explicit ones, else the list in turn order, cycling. */
export function assignStrategies(
  scenario: Scenario,
  game: Pick<GameSetup, 'bots' | 'strategies'>,
): Record<PartyId, StrategyName> {
  const list = game.strategies && game.strategies.length > 0 ? game.strategies : (['adaptive'] as const);
  const out: Record<PartyId, StrategyName> = {};
  scenario.protocol.turnOrder.forEach((party, k) => {
    out[party] = game.bots?.[party] ?? (list[k % list.length] as StrategyName);
  });
  for (const p of scenario.parties) out[p.id] ??= game.bots?.[p.id] ?? (list[0] as StrategyName);
  return out;
}

export function botConfigs(
  scenario: Scenario,
  strategies: Record<PartyId, StrategyName>,
  seed: number,
  difficulty: Difficulty,
): Record<PartyId, BotConfig> {
  const out: Record<PartyId, BotConfig> = {};
  for (const p of scenario.parties)
    out[p.id] = { strategy: strategies[p.id] ?? 'adaptive', difficulty, seed, persona: p.persona ?? DEFAULT_PERSONA };
  return out;
}

export function playGame(scenario: Scenario, game: GameSetup): PlayedGame {
  const strategies = assignStrategies(scenario, game);
  const configs = botConfigs(scenario, strategies, game.seed, game.difficulty ?? 'normal');
  let state = initialState(scenario, game.setup ?? {}, game.seed);
  const maxMoves = game.maxMoves ?? 100_000;
  const reasons: Record<string, string> = {};
  while (state.status === 'running' && state.active !== null && state.moves < maxMoves) {
    const party = state.active;
    if (!configs[party]) throw new Error(`No bot for party ${party}`);
    const move = computerMove(state, configs);
    if (!move) break;
    // In a bots-only game an illegal choice is a bug to report, not a move to paper over.
    if (move.fallback)
      throw new Error(
        `Bot ${party} (${configs[party].strategy}) chose an illegal move: ${move.fallback.reason} ${JSON.stringify(move.fallback.chosen)}`,
      );
    if (game.explain && move.explain) reasons[String(state.moves)] = move.explain();
    state = move.state;
  }
  return { state, log: makeActionLog(state, reasons), report: score(state), strategies };
}
