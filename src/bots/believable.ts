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
 * - in the end game (endgame.ts) it lifts for a party the deal needs (it converges on the text the needed
 *   coalition can carry: held there, the Commission's amendments cost Safe Harbor 27 -> 11 deals of 30) and
 *   for one the text needs once the parties that objected to a text this round or the last hold out
 *   (`neededGivenHoldouts`); it still binds the others, whose backing is not what carries the text. Lifted
 *   for every party there (the first design), care data and Osaka kept their end-game supports (two more
 *   rows missed) and the data passport 48 of them (now 18), with the same deals; held for every party the deal does not need,
 *   generated n-1-of-n tables lost their real support: each holdout used up the one abstention the rule
 *   allows (Harborco-like 1-30: deals carried by their supporters 24 -> 20, four more passed only by a vote
 *   over abstentions); with the holdouts counted, 22 deals, every one carried by its supporters;
 * - a party the deal needs may still amend another issue of a text that already holds its lowest option
 *   (it amends the others' text toward itself; it never puts the option in, nor proposes or supports such
 *   a text): barring those amendments took the humanitarian lab's refugee agency (required, its worst
 *   biometric option pushed by the refugees' representatives in every game) from 18 to 3 deals of 30.
 * A bot the rule bars from supporting a text it would have backed objects to it rather than passing
 * (decide.ts): a formal vote counts only the votes cast, so its abstention would let the others' votes carry
 * the text it will not back (with the filter and silence, Harborco-like 1-30 had deals passed so).
 */
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import type { Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { isNeeded, wouldAgree } from './tableOutlook.ts';
import { withoutLowestOnTopIssue } from './topIssue.ts';

/** `legal` without the moves that would table or support the bot's lowest option on an issue it cares most about, where the rule binds. */
export function believableMoves(ctx: Context, legal: readonly LegalAction[]): LegalAction[] {
  if (ctx.everyoneCanBlock) return [...legal];
  const needed = isNeeded(ctx.view);
  if (inEndgame(ctx) && (needed || neededGivenHoldouts(ctx))) return [...legal];
  return withoutLowestOnTopIssue(ctx.board, ctx.view, ctx.texts, legal, needed);
}

/**
 * True when every other party at the table backing a text, but those that objected to a text this
 * round or the last (or to the one on the table), would not carry it without the bot.
 */
function neededGivenHoldouts(ctx: Context): boolean {
  const { view } = ctx;
  const holdouts = new Set<PartyId>();
  for (const t of ctx.texts) if (t.round >= view.round - 1) for (const p of t.objectors) holdouts.add(p);
  for (const [p, st] of Object.entries(view.table?.stances ?? {})) if (st === 'object') holdouts.add(p);
  const rest: Record<PartyId, Stance> = {};
  for (const p of view.parties) if (p.atTable && p.id !== view.party && !holdouts.has(p.id)) rest[p.id] = 'support';
  return !wouldAgree(view, rest);
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
