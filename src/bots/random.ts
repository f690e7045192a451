/**
 * Seeded randomness for bots: no Math.random, no hidden state. Each decision draws from a generator
 * seeded by the bot's seed, its party and the position in the game (round, log length, talk moves
 * left), so the same view and config always give the same choice.
 */

/** FNV-1a hash of a string to an unsigned 32-bit integer. */
export function hashString(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator; returns numbers in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one decision, from the bot's seed and where the game stands. */
export function decisionRandom(seed: number, party: string, round: number, logLength: number, talkLeft: number): () => number {
  return generator(hashString(`${party}|${round}|${logLength}|${talkLeft}`, hashString(String(seed >>> 0))));
}
