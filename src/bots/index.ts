/**
 * The computer negotiators' public API.
 *
 *   decide(view, legal, config) → Action     one move for one party, from its view alone (pure)
 *   strategies/                              one file per strategy, registered in strategies/index.ts
 *
 * The arena (arena/: games, tournaments and their metrics) plays negotiators; it is not one:
 *   playGame(scenario, { seed, strategies }) a whole game with a bot in every seat
 *   runTournament(scenario, { games })       many games over every strategy mix, with metrics
 */
export { decide } from './decide.ts';
export { computerMove, type ComputerMove } from './computerTurn.ts';
export { playGame, botConfigs, assignStrategies, type GameSetup, type PlayedGame } from './arena/playGame.ts';
export {
  runTournament,
  strategyMixes,
  type TournamentResult,
  type TournamentOptions,
  type StrategyRow,
  type MixRow,
} from './arena/tournament.ts';
export { gameMetrics, type GameMetrics } from './arena/gameMetrics.ts';
export * from './types.ts';
export { strategyNamed, type Strategy } from './strategies/index.ts';
