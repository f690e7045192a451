/**
 * The computer negotiators' public types.
 *
 * A bot is a pure function of what its party may know (its `PartyView` and its `LegalAction`s) and
 * of its configuration: `decide(view, legal, config) → Action`. It keeps no memory between calls:
 * everything it believes about the others is recomputed from the view's log, so a saved game
 * resumes with identical bot behaviour.
 */

import type { StrategyName } from './strategyNames.ts';

/** The named strategies (their code is in strategies/, whose registry holds one per name). */
export { STRATEGIES, isStrategyName, type StrategyName } from './strategyNames.ts';

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
/** Chosen in the game setup: how well the bot models the others and how hard it bargains. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The party's persona from the scenario (each 0..1): its own setting, not hidden state of others. */
export interface Persona {
  /** 0 concedes early, 1 holds out. */
  toughness: number;
  /** 0 suspicious of others' evidence, 1 credulous. */
  trust: number;
}

export interface BotConfig {
  strategy: StrategyName;
  difficulty: Difficulty;
  /** Seeds the bot's few random choices (mixed with the round and the log length). */
  seed: number;
  /** The scenario's persona for this party (default 0.5 / 0.5). */
  persona?: Persona;
}

export const DEFAULT_PERSONA: Persona = { toughness: 0.5, trust: 0.5 };

export function isDifficulty(s: string): s is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(s);
}
