/**
 * How apply changes state without deep cloning: apply makes one shallow copy of the state (the
 * "draft") and a private copy of its log array; helpers then assign new top-level fields on the
 * draft and push to its log, but never mutate nested objects, which are shared with the input
 * state: they copy the path they change (copy-on-write). The input state is never touched.
 */
import type { GameState, LogEntry } from './types.ts';

/** A fresh shallow copy owned by the current apply call. */
export type Draft = GameState;

export function draftOf(state: GameState): Draft {
  return { ...state, log: state.log.slice() };
}

export function addLog(s: Draft, entry: Omit<LogEntry, 'seq' | 'round'>): void {
  s.log.push({ seq: s.log.length, round: s.round, ...entry });
}

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/**
 * Rounds to 2 decimals so figures stay readable and JSON round trips exact (`+ 0` turns the -0 of a
 * small negative into 0, as JSON would).
 */
export const tidy = (v: number): number => Math.round(v * 100) / 100 + 0;

export function setCredibility(s: Draft, party: string, by: number): void {
  const now = s.credibility[party] ?? 0;
  s.credibility = { ...s.credibility, [party]: tidy(clamp(now + by, 0, 100)) };
}

/** trust[a][b] += by (a's trust in b). */
export function changeTrust(s: Draft, a: string, b: string, by: number): void {
  if (a === b) return;
  const row = s.trust[a] ?? {};
  const now = row[b] ?? 50;
  s.trust = { ...s.trust, [a]: { ...row, [b]: tidy(clamp(now + by, 0, 100)) } };
}

/** Sets table[k1][k2][k3] = f(old) on a three-level sparse map, copying only the path. */
export function update3(
  table: Record<string, Record<string, Record<string, number>>>,
  k1: string,
  k2: string,
  k3: string,
  f: (old: number | undefined) => number,
): Record<string, Record<string, Record<string, number>>> {
  const l1 = table[k1] ?? {};
  const l2 = l1[k2] ?? {};
  return { ...table, [k1]: { ...l1, [k2]: { ...l2, [k3]: f(l2[k3]) } } };
}

export function update2<T>(
  table: Record<string, Record<string, T>>,
  k1: string,
  k2: string,
  value: T,
): Record<string, Record<string, T>> {
  return { ...table, [k1]: { ...(table[k1] ?? {}), [k2]: value } };
}
