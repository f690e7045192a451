/**
 * A standoff over a two-way issue (believable.ts's end-game exception for parties the deal does not
 * need): where the text on the table holds the bot's lowest option only on issues it cares most about
 * that offer just two options, and the text cannot pass with the support the others have given it,
 * the top-issue rule no longer holds the bot back in the end game. On a two-way issue "never the
 * lowest" means never conceding the issue at all; when the table still holds the other side's option
 * this late, each side has held out on the option the other rates lowest, and one side conceding is
 * the only deal left: in a real room people concede a binary issue when the alternative is no deal for
 * everyone. (A text that already passes needs no one more; so, in practice, the bar lifts for every
 * end-game text that holds the bot's lowest options only on two-option issues.)
 *
 * Why: fuzzed all-adaptive normal tables (test/support/randomScenario.ts, red lines, events and scoring
 * rules stripped, every BATNA below every package) missed 7 deals in 1,000 (1-4 issues of 2-5 options,
 * 2-8 parties), 4 of them single two-option issues under weighted or plain majorities (seed 27: 7
 * parties, 5 of 7 needed, the table holds the option four parties rate lowest, the other is the lowest
 * of the two veto holders; every package was barred for enough parties that none could carry, and the
 * game ended with no deal although everyone was far above its BATNA). Measured: those tables 993 -> 997
 * deals (the 3 left hold a package the rule can carry, not found); tables of one or two two-option
 * issues 972 -> 1,000; BATNAs at the median, 73 misses of 471 tables with a package above every BATNA,
 * unchanged (none is a top-issue standoff). Library, generated (Harborco-like 1-100 and 101-200,
 * research-like, Nash), teaching and believable figures unchanged, as is the hash of 56 adaptive logs:
 * no library text is stuck on a two-option top issue in the end game.
 */
import type { Context } from './context.ts';
import { closedByNeededRedLines, lowestOnTopIssues } from './topIssue.ts';
import { othersBacking, wouldAgree } from './tableOutlook.ts';

/** True when the bot's bar on the text on the table is only over two-option issues and the text needs its objectors (see above). */
export function binaryStandoff(ctx: Context): boolean {
  const { view, board } = ctx;
  const text = view.table?.package;
  if (!text) return false;
  const lowest = lowestOnTopIssues(board, closedByNeededRedLines(view, ctx.texts));
  let held = false;
  for (const [issue, options] of lowest) {
    if (!options.has(text[issue] ?? '')) continue;
    if ((board.options[board.issueIds.indexOf(issue)] ?? []).length !== 2) return false;
    held = true;
  }
  if (!held) return false;
  return !wouldAgree(view, othersBacking(view));
}
