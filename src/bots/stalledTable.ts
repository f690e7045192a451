/**
 * A stalled table is redrafted: a bot that backs the text on the table, when the objections already block
 * that text, every objector is one that may not table text (Track II: no counter can come from them), and
 * the bot has waited a full lap on it (it has made a main move on it since it was tabled, not just authored
 * it), counters it before the last round instead of waiting again, as a human redrafts a text that is going
 * nowhere. Its counter is the ordinary one (counter.ts); where none comes (no amendment reaches its aim and
 * the text beats its BATNA, or the table's rules allow no amendment, as in seed 79), it proposes the trade-off
 * package (search.ts `tradeOff`) the parties the deal still needs are likeliest to accept among those worth
 * at least the table to it (its aim no higher than what the table gives it), above its BATNA.
 *
 * Why: fuzzed all-adaptive normal tables (randomTable 'median', a package above every BATNA by the sheets in
 * 471 of seeds 1-1000) missed 66 deals; in 10 of them two laps or more passed with no new text while a
 * blocked text sat on the table: its supporters waited "it already supports the text" and the blockers could
 * not table text (seed 79: bravo, required and Track II, objects to alpha's text of round 4; alpha and echo
 * waited three laps; now alpha redrafts in round 7 of 8 and the deal passes).
 * Measured: median 1-1000 405 -> 409 of 471, held-out 1001-2000 370 -> 371 of 431; read with the engine's
 * points (social licence counted) against BATNA plus no-deal points, 432 -> 435 of 488 and 406 -> 407 of 457;
 * misses with two idle laps or more 10 -> 8. Library, generated (Harborco-like 1-500 game by game), research-
 * like, Nash, teaching and believable figures unchanged, as is the hash of 56 adaptive logs.
 * With draftlessBacking.ts (merged after): on seeds 1-2000 the rule turns 8 no-deals into deals (79, 179, 277, 431,
 * 672, 701, 1313, 1912) and 3 deals into no-deals (253, 388, 963).
 * The adaptive strategy only: for every strategy it changed the classic strategies' games in Safe Harbor's
 * every-strategy tournament (agreement where a zone exists the same, 80.0%) and slowed it from 22-26 s to
 * 29-30 s per 1,000 games on 2 threads (target < 30 s), the redraft's trade-off search running on their turns.
 * Tried: with Track I objectors too: care.data deals 98% -> 86% (the objector counters itself there);
 * in the last round too (an objector above its BATNA may still come round: seed 193): 406 and 372; countering
 * one lap earlier (the author's next turn): 405 and 370; the end game's convergingText as the counter:
 * 404-407 and 370-371; the redraft aiming at the floor: 402-406 and 371-372; the trade-off redraft before
 * the ordinary counter: 407 and 371; counting parties that passed on the text unbacked as objectors (where
 * the rules allow no objection, seed 125's Track II party can only pass): 407 and 372, 405 and 372 with both.
 */
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import { own, ownPoints } from './board.ts';
import type { Context } from './context.ts';
import { chooseCounter } from './counter.ts';
import { neededAcceptors } from './othersAcceptance.ts';
import { proposalOf } from './proposal.ts';
import { COUNTER_JOINT_WEIGHT, redraftOf } from './redraft.ts';
import { textDead } from './tableOutlook.ts';

/** True when the bot has made a main move on the text now on the table other than tabling it (a lap has passed). */
export function waitedOnText(ctx: Context): boolean {
  const log = ctx.view.log;
  for (let k = log.length - 1; k >= 0; k--) {
    const e = log[k];
    if (!e) continue;
    if (e.kind === 'propose' || e.kind === 'amend') return false;
    if (e.party === ctx.view.party && (e.kind === 'pass' || e.kind === 'support' || e.kind === 'object')) return true;
  }
  return false;
}

/** The counter of a bot backing a blocked text it has already waited a lap on, before the last round; null otherwise. */
export function stalledTableCounter(
  ctx: Context,
  legal: readonly LegalAction[],
  stances: Readonly<Record<PartyId, Stance>>,
): Action | null {
  // The adaptive strategy only: the classic strategies keep their published behaviour (see the header).
  if (!ctx.strategy.acceptance.readsTheOthers) return null;
  const { view } = ctx;
  const table = ctx.table;
  if (!view.table || !table || view.round >= view.rounds || !textDead(view, stances)) return null;
  if (!waitedOnText(ctx)) return null;
  // An objector that may table text can counter the text itself: the table is not stalled while one does.
  if (view.parties.some((p) => p.atTable && p.id !== view.party && p.track !== 'II' && stances[p.id] === 'object'))
    return null;
  const counter = chooseCounter(ctx, legal);
  if (counter) return counter;
  const offer = redraftOf(
    ctx,
    neededAcceptors(ctx),
    Math.min(ctx.target, own(ctx.board, table)),
    table,
    COUNTER_JOINT_WEIGHT,
    false,
  );
  if (!offer || ownPoints(ctx.board, offer) <= ctx.board.batna) return null;
  return proposalOf(ctx, legal, offer);
}
