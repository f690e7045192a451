/**
 * How fast computer players move: the milliseconds a computer party waits before its move. One table
 * for the game in the page (the room's pace timer) and the classroom server (its rooms' timers).
 */
export const PACE_MS = { slow: 2500, normal: 1200, fast: 350 } as const;

export type Pace = keyof typeof PACE_MS;

export const PACES: readonly Pace[] = Object.keys(PACE_MS) as Pace[];

export function isPace(value: unknown): value is Pace {
  return typeof value === 'string' && Object.hasOwn(PACE_MS, value);
}
