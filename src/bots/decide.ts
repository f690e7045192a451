/**
 * The bot API: `decide(view, legal, config) → Action`, pure and deterministic. The browser game
 * calls it for every computer-played seat; `playGame` calls it for every seat of a simulation.
 *
 * It sees only its party's `PartyView` and `LegalAction`s, never the GameState. The chosen action is
 * always one of `legal` (or a proposal built from the `propose` template's choices).
 */
import type { Action, LegalAction, PartyView } from '../engine/index.ts';
import { buildContext } from './context.ts';
import { chooseMain } from './mainMove.ts';
import { chooseTalk } from './talk.ts';
import type { BotConfig } from './types.ts';

export function decide(view: PartyView, legal: readonly LegalAction[], config: BotConfig): Action {
  if (legal.length === 0)
    throw new Error(`decide was called for ${view.party} with no legal action (not its turn, or the game is over).`);
  const ctx = buildContext(view, config);
  return chooseTalk(ctx, legal) ?? chooseMain(ctx, legal);
}
