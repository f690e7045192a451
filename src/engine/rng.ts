/**
 * mulberry32: a small seeded generator whose whole state is one 32-bit integer, kept in GameState
 * so randomness replays exactly. Returns [value in 0..1, next state].
 */
export function nextRandom(rngState: number): [number, number] {
  const s = (rngState + 0x6d2b79f5) | 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}
