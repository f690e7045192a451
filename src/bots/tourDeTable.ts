/**
 * The tour de table (issue 15): near the deadline each party says which of the texts tabled so far it
 * could live with (the engine's `live-with` talk move, public). A bot says it honestly, from its own
 * view: the texts whose every option is still available, that cross none of its red lines and that
 * score at or above its BATNA for it (its exact points: sheet and its own scoring rules).
 *
 * Why (measured 2026-12-05 with an oracle, `opponentModel.ts`): on Harborco-like tables, in 11 of the
 * 14 games lost with a zone of agreement, a text tabled earlier was one the rule would carry with the
 * last round's movers at or above their BATNAs, and nothing public told it apart. The models cannot
 * learn which (options' points drawn at random: the model orders two never-tabled options rightly in
 * 46% of pairs); the parties can say it, as people at a table do. `statedLastShot.ts` reads it.
 *
 * Bots speak from the round before the last (STATE_FROM_END), where the end game begins: the last
 * round's movers need every party's word on the texts tabled until its last turn, and earlier words
 * would fill the log for nothing. A bot speaks again only when texts were tabled since its last word or
 * its answer changed (an event moves its BATNA or sheet).
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { statements } from '../engine/index.ts';
import { choiceOf, ownPoints } from './board.ts';
import type { Context } from './context.ts';
import type { TextRecord } from './history.ts';
import { crossesRedLine } from '../scenario/redLines.ts';

/** Bots state from this many rounds before the last (1: the round before the last, the end game's first). */
export const STATE_FROM_END = 1;

/** Whether the bot could live with a text, by its own view: available, within its red lines, at or above its BATNA. */
export function liveable(ctx: Context, text: TextRecord): boolean {
  const c = choiceOf(ctx.board, text.package);
  if (c === null || crossesRedLine(ctx.view.redLines, text.package)) return false;
  return ownPoints(ctx.board, c) >= ctx.board.batna;
}

/** The bot's statement on the texts tabled so far, when it is due (see the header), or null. */
export function tourDeTableStatement(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const { view } = ctx;
  if (view.round < view.rounds - STATE_FROM_END || ctx.texts.length === 0) return null;
  if (!legal.some((a) => a.type === 'live-with')) return null;
  const versions = ctx.texts.flatMap((t, k) => (liveable(ctx, t) ? [k + 1] : []));
  const last = statements(view.log).get(view.party);
  const same =
    last !== undefined &&
    last.tabled === ctx.texts.length &&
    last.versions.size === versions.length &&
    versions.every((v) => last.versions.has(v));
  return same ? null : { type: 'live-with', party: view.party, versions };
}
