/**
 * What gameRules.ts loads on first use: the engine's functions the store calls and the bots' one
 * driver. Only gameRules.ts imports this module (dynamically), so the first page stays without them.
 */
import { apply, initialState, replay } from '../engine/index.ts';
import { computerMove } from '../bots/computerTurn.ts';

export const GAME_RULES = { apply, initialState, replay, computerMove };

export type GameRules = typeof GAME_RULES;
