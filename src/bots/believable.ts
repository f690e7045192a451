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
 * - in the end game (endgame.ts) it lifts: a deal above the BATNA beats no deal. Held there for the
 *   parties the deal needs, the Commission's amendments cost Safe Harbor 27 -> 11 deals of 30. Held for the
 *   others unless the text needs them once the parties that objected this round or the last hold out, it
 *   cleared care data and Osaka (data passport 48 -> 18 breaks, Safe Harbor 34 -> 17, library deals and
 *   teaching unchanged) but cost generated Harborco-like tables (n-1 of n, 100 games) 86% -> 79% deals:
 *   each holdout uses up the one abstention such a rule allows (held without the holdouts counted, deals
 *   passed by a vote over abstentions). Lifted, Harborco-like stays at 85%;
 * - but where the rule can leave out several parties (the library's weighted majorities, not
 *   `oneOutAtMost`), it holds in the end game for a party the deal does not need, and such a party
 *   barred from supporting stays silent rather than objecting: its abstention costs the coalition
 *   nothing it needed. The data passport's safe-haven operator backed its worst option on its top issue
 *   in rounds 7-8 of every game. Measured (believable moves, 30 all-adaptive games per scenario): breaks
 *   data passport 48 -> 0, Safe Harbor 34 -> 17, Osaka 3, care data 1 and pathogen 1 -> 0 (rows missed
 *   7 -> 3); library deals and joint gain unchanged (20 games; Osaka walk-outs to stop a harmful deal
 *   20% -> 35%, its deals still 100%); teaching 0 missed (passport mixed 42%); Safe Harbor tournaments
 *   unchanged. Held for every rule, it cost Harborco-like tables (1-40) joint gain 86.4% -> 82.5%, 18%
 *   of deals passed over abstentions, hence the n-1-of-n exception;
 * - yet even there it lifts where the text on the table holds the party's lowest option only on
 *   two-option issues and cannot pass with the support it has (binaryStandoff.ts): on such an issue
 *   "never the lowest" means never conceding it, and with every package barred for enough parties no
 *   deal could pass. Fuzzed tables where every package beats every BATNA: 993 -> 997 deals of 1,000 (1-4
 *   issues), 972 -> 1,000 (two-option issues); library, generated, teaching and believable figures unchanged;
 * - and in the last round it lifts for a party whose support, alone or with that of the parties still
 *   silent, would carry a text that beats its BATNA (pivotalLastSupport.ts): no turns are left to find
 *   another, and abstaining there is no deal for all. Fuzzed (every BATNA below every package): 997 ->
 *   1,000 deals of 1,000; figures unchanged;
 * - a party the deal needs may still amend another issue of a text that already holds its lowest option
 *   (it amends the others' text toward itself; it never puts the option in, nor proposes or supports such
 *   a text): barring those amendments took the humanitarian lab's refugee agency (required, its worst
 *   biometric option pushed by the refugees' representatives in every game) from 18 to 3 deals of 30.
 * - but in the end game before the last round a party the deal needs still does not support (nor call a
 *   vote on) a text holding its lowest option on an issue it cares most about where a party the deal does
 *   not need put that option in and its own support would not carry the text now
 *   (`supportHeldBeforeLastRound`): a round is left, the option is no needed party's price, and a required
 *   party's word counts. The lab's refugee agency backed the representatives' card-only text in round 6 of 10
 *   games of 50 (69 points to it, BATNA 54; the host government, required, had moved biometrics to the
 *   interagency database the round before and did again next). Measured (`npm run bench -- bots`,
 *   2026-12-07): the lab's believable "lowest" 12 -> 2, its deals, every-party and joint gain unchanged
 *   (97% / 1% / 87%, 100 games); Harborco-like 93 / 56 / 91.9 -> 93 / 58 / 91.6 (held out 101-200:
 *   93 / 53 / 87.5 -> 94 / 52 / 87.6); random median tables 92.3 / 55.0 / 87.5 unchanged (deals passed by
 *   silence 2.0% -> 1.8%); research-like, the rest of the library, variety and the other believable rows
 *   unchanged; Safe Harbor's tournament among every strategy: Boulware's and tit-for-tat's scores 0.1 lower.
 *   Held also where a needed party put the option in, GDPR's tit-for-tat Commission held back from the
 *   Council's national law in round 7 of the tournament's mixed-5 games (every registered strategy), the
 *   Council conceded another issue and the adaptive bot fell behind Boulware there (mixed scores adaptive /
 *   Boulware 68.4 / 67.4 -> 66.8 / 68.8: the target missed).
 * Elsewhere, a bot the rule bars from supporting a text it would have backed objects to it rather than
 * passing (decide.ts): a formal vote counts only the votes cast, so its abstention would let the others' votes carry
 * the text it will not back (with the filter and abstentions, Harborco-like 1-30 had a deal passed so: 24
 * deals, 23 carried by their supporters; objecting, 25, every one carried by them).
 */
