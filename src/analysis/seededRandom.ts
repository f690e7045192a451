/**
 * mulberry32: a small, fast seeded generator returning numbers in [0, 1). The one seeded
 * generator of the pure layers that need a stream of numbers (test domains, bots); the engine keeps
 * nothing random (its rules are deterministic), so a game replays exactly from its log.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
