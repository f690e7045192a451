/**
 * Seeded randomness for bots: no Math.random, no hidden state. Each decision draws from a generator
 * seeded by the bot's seed, its party and the position in the game (round, log length, talk moves
 * left), so the same view and config always give the same choice. The generator is the pure layers'
 * one (analysis/seededRandom.ts).
 */
import { seededRandom } from '../analysis/seededRandom.ts';

/** FNV-1a hash of a string to an unsigned 32-bit integer. */
export function hashString(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator for one decision, from the bot's seed and where the game stands. */
export function decisionRandom(
  seed: number,
  party: string,
  round: number,
  logLength: number,
  talkLeft: number,
): () => number {
  return seededRandom(hashString(`${party}|${round}|${logLength}|${talkLeft}`, hashString(String(seed >>> 0))));
}

/**
 * The bot's temperament generator for one game: seeded by the bot's seed and party only, so the draws
 * stay fixed through the game (and a replay or a resumed save draws them again identically).
 */
export function temperamentRandom(seed: number, party: string): () => number {
  return seededRandom(hashString(`temperament|${party}`, hashString(String(seed >>> 0))));
}

/**
 * Where the game stands for the bots' draws: the log's length without the tour-de-table statements
 * (live-with). A statement decides nothing, so it does not reshuffle every later draw: a game with
 * statements makes the choices the same game without them would, until a statement changes one.
 */
export function drawPosition(log: readonly { kind: string }[]): number {
  let n = 0;
  for (const e of log) if (e.kind !== 'live-with') n++;
  return n;
}
