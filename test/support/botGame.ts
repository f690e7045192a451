/**
 * The bot game loop shared by the bot tests: each move, the active party's bot decides from that
 * party's view and legal actions alone, and the engine applies it; a move the engine refuses throws
 * (in a bots-only game an illegal choice is a bug), naming the party and the reason.
 */
import { decide } from '../../src/bots/decide.ts';
import type { BotConfig } from '../../src/bots/types.ts';
import { apply, legalActions, viewFor } from '../../src/engine/index.ts';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';

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
