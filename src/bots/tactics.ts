/**
 * How a strategy, a difficulty and a persona translate into numbers: the concession exponent, the
 * margin kept above the BATNA, how much of its aspiration the bot gives up to close a deal, how noisy
 * its choices are and how much evidence moves it. The strategy gives its exponent and closing share;
 * difficulty and persona scale them.
 */
import type { Strategy } from './strategies/strategy.ts';
import type { Difficulty, Persona } from './types.ts';

export interface Tactics {
  difficulty: Difficulty;
  /** Concession exponent e of the time-dependent curve (tit-for-tat uses it as a safety net). */
  exponent: number;
  /** Fraction of the room between BATNA and best package kept as a margin at the deadline. */
  floorMargin: number;
  /** Share of (target − floor) the bot gives up when its support would close the deal. */
  closing: number;
  /** 0..1: how often and how far choices are perturbed (easy bots blunder a little). */
  noise: number;
  /** Evidence credence: how much persuasion moves willingness (from the persona's trust). */
  credence: number;
}

const DIFFICULTY_EXPONENT: Record<Difficulty, number> = { easy: 0.6, normal: 1, hard: 1.4 };
const DIFFICULTY_MARGIN: Record<Difficulty, number> = { easy: 0, normal: 0.05, hard: 0.1 };
const DIFFICULTY_NOISE: Record<Difficulty, number> = { easy: 0.25, normal: 0, hard: 0 };

export function tacticsFor(strategy: Strategy, difficulty: Difficulty, persona: Persona): Tactics {
  const toughness = clamp01(persona.toughness);
  return {
    difficulty,
    // toughness 0.5 leaves the strategy's exponent as is; 0 halves it, 1 makes it 1.5×.
    exponent: strategy.bidding.exponent * DIFFICULTY_EXPONENT[difficulty] * (0.5 + toughness),
    floorMargin: DIFFICULTY_MARGIN[difficulty] * (0.5 + toughness),
    closing: strategy.acceptance.closing,
    noise: DIFFICULTY_NOISE[difficulty],
    credence: 0.5 + clamp01(persona.trust),
  };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}
