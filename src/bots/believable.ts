/**
 * Believable moves (issue 15): the top-issue rule (topIssue.ts: no bot tables or supports a text holding
 * its lowest option on an issue it cares most about) as a filter on the legal moves, applied in
 * decide.ts after the red lines and the amendment limit, before any strategy sees them. Passing,
 * objecting, talk and walking away are never barred, so a bot always has a move. Its exceptions, each
 * measured (all-adaptive library, 30 seeded games per scenario; generated Harborco-like games 1-30):
 * - where every party can block a text on its own (unanimity in effect) it never binds: the package that
 *   beats every BATNA is often the only one there and may hold anyone's lowest option;
 * - where the log suggests the red lines of parties the deal needs leave no other option on that issue,
 *   the option is not barred (topIssue.ts: GDPR's Commission and national law);
 * - in the end game (endgame.ts) it lifts: a deal above the BATNA beats no deal. Held there for the parties
 *   the deal does not need, it cleared four library rows (data passport, care data, Osaka, pathogen access,
 *   their deals unchanged) but generated n-1-of-n tables lost their real support: each holdout used up the
 *   one abstention the rule allows (Harborco-like 1-30: deals carried by their supporters 24 -> 20, four
 *   more passed only by a vote over abstentions; even lifted for a support the text needs, 21);
 * - a party the deal needs may still amend another issue of a text that already holds its lowest option
 *   (it amends the others' text toward itself; it never puts the option in, nor proposes or supports such
 *   a text): barring those amendments took the humanitarian lab's refugee agency (required, its worst
 *   biometric option pushed by the refugees' representatives in every game) from 18 to 3 deals of 30.
 * A bot the rule bars from supporting a text it would have backed objects to it rather than passing
 * (decide.ts): its silence counts for nothing in a formal vote, so the others' vote would carry the text it
 * will not back (with the filter and silence, Harborco-like 1-30 had a deal passed so; objecting: 25 deals,
 * every one carried by its supporters, against 24 on main).
 */
import type { Action, LegalAction } from '../engine/index.ts';
import type { Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';
import { withoutLowestOnTopIssue } from './topIssue.ts';

/** `legal` without the moves that would table or support the bot's lowest option on an issue it cares most about, where the rule binds. */
export function believableMoves(ctx: Context, legal: readonly LegalAction[]): LegalAction[] {
  if (ctx.everyoneCanBlock || inEndgame(ctx)) return [...legal];
  return withoutLowestOnTopIssue(ctx.board, ctx.view, ctx.texts, legal, isNeeded(ctx.view));
}

/**
 * The move itself, or an objection where the bot would pass on a text the rule barred it from
 * supporting (`within`: its legal moves before the rule; `allowed`: after).
 */
export function objectingRatherThanSilent(
  ctx: Context,
  within: readonly LegalAction[],
  allowed: readonly LegalAction[],
  move: Action,
): Action {
  if (move.type !== 'pass' || ctx.view.table?.stances[ctx.view.party] === 'object') return move;
  if (!within.some((a) => a.type === 'support') || allowed.some((a) => a.type === 'support')) return move;
  return allowed.find((a) => a.type === 'object') ?? move;
}
