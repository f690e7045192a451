/**
 * The adaptive bot does not settle at its margin while it can still ask for more.
 *
 * A party the deal cannot do without (required, or holding a veto) that finds a text only just
 * above its BATNA would, left to the concession curve, support it: its aspiration has fallen that
 * far. All-adaptive tables then closed on texts that gave such a party almost nothing, while an
 * amendment on an issue it cares much about (and the others little) was there for the asking — the
 * logroll that makes a deal both fairer and larger. Before the last round, such a party amends the
 * text in its favour instead of supporting it, when its model says the change:
 * - gains it clearly (at least CLAIM_GAIN of its range) and keeps it above its BATNA;
 * - costs the others, summed, less than it gains (the claim creates value, it does not only take it);
 * - keeps the parties the text needs about as likely to accept (at least KEEP_ACCEPTANCE of before).
 * Measured (all-adaptive tables, 100 seeded games): GDPR 77.7% → 87.8% of the best carriable joint
 * gain, autonomous-vehicle data 56.5% → 90.5%, the other scenarios within a point, agreement unchanged.
 * It stops claiming once its aspiration has reached its floor (CONCESSION_DEADLINE), and never claims
 * back a text that has already failed twice: in narrow zones (issue 15's generated domains, where one
 * package beats every BATNA) claims wrecked the one text that could pass, late, for a text the table
 * had already turned down (Nash share over 30 generated domains with the opener rotated, 8 rounds:
 * 54.8% → 57.4%; 50 rounds: 67.0% → 68.8%; the flagships' pinned figures unchanged).
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { neededAcceptors, othersValue } from './othersAcceptance.ts';
import { amended, choiceOf, own, ownPoints, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { revertedAmendments } from './history.ts';
import { acceptChance } from './search.ts';
import { isNeeded } from './tableOutlook.ts';

/** A text within this share of the bot's range above its BATNA is "at its margin". */
const MARGIN = 0.2;
/** Least own gain (share of its range) worth wiping the stances for. */
const CLAIM_GAIN = 0.08;
/** Least share of the needed parties' estimated acceptance the claim keeps. */
const KEEP_ACCEPTANCE = 0.8;
/** How strongly the choice among claims favours the others' estimated value. */
const CLAIM_JOINT_PULL = 2;
/** Times a text may have failed before the bot stops claiming (or amending) it back. */
const FAILED_LIMIT = 2;

/**
 * Whether a text was already tabled FAILED_LIMIT times (so replaced each time: it failed): a one-issue
 * amendment back to it restarts the round. Shared by the claims here and integrativeAmendment.ts.
 */
export function failedBefore(ctx: Context): (c: Choice) => boolean {
  const tried = new Map<string, number>();
  for (const t of ctx.texts) {
    const key = choiceOf(ctx.board, t.package)?.join(',');
    if (key !== undefined) tried.set(key, (tried.get(key) ?? 0) + 1);
  }
  return (c) => (tried.get(c.join(',')) ?? 0) >= FAILED_LIMIT;
}

/** True when a text worth `value` (normalised) to the bot is within MARGIN of its range above its BATNA. */
export function atMargin(ctx: Context, value: number): boolean {
  return value - Math.max(0, ctx.board.batnaNorm) <= MARGIN;
}

export function marginClaim(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const table = ctx.table;
  if (!table || !isNeeded(ctx.view)) return null;
  // In the last round a new text rarely gathers the support it needs before the deadline.
  if (ctx.view.round >= ctx.view.rounds || ctx.progress >= ctx.concessionDeadline) return null;
  const base = own(ctx.board, table);
  if (!atMargin(ctx, base)) return null;
  const acceptors = neededAcceptors(ctx);
  const acceptedBefore = acceptChance(acceptors, table);
  const othersBefore = othersValue(ctx, table);
  // An amendment someone undid once is not claimed again: claims must not start amendment wars.
  const reverted = revertedAmendments(ctx.texts, ctx.view.party);
  // A text that was on the table before and was replaced failed: claiming it back restarts the round.
  const failed = failedBefore(ctx);
  let pick: { action: Action; value: number } | null = null;
  for (const a of legal) {
    if (a.type !== 'amend' || (reverted.get(`${a.issue}=${a.option}`) ?? 0) > 0) continue;
    const c = amended(ctx.board, table, a.issue, a.option);
    if (!c || failed(c)) continue;
    const gain = own(ctx.board, c) - base;
    if (gain < CLAIM_GAIN || ownPoints(ctx.board, c) <= ctx.board.batna) continue;
    const othersChange = othersValue(ctx, c) - othersBefore;
    if (gain + othersChange <= 0) continue;
    const accepted = acceptChance(acceptors, c);
    if (accepted < KEEP_ACCEPTANCE * acceptedBefore) continue;
    const value = gain * accepted * Math.exp(CLAIM_JOINT_PULL * othersChange);
    if (!pick || value > pick.value) pick = { action: a, value };
  }
  return pick?.action ?? null;
}
