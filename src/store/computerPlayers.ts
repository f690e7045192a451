/**
 * Computer play in the page: the bots' configurations for a running game's computer parties, and the
 * one driver (`computerMove` from the bots layer, shared with the classroom server and `playGame`),
 * which the store loads with the engine when a game starts (gameRules.ts).
 */
import type { PartyId } from '../engine/index.ts';
import type { computerMove } from '../bots/computerTurn.ts';
import { DEFAULT_PERSONA, isDifficulty, isStrategyName } from '../bots/types.ts';
import type { BotConfig } from '../bots/types.ts';
import type { Controller, RunningGame } from './types.ts';
import { say } from './storeLocale.ts';

/** The driver's signature; tests may hand the store another (a scripted computer) through this seam. */
export type ComputerDriver = typeof computerMove;

/** The strategy or difficulty a controller names that Accord does not know, as a sentence; null if all is known. */
export function unknownComputerSetting(controllers: Record<PartyId, Controller>): string | null {
  for (const [party, c] of Object.entries(controllers)) {
    if (c.kind !== 'computer') continue;
    if (!isStrategyName(c.strategy)) return say('store.noStrategy', { strategy: c.strategy, party });
    if (!isDifficulty(c.difficulty)) return say('store.noDifficulty', { difficulty: String(c.difficulty), party });
  }
  return null;
}

/**
 * The configuration of each computer party: its strategy and difficulty from the setup, the game's
 * seed, and the persona the scenario gives that party. (Controllers are checked when a game starts and
 * when a save is read, so every computer here names a known strategy and difficulty.)
 */
export function computerConfigs(game: RunningGame): Record<PartyId, BotConfig> {
  const out: Record<PartyId, BotConfig> = {};
  for (const [party, c] of Object.entries(game.controllers)) {
    if (c.kind !== 'computer' || !isStrategyName(c.strategy)) continue;
    const persona = game.state.scenario.parties.find((p) => p.id === party)?.persona ?? DEFAULT_PERSONA;
    out[party] = { strategy: c.strategy, difficulty: c.difficulty, seed: game.seed, persona };
  }
  return out;
}
