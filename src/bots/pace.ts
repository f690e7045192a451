/**
 * How fast computer players move: the milliseconds a computer party waits before its move. One table
 * for the game in the page (the room's pace timer) and the classroom server (its rooms' timers).
 */
import type { GameState } from '../engine/index.ts';

export const PACE_MS = { slow: 2500, normal: 1200, fast: 350 } as const;

export type Pace = keyof typeof PACE_MS;

export const PACES: readonly Pace[] = Object.keys(PACE_MS) as Pace[];

export function isPace(value: unknown): value is Pace {
  return typeof value === 'string' && Object.hasOwn(PACE_MS, value);
}

/**
 * The wait before the party to move acts, in ms: the pace, except right after its own word in the tour de
 * table, which a computer says with its move rather than as a move of its own to wait on (an eight-party
 * table's last two rounds would otherwise wait fourteen paces more).
 */
export function paceBefore(state: Pick<GameState, 'log' | 'active'>, paceMs: number): number {
  const last = state.log[state.log.length - 1];
  return last?.kind === 'live-with' && last.party === state.active ? 0 : paceMs;
}
