/**
 * How a strategy, a difficulty and a persona translate into numbers: the concession exponent, the
 * margin kept above the BATNA, how much of its aspiration the bot gives up to close a deal, and how
 * noisy its choices are.
 *
 * Time-dependent concession after Faratin, Sierra & Jennings (1998): the aspiration falls from the
 * best package (1) to the floor (BATNA plus a margin) as the deadline nears,
 *   target(t) = 1 − (1 − floor) · t^e,  t in 0..1,
 * with e > 1 Boulware (holds out, concedes at the end), e = 1 linear, e < 1 conceder.
 */
import type { Difficulty, Persona, StrategyName } from './types.ts';

export interface Tactics {
  strategy: StrategyName;
  difficulty: Difficulty;
  /** Concession exponent e of the time-dependent curve (tit-for-tat uses it as a safety net). */
  exponent: number;
  /** Fraction of the room between BATNA and best package kept as a margin at the deadline. */
  floorMargin: number;
  /** Share of (target − floor) the bot gives up when its support would close the deal. */
  closing: number;
  /** Learns the others' priorities and trades issues (adaptive). */
  modelsOthers: boolean;
  /** Reciprocates the others' concessions (tit-for-tat). */
  reciprocates: boolean;
  /** 0..1: how often and how far choices are perturbed (easy bots blunder a little). */
  noise: number;
  /** Evidence credence: how much persuasion moves willingness (from the persona's trust). */
  credence: number;
}

const BASE_EXPONENT: Record<StrategyName, number> = {
  boulware: 4,
  linear: 1,
  conceder: 0.35,
  adaptive: 3,
  'tit-for-tat': 2.5,
};

const CLOSING: Record<StrategyName, number> = {
  boulware: 0.4,
  linear: 0.6,
  conceder: 0.8,
  adaptive: 0.6,
  'tit-for-tat': 0.6,
};

const DIFFICULTY_EXPONENT: Record<Difficulty, number> = { easy: 0.6, normal: 1, hard: 1.4 };
const DIFFICULTY_MARGIN: Record<Difficulty, number> = { easy: 0, normal: 0.05, hard: 0.1 };
const DIFFICULTY_NOISE: Record<Difficulty, number> = { easy: 0.25, normal: 0, hard: 0 };

export function tacticsFor(strategy: StrategyName, difficulty: Difficulty, persona: Persona): Tactics {
  const toughness = clamp01(persona.toughness);
  return {
    strategy,
    difficulty,
    // toughness 0.5 leaves the strategy's exponent as is; 0 halves it, 1 makes it 1.5×.
    exponent: BASE_EXPONENT[strategy] * DIFFICULTY_EXPONENT[difficulty] * (0.5 + toughness),
    floorMargin: DIFFICULTY_MARGIN[difficulty] * (0.5 + toughness),
    closing: CLOSING[strategy],
    modelsOthers: strategy === 'adaptive',
    reciprocates: strategy === 'tit-for-tat',
    noise: DIFFICULTY_NOISE[difficulty],
    credence: 0.5 + clamp01(persona.trust),
  };
}

/** The time-dependent aspiration at progress t (0 first turn, 1 last turn), from `top` down to `floor`. */
export function timeDependentTarget(t: number, floor: number, exponent: number, top = 1): number {
  const tt = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return top - (top - floor) * Math.pow(tt, exponent);
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}
