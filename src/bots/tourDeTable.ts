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
import type { Action, LegalAction, LogEntry, PartyId } from '../engine/index.ts';
import { choiceOf, ownPoints } from './board.ts';
import type { Context } from './context.ts';
import type { TextRecord } from './history.ts';
import { crossesRedLine } from '../scenario/redLines.ts';

/** Bots state from this many rounds before the last (1: the round before the last, the end game's first). */
export const STATE_FROM_END = 1;

/** A party's latest word: the versions it could live with, among the first `tabled` texts. */
export interface Statement {
  versions: ReadonlySet<number>;
  tabled: number;
}

/**
 * Every party's latest statement, read from the public log: a statement speaks of the texts tabled
 * before it (counted as the log goes: each proposal and amendment is the next version).
 */
export function statements(log: readonly LogEntry[]): Map<PartyId, Statement> {
  const out = new Map<PartyId, Statement>();
  let tabled = 0;
  for (const e of log) {
    if (e.kind === 'propose' || e.kind === 'amend') tabled++;
    else if (e.kind === 'live-with' && e.party !== undefined && e.action?.type === 'live-with')
      out.set(e.party, { versions: new Set(e.action.versions), tabled });
  }
  return out;
}

/** True when the party said it could live with this text (its version: index in the history + 1). */
export function saidLiveable(stated: ReadonlyMap<PartyId, Statement>, party: PartyId, version: number): boolean {
  return stated.get(party)?.versions.has(version) ?? false;
}

/** The parties whose latest word names this text (its version), in the order of `parties`. */
export function livingWith(
  stated: ReadonlyMap<PartyId, Statement>,
  version: number,
  parties: readonly PartyId[],
): PartyId[] {
  return parties.filter((p) => saidLiveable(stated, p, version));
}

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
