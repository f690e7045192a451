/**
 * The author's own value in the end game's joint pull (endgame.ts ENDGAME_JOINT_PULL). The pull favours the
 * texts the bot's models say leave the others most, but the joint gain of a deal counts the author too; and
 * where the others have backed nothing, their models are flat and the pull sees only the one party that
 * has tabled texts. Then the needed party under its BATNA tables the one-issue amendment of that party's
 * text that barely clears its own BATNA, whatever it leaves the silent parties.
 *
 * Traced on the pathogen access and benefit-sharing table (all adaptive, seed 2): in round 5 the provider
 * countries tabled left-to-annex / target-20 / encouraged / pandemic-only / any-database (36 points, their
 * BATNA; civil society under its own), ahead of standard-contract on the same text (50 points, every party at
 * or above its BATNA) by 3% of value; the producer states and the manufacturers carried it (18% of the best
 * carriable joint gain). Counting the author's own normalised value in the pull (×1) tables the second.
 *
 * Measured (all-adaptive, libraryBench-like, 30 seeded games each; deals / everyone ≥ BATNA / joint gain):
 * pathogen 100/57/64 → 100/83/74; every other row as before. Counting it ×3 took pathogen's joint gain to 78
 * but its everyone-above-BATNA back to 57 and the data passport's deals 40 → 0.
 * Adaptive only, and with the integrative amendment's gates (integrativeAmendment.ts): not where the rule
 * can leave out one party at most (care.data deals 97 → 83 without this gate), nor where the deal binds
 * every party; and only while some other party at the table has backed no text (`silentParties`): without
 * this gate all-adaptive Safe Harbor without its table rules fell to 80% of the maximum joint gain
 * (test/bots/tournament.test.ts, floor 85%) and osaka's joint gain 71 → 70.
 */
import { oneOutAtMost } from './aboveBatnas.ts';
import { own, type Choice } from './board.ts';
import type { Context } from './context.ts';

/** The author's own value, added to the others' summed estimates in the end game's joint pull (0: none). */
export function ownInJointPull(ctx: Context, c: Choice): number {
  return silentTable(ctx) ? own(ctx.board, c) : 0;
}

/**
 * The gates above: the adaptive bot, where the rule can leave out two parties or more, the deal binds those who
 * stay and some other party at the table has backed no text (also those of `possibleRedLines.ts`).
 */
export function silentTable(ctx: Context): boolean {
  if (!ctx.strategy.acceptance.readsTheOthers) return false;
  if (oneOutAtMost(ctx.view)) return false;
  if (ctx.view.scenario.agreement.binds === 'all') return false;
  return silentParties(ctx) > 0;
}

/** The other parties at the table that have backed no text (authored or supported): their models are flat. */
export function silentParties(ctx: Context): number {
  const backers = new Set(ctx.texts.flatMap((t) => [t.author, ...t.supporters]));
  return ctx.view.parties.filter((p) => p.atTable && p.id !== ctx.view.party && !backers.has(p.id)).length;
}
