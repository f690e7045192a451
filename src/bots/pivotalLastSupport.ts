/**
 * The deciding vote in the last round (believable.ts's end-game exception for parties the deal does
 * not need): in the last round, where the text on the table beats the bot's BATNA and the bot's
 * support would carry it while the others' support alone does not, the top-issue rule no longer holds
 * the bot back. It is the deal or no deal: no turns are left to find another text, and a party that
 * abstains there on its worst option of an issue it cares about most chooses no deal for everyone,
 * itself included, over a deal that beats its own BATNA. Where its abstention costs the coalition
 * nothing (the others carry the text without it, or cannot carry it even with it), the rule holds.
 *
 * Why: fuzzed all-adaptive normal tables (test/support/randomScenario.ts, red lines, events and scoring
 * rules stripped, every BATNA below every package) still missed 3 deals in 1,000 after binaryStandoff.ts
 * (seed 139: 4 parties, weighted majority 0.5, the text backed by two parties, the other two each
 * barred, silent and not needed on its own; nobody countered, the text died at the deadline).
 * Measured: seeds 1-1000 997 -> 999 deals, held-out seeds 1001-2000 1,000 (unchanged); BATNAs at the
 * median 706 -> 707 deals (seeds 1-1000), 694 -> 696 (1001-2000), misses among tables with a package
 * above every BATNA 71 and 70, unchanged. Library, generated (Harborco-like 1-100 and 101-200,
 * research-like, Nash), teaching and believable figures unchanged, as is the hash of 56 adaptive logs.
 */
import type { PartyId, Stance } from '../engine/index.ts';
import type { Context } from './context.ts';
import { wouldAgree } from './tableOutlook.ts';

/** True in the last round when the bot's support alone would carry a text that beats its BATNA (see above). */
export function pivotalLastSupport(ctx: Context): boolean {
  const { view } = ctx;
  if (!view.table || view.round < view.rounds) return false;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  const backers: Record<PartyId, Stance> = {};
  for (const [p, s] of Object.entries(view.table.stances)) if (s === 'support' && p !== view.party) backers[p] = s;
  return !wouldAgree(view, backers) && wouldAgree(view, { ...backers, [view.party]: 'support' });
}
