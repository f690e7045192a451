/**
 * The responder in a two-party table counters an opening that gives it less than its fair share
 * (issue 15: "the responder in a two-party table counters"). Its support alone closes the deal, so
 * the closing share of acceptability.ts lowered its acceptance target toward its BATNA on its very
 * first turn: it backed the opener's first text at once in 37 of 124 games, handing the opener the
 * first mover's share. Now it backs an opening only when the text gives it at least its fair share
 * (`fairShare.ts` `fairAim`: its utility at the Nash package its model of the opener estimates), or
 * its aim. Measured on the 62 two-party generated domains among research-like 1–400, both turn
 * orders, all adaptive, 8 rounds: backs the opening at once 37 → 22 of 124 games, deals 124 of 124
 * before and after, mean Nash share 84.6% → 86.7% (opener first 84.6% → 86.4%, second 84.6% →
 * 87.0%; at 50 rounds 85.3% → 86.5%). Holding out for its aim alone (no fair share) backed 3
 * openings, Nash share 85.0% (82.8% / 87.1%).
 */
import type { Context } from './context.ts';
import { fairAim } from './fairShare.ts';

/** Rounds in which a text is still an opening (counter.ts OPENING_ROUNDS: every bot tables its own). */
const OPENING_ROUNDS = 1;

/**
 * Whether the responder of a two-party table backs the other's opening text, given its willingness
 * for it (its aim already failed); null when the bot is not answering an opening there.
 */
export function backsOpening(ctx: Context, willing: number): boolean | null {
  if (ctx.board.others.length !== 1 || ctx.view.round > OPENING_ROUNDS) return null;
  const author = ctx.texts.at(-1)?.author;
  if (author === undefined || author === ctx.view.party) return null;
  const fair = fairAim(ctx);
  return fair !== null && willing >= fair;
}
