/**
 * The needed first mover (issue 15): in the round before the last, a party the deal needs that tables a text
 * in the end game (endgame.ts `rankConverging`) after another needed party has moved in the round hands that party
 * the text it will judge first in the last round, with no lap left: its objection then is final (a text tabled
 * after it needs its support, which it can no longer give). Among the texts the ranking cannot tell apart (within
 * NEAR_TIE of the best value), the bot tables the one its model says leaves every such party furthest above its
 * estimated BATNA, rather than the one a few points better for itself.
 *
 * Found on Safe Harbor's default-mix tournament (mixed 5: adaptive US Commerce and European business, tit-for-tat
 * Commission; the Commission and Commerce required): 22 of the mix's 100 games ended with no deal, every one alike.
 * In round 7 of 8 Commerce ranked written assurances on US intelligence access (69 to it) at 1.2121 and a
 * presidential order (57) at 1.2075, and tabled the first; its model put the Commission at 0.33 and 0.36 against an
 * estimated BATNA of 0.25 (truly 32 and 60 against 38). The Commission objected to it first in round 8, no text
 * could pass after, and Commerce ended at its BATNA (44), European business at 25 instead of 81. It now tables the
 * near-tie its model rates best for the Commission (1.2023: 57 to Commerce, 78 to the Commission), which passes.
 * Measured (`npm run bench -- bots`, 2026-12-07, before -> after): Safe Harbor's default mix, mixed 5 agreement
 * 78% -> 99%, agreement where a zone exists 84.6% -> 86.7%, mixed-table scores adaptive 60.1 -> 61.0, boulware
 * 57.1 -> 56.8, conceder 62.9 -> 63.6 (its target, adaptive highest, stays missed: that comparison rests on the
 * rotation's five seatings: before this rule, listing the same five strategies in five other orders moved the
 * conceder between 51.6 and 62.0, the adaptive bot between 56.4 and 61.1); every registered strategy, mixed 6
 * 91.6% -> 94.0%, adaptive 54.6 -> 54.7, agreement 80.1% -> 80.3%; seats dealt at random (diagnostic), Safe
 * Harbor's adaptive -0.02 -> -0.08 (± 0.33), GDPR's within 0.02; random tables held out (seeds 1001-2000) deals
 * 92.8% -> 92.6% (diagnostic); every other figure (library, Harborco-like, research-like, random tables, believable,
 * variety) unchanged.
 * NEAR_TIE 0.5% or 3% gives the same 99% on mixed 5 (adaptive 60.9, 61.0).
 */
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import { estimatedBatna } from './othersAcceptance.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { isNeeded } from './tableOutlook.ts';

/** Share of the best value within which end-game candidates count as tied. */
export const NEAR_TIE = 0.01;

/**
 * `ranked` (best first) with its near-ties reordered for the needed parties moving before the bot, where the rule
 * applies (the adaptive bot, needed, in the round before the last); otherwise `ranked` itself.
 */
export function forNeededFirstMovers<T extends { c: Choice; value: number }>(
  ctx: Context,
  ranked: T[],
  models: readonly OpponentEstimate[],
  est: (m: OpponentEstimate, c: Choice) => number,
): T[] {
  const view = ctx.view;
  const top = ranked[0];
  if (!top || ranked.length < 2 || !ctx.strategy.acceptance.readsTheOthers) return ranked;
  if (view.round !== view.rounds - 1 || !isNeeded(view)) return ranked;
  const order = view.scenario.protocol.turnOrder;
  const mine = order.indexOf(view.party);
  const first = models.filter((m) => isNeeded(view, m.party) && order.indexOf(m.party) < mine);
  if (first.length === 0) return ranked;
  const margin = (c: Choice) => Math.min(...first.map((m) => est(m, c) - estimatedBatna(m)));
  const near = ranked.filter((r) => r.value >= top.value * (1 - NEAR_TIE));
  const rest = ranked.filter((r) => r.value < top.value * (1 - NEAR_TIE));
  const margins = new Map(near.map((r) => [r, margin(r.c)] as const));
  near.sort((a, b) => (margins.get(b) as number) - (margins.get(a) as number));
  return [...near, ...rest];
}
