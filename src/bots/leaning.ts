/**
 * A bot's leaning this game (its temperament, tactics.ts): the issue it leads with and the party it
 * courts. Openings are valued a little higher when they keep its lead issue near its best option and
 * when its model says they please the party it courts, so two games from different seeds open on
 * different texts and end on different deals. Everything here reads the bot's own board and models.
 */
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import { courted, leadIssue } from './tactics.ts';

/** How much a fully kept lead issue, and a courted party's full value, raise an opening's value. */
export const LEAD_PULL = 0.5;
export const COURT_PULL = 0.5;

/** The multiplier (≥ 1) the bot's leaning puts on an opening's value. */
export function leaningFactor(ctx: Context, c: Choice): number {
  const strength = ctx.tactics.leaning;
  if (strength <= 0) return 1;
  let factor = 1;
  const lead = leadIssue(ctx.tactics, ctx.board.norm);
  const row = lead >= 0 ? ctx.board.norm[lead] : undefined;
  if (row && row.length > 1) {
    const lo = Math.min(...row);
    const hi = Math.max(...row);
    if (hi > lo) factor *= 1 + LEAD_PULL * strength * (((row[c[lead] ?? 0] ?? lo) - lo) / (hi - lo));
  }
  const party = courted(ctx.tactics, ctx.board.others);
  const model = party === null ? undefined : ctx.models().find((m) => m.party === party);
  if (model && model.observations > 0) {
    let v = 0;
    for (let i = 0; i < c.length; i++) v += (model.weights[i] ?? 0) * (model.values[i]?.[c[i] ?? 0] ?? 0);
    factor *= 1 + COURT_PULL * strength * Math.min(1, Math.max(0, v));
  }
  return factor;
}