import type { Action, IssueId, LegalAction, OptionId, PartyId } from '../engine/index.ts';
import type { Context } from './context.ts';
import { binaryStandoff } from './binaryStandoff.ts';
import { inEndgame } from './endgame.ts';
import { pivotalLastSupport } from './pivotalLastSupport.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { isNeeded, wouldAgree } from './tableOutlook.ts';
import { closedByNeededRedLines, lowestOnTopIssues, withoutLowestOnTopIssue } from './topIssue.ts';
import type { TextRecord } from './history.ts';

/** `legal` without the moves that would table or support the bot's lowest option on an issue it cares most about, where the rule binds (see above). */
export function believableMoves(ctx: Context, legal: readonly LegalAction[]): LegalAction[] {
  if (ctx.everyoneCanBlock) return [...legal];
  const needed = isNeeded(ctx.view);
  if (needed && supportHeldBeforeLastRound(ctx)) return withoutSupportOfLowest(ctx, legal);
  if (inEndgame(ctx) && (needed || oneOutAtMost(ctx.view) || binaryStandoff(ctx) || pivotalLastSupport(ctx)))
    return [...legal];
  return withoutLowestOnTopIssue(ctx.board, ctx.view, ctx.texts, legal, needed);
}

/**
 * True in the end game before the last round where the bot's support would not carry the text on the table now:
 * there a party the deal needs still holds back its support of a text holding its lowest option on an issue it
 * cares most about (see above).
 */
function supportHeldBeforeLastRound(ctx: Context): boolean {
  const { view, texts } = ctx;
  const table = view.table;
  if (!inEndgame(ctx) || view.round >= view.rounds || !table) return false;
  if (wouldAgree(view, { ...table.stances, [view.party]: 'support' })) return false;
  const lowest = lowestOnTopIssues(ctx.board, closedByNeededRedLines(view, texts));
  for (const [issue, options] of lowest) {
    const option = table.package[issue] ?? '';
    if (!options.has(option)) continue;
    const by = putInBy(texts, issue, option);
    if (by !== null && !isNeeded(view, by)) return true;
  }
  return false;
}

/** The author of the text that put `option` on `issue` into the text on the table (the latest run of texts holding it), or null. */
function putInBy(texts: readonly TextRecord[], issue: IssueId, option: OptionId): PartyId | null {
  let k = texts.length - 1;
  if (texts[k]?.package[issue] !== option) return null;
  while (k > 0 && texts[k - 1]?.package[issue] === option) k--;
  return texts[k]?.author ?? null;
}

/** `legal` without support of (or a call for a vote on) a text holding the bot's lowest option on an issue it cares most about. */
function withoutSupportOfLowest(ctx: Context, legal: readonly LegalAction[]): LegalAction[] {
  const kept = new Set(withoutLowestOnTopIssue(ctx.board, ctx.view, ctx.texts, legal, true));
  return legal.filter((a) => (a.type !== 'support' && a.type !== 'call-vote') || kept.has(a));
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
  // In the end game of a rule that can leave out several parties, silence (see above).
  if (inEndgame(ctx) && !oneOutAtMost(ctx.view)) return move;
  if (!within.some((a) => a.type === 'support') || allowed.some((a) => a.type === 'support')) return move;
  return allowed.find((a) => a.type === 'object') ?? move;
}
