/**
 * The one driver of computer play: given a game and the computer parties' configurations, the move
 * the computer whose turn it is makes now. The page's store (with its pace timer), the classroom
 * server's rooms and `playGame` all call it, so a computer party behaves the same everywhere.
 *
 * A bot sees only its own view and legal actions. Its choice is checked against the engine before it
 * is returned: a bot whose choice the engine would refuse (or that throws) passes instead, so a
 * computer player can never stall a table; `fallback` says so, for tests and logs that want to know.
 */
import { apply, legalActions, viewFor } from '../engine/index.ts';
import type { Action, GameState, PartyId } from '../engine/index.ts';
import { decide } from './decide.ts';
import { explainMove } from './reason.ts';
import type { BotConfig } from './types.ts';

export interface ComputerMove {
  party: PartyId;
  action: Action;
  /** The state after the move (the engine accepted it). */
  state: GameState;
  /** Set when the bot's own choice was refused or threw, and the party passed instead. */
  fallback?: { reason: string; chosen: Action | null };
  /**
   * The bot's one-line reason for the move (reason.ts), worked out when asked. It holds the bot's
   * private estimates: keep it out of every view while the game runs.
   */
  explain?: () => string;
}

/** Null when the game is over, nobody is to move, or the party to move is not a computer. */
export function computerMove(state: GameState, computers: Readonly<Record<PartyId, BotConfig>>): ComputerMove | null {
  if (state.status !== 'running' || state.active === null) return null;
  const party = state.active;
  const config = computers[party];
  if (!config) return null;
  let chosen: Action | null = null;
  let reason: string;
  try {
    const view = viewFor(state, party);
    const move = decide(view, legalActions(state, party), config);
    chosen = move;
    const r = apply(state, move);
    if (r.ok) return { party, action: move, state: r.state, explain: () => explainMove(view, move, config) };
    reason = r.reason;
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  const pass: Action = { type: 'pass', party };
  const r = apply(state, pass);
  // Passing is always legal for the party to move; if the engine refuses even that, the game is stuck
  // and continuing would loop, so the caller must hear of it.
  if (!r.ok) throw new Error(`Computer party ${party} cannot move: ${r.reason}`);
  return {
    party,
    action: pass,
    state: r.state,
    fallback: { reason, chosen },
    explain: () => `passes: its chosen move was refused (${reason})`,
  };
}
