/**
 * A party's own points for a draft package, from its own view alone: a remote seat has no game
 * state, only `viewFor(state, party)`, which carries the party's sheet (as events changed it), its
 * scoring rules and the public legitimacy. The bots' board already turns exactly that into points
 * (the same figures as the engine's `previewPackage`, checked by a test over every scenario), so
 * the package builder's live preview works the same on a trainee's phone as on the shared screen.
 */
import type { Package, PartyView } from '../engine/index.ts';
import { choiceOf, compileBoard, ownPoints } from '../bots/board.ts';

/** Points `view.party` would get if `pkg` were agreed now; null when the package names an unknown option. */
export function previewFromView(view: PartyView, pkg: Package): { points: number } | null {
  // Credence only weighs persuasion (willingness), which points ignore: 1 is as good as any.
  const board = compileBoard(view, 1);
  const choice = choiceOf(board, pkg);
  if (!choice) return null;
  return { points: Math.round(ownPoints(board, choice) * 100) / 100 };
}
