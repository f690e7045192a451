/**
 * The bot game loops shared by the bot tests. `playOn`: each move, the active party's bot decides from that
 * party's view and legal actions alone, and the engine applies it; a move the engine refuses throws
 * (in a bots-only game an illegal choice is a bug), naming the party and the reason. `playKeeping`: a seeded
 * game as the computers play it (`computerMove`), keeping one party's moves in one round.
 */
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { decide } from '../../src/bots/decide.ts';
import type { BotConfig, StrategyName } from '../../src/bots/types.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import { isMainAction } from '../../src/engine/legal.ts';
import type { Action, GameState, PartyId, Scenario } from '../../src/engine/index.ts';

export interface PlayOnOptions {
  /** Stop after this many moves (default: play to the end). */
  maxMoves?: number;
  /** Called after every accepted move. */
  onMove?: (before: GameState, action: Action, after: GameState) => void;
}

/** Plays `state` on with bots until the game ends (or `maxMoves`), and returns the state reached. */
export function playOn(
  state: GameState,
  configs: Readonly<Record<PartyId, BotConfig>>,
  options: PlayOnOptions = {},
): GameState {
  const maxMoves = options.maxMoves ?? Infinity;
  for (let k = 0; k < maxMoves && state.status === 'running' && state.active; k++) {
    const party = state.active;
    const config = configs[party];
    if (!config) throw new Error(`No bot configuration for ${party}.`);
    const action = decide(viewFor(state, party), legalActions(state, party), config);
    const r = apply(state, action);
    if (!r.ok) throw new Error(`${party} (${config.strategy}) chose a move the engine refused: ${r.reason}`);
    options.onMove?.(state, action, r.state);
    state = r.state;
  }
  return state;
}

/** A move `playKeeping` kept: what the party did and the state it did it in. */
export interface KeptMove {
  action: Action;
  before: GameState;
  /** The bot's one-line reason for it (the game review's). */
  reason: string;
}

/** The first of the kept moves made at the table (a main move: talk comes before it in a turn). */
export function firstMainMove(kept: readonly KeptMove[]): KeptMove | undefined {
  return kept.find((k) => isMainAction(k.action.type));
}

/**
 * A seeded game played to its end through `computerMove`, as the game and the server play the computers (a bot's
 * refused move becomes a pass), every party at normal difficulty and its strategy from `strategies` in turn order
 * (`assignStrategies`); keeps every move `party` makes in `round`, for the rules' tests that read what a party did
 * there and how the game ended.
 */
export function playKeeping(
  scenario: Scenario,
  game: { seed: number; strategies: readonly StrategyName[] },
  keep: { party: PartyId; round: number },
): { state: GameState; kept: KeptMove[] } {
  const configs = botConfigs(
    scenario,
    assignStrategies(scenario, { strategies: game.strategies }),
    game.seed,
    'normal',
  );
  let state = initialState(scenario, {}, game.seed);
  const kept: KeptMove[] = [];
  while (state.status === 'running' && state.active) {
    const move = computerMove(state, configs);
    if (!move) throw new Error(`No computer move for ${state.active} in round ${state.round}.`);
    if (state.round === keep.round && move.party === keep.party)
      kept.push({ action: move.action, before: state, reason: move.explain?.() ?? '' });
    state = move.state;
  }
  return { state, kept };
}
