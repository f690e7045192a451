/**
 * Seating and privacy on a shared screen: who is human, whose private view the screen may show, and
 * when the device passes between people. Pure functions of the running game and the settings; the
 * store calls them after every change so the rules live here once.
 *
 * `revealedTo` names the one human whose private view is unlocked. It is cleared whenever the device
 * passes between two people; in projector mode it is also cleared whenever a human's turn ends (the
 * room then watches the computers on the public view), and the lone human unlocks their panel again
 * on their turn.
 */
import type { PartyId } from '../engine/index.ts';
import type { Controller, RunningGame, Screen } from './types.ts';

export function humansOf(controllers: Record<PartyId, Controller>): PartyId[] {
  return Object.entries(controllers)
    .filter(([, c]) => c.kind === 'human')
    .map(([p]) => p);
}

/** The only human of a game against computers, or null when there are none or several. */
export function loneHuman(controllers: Record<PartyId, Controller>): PartyId | null {
  const humans = humansOf(controllers);
  return humans.length === 1 ? (humans[0] ?? null) : null;
}

/**
 * Projector mode with a single human: their turn opens in the room (public view) with a "Show my
 * private panel" prompt instead of a full hand-over screen, so the room keeps seeing the table.
 */
export function unlocksInRoom(game: RunningGame, projector: boolean): boolean {
  return projector && humansOf(game.controllers).length === 1;
}

/** The screen a running game calls for, given whose turn it is and whose view is unlocked. */
export function screenFor(game: RunningGame, projector = false): Screen {
  const { state } = game;
  if (state.status === 'finished') return { name: 'debrief' };
  const active = state.active;
  if (
    active !== null &&
    game.controllers[active]?.kind === 'human' &&
    game.revealedTo !== active &&
    !unlocksInRoom(game, projector)
  ) {
    return { name: 'handover', party: active, purpose: 'turn' };
  }
  return { name: 'room' };
}

/**
 * Who may stay unlocked on a projector: nobody unless it is that human's own turn. (Off the
 * projector, a lone human keeps their panel while the computers move: the screen is theirs.)
 */
export function concealedOnProjector(game: RunningGame, projector: boolean): PartyId | null {
  if (!projector || game.revealedTo === null) return game.revealedTo;
  return game.state.status === 'running' && game.state.active === game.revealedTo ? game.revealedTo : null;
}

/** Who stays unlocked after a move took the game from `before` to `after`. */
export function revealedAfterMove(before: RunningGame, after: RunningGame, projector: boolean): PartyId | null {
  let revealed = after.revealedTo;
  // The device passes on when a human's turn ends in a game with several humans.
  if (before.state.active !== after.state.active && humansOf(after.controllers).length > 1) revealed = null;
  if (after.state.status === 'finished') revealed = null;
  return concealedOnProjector({ ...after, revealedTo: revealed }, projector);
}

/**
 * Who is unlocked when a saved game resumes. Only a lone human's panel reopens, and only if it was open
 * when the page closed: with several humans nobody knows who sits at the screen now, so everyone
 * passes through a hand-over again.
 */
export function revealedOnResume(game: RunningGame, wasRevealed: PartyId | null, projector: boolean): PartyId | null {
  if (wasRevealed === null || loneHuman(game.controllers) !== wasRevealed) return null;
  return concealedOnProjector({ ...game, revealedTo: wasRevealed }, projector);
}
