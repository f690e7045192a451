/**
 * What the screens see of a game, built in one place. A screen renders a `TableView`, never the
 * engine's state, so the same screens can show a game played in this page (the local source, built
 * here from `viewFor` and `legalActions`) or one held by a classroom server (a remote source that
 * receives the same views as messages). Only the debrief and the instructor view, which need the
 * whole game, still read `GameState`.
 */
import type { LegalAction, Package, PartyId, PartyView, PublicView, ScoreLine } from '../engine/index.ts';
import { legalActions, previewPackage, viewFor } from '../engine/index.ts';
import { unlocksInRoom } from './seating.ts';
import type { RunningGame } from './types.ts';

/** The unlocked party's own side of the table: its private view and what it may do now. */
export interface SeatView {
  party: PartyId;
  view: PartyView;
  /** Empty unless it is this party's turn. */
  legal: LegalAction[];
}

/** Whose turn it is, and whether a person or a computer plays that party. */
export interface TurnView {
  party: PartyId;
  by: 'human' | 'computer';
}

export interface TableView {
  /** What everyone in the room may see. */
  publicView: PublicView;
  /** The party whose private view is unlocked on this screen, or null: then only the public view shows. */
  seat: SeatView | null;
  /** Null when the game is over. */
  turn: TurnView | null;
  /** Some party is played by a computer (the room offers Pause and Skip ahead). */
  hasComputers: boolean;
  /**
   * A projector with one human whose turn it is while their panel is hidden: the room offers "Show my
   * private panel" instead of a hand-over screen.
   */
  mayUnlock: boolean;
  /** The engine's reason for refusing the last move made on this screen, or null. */
  rejection: string | null;
}

/** The public view of a game (the shared screen, the background everyone reads). */
export function publicViewOf(game: RunningGame): PublicView {
  return viewFor(game.state, 'public');
}

/** One party's private view, or null unless that party is unlocked on this screen (a brief, a panel). */
export function unlockedViewOf(game: RunningGame, party: PartyId): PartyView | null {
  return game.revealedTo === party ? viewFor(game.state, party) : null;
}

export function turnOf(game: RunningGame): TurnView | null {
  const { status, active } = game.state;
  if (status !== 'running' || active === null) return null;
  return { party: active, by: game.controllers[active]?.kind === 'computer' ? 'computer' : 'human' };
}

function buildTableView(game: RunningGame, projector: boolean): TableView {
  const turn = turnOf(game);
  const party = game.revealedTo;
  const seat: SeatView | null =
    party === null
      ? null
      : {
          party,
          view: viewFor(game.state, party),
          legal: turn?.party === party ? legalActions(game.state, party) : [],
        };
  return {
    publicView: viewFor(game.state, 'public'),
    seat,
    turn,
    hasComputers: Object.values(game.controllers).some((c) => c.kind === 'computer'),
    mayUnlock: seat === null && turn?.by === 'human' && unlocksInRoom(game, projector),
    rejection: game.rejection,
  };
}

/**
 * The table as this screen shows it. Views are rebuilt only when the game changed (zustand with immer
 * gives a new object on every change and the same one otherwise), so screens may call this freely.
 */
export const tableViewOf: (game: RunningGame, projector: boolean) => TableView = (() => {
  let last: { game: RunningGame; projector: boolean; view: TableView } | null = null;
  return (game, projector) => {
    if (last && last.game === game && last.projector === projector) return last.view;
    const view = buildTableView(game, projector);
    last = { game, projector, view };
    return view;
  };
})();

/**
 * The points a draft package would give the party whose screen is unlocked (sheet, scoring rules,
 * social licence), for the package builder's live preview. Null for anyone else: the shared screen
 * never previews another party's points.
 */
export function previewForSeat(game: RunningGame | null, pkg: Package): { points: number; lines: ScoreLine[] } | null {
  if (!game || game.revealedTo === null) return null;
  const preview = previewPackage(game.state, game.revealedTo, pkg);
  return { points: Math.round(preview.points * 100) / 100, lines: preview.lines };
}
