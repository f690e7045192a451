/**
 * The deciding votes in the last round (believable.ts's end-game exception for parties the deal does
 * not need): in the last round, where the text on the table beats the bot's BATNA, the others' support
 * alone does not carry it, and the bot's support would carry it, alone or with that of the parties
 * still silent on it, the top-issue rule no longer holds the bot back. It is the deal or no deal: no
 * turns are left to find another text, and parties that abstain there on their worst option of an
 * issue they care about most choose no deal for everyone, themselves included, over a deal that beats
 * their BATNAs. (A party barred from supporting stays silent in the end game rather than object, so the
 * silent ones are where the missing support is.) Where the text cannot pass even with them, the rule
 * holds.
 *
 * Why: fuzzed all-adaptive normal tables (test/support/randomScenario.ts, red lines, events and scoring
 * rules stripped, every BATNA below every package) still missed 3 deals in 1,000 after binaryStandoff.ts
 * (seed 139: 4 parties, weighted majority 0.5, the text backed by two parties, the other two each
 * barred, silent and not needed on their own; seed 293: 8 parties, majority 0.6, three backers, five
 * barred and silent; nobody countered, the text died at the deadline). Measured: seeds 1-1000 997 ->
 * 999 deals with the bot's support alone, 1,000 with the silent parties' too; held-out seeds 1001-2000
 * 1,000 (unchanged); BATNAs at the median 706 -> 708 deals (seeds 1-1000, misses among tables with a
 * package above every BATNA 71, unchanged), 694 -> 697 (1001-2000, misses 70 -> 69). Library,
 * generated (Harborco-like 1-100 and 101-200, research-like, Nash), teaching and believable figures
 * unchanged, as is the hash of 56 adaptive logs.
 */
import type { PartyId, Stance } from '../engine/index.ts';
import type { Context } from './context.ts';
import { othersBacking, wouldAgree } from './tableOutlook.ts';

/** True in the last round when the bot's support (with the silent parties') would carry a text that beats its BATNA and the others' does not (see above). */
export function pivotalLastSupport(ctx: Context): boolean {
  const { view } = ctx;
  if (!view.table || view.round < view.rounds) return false;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  const backers = othersBacking(view);
  if (wouldAgree(view, backers)) return false;
  // With the bot and every party still silent on the text behind it (more support never blocks a text).
  const hoped: Record<PartyId, Stance> = { ...backers, [view.party]: 'support' };
  for (const p of view.parties) if (p.atTable && view.table.stances[p.id] === undefined) hoped[p.id] = 'support';
  return wouldAgree(view, hoped);
}
