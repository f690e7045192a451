/**
 * Keeping a concession: in the round before the end game, the adaptive bot does not take back what it gave.
 * A party the deal needs whose counter would amend an issue of the text on the table back toward its ideal,
 * where the text holds the very option the bot's own latest text offered on that issue, backs the text
 * instead when it beats the bot's BATNA and another party the deal needs tabled it.
 *
 * On pathogen access and benefit sharing (majority of 0.6, binds stayers, the provider countries and the
 * vaccine-producing states required, 6 rounds) the producer states conceded open sequence access for
 * registered access in round 3 (the providers' red line is open access); in round 4 the providers claimed
 * target-20 on that text (middleClaim.ts), a text worth 67 to the producers against a BATNA of 50, and the
 * producers, short of their aim, amended sequence access back to open, across the providers' red line. The
 * end game then carried the PIP menu text again (86% of the best carriable joint gain, against 97%). Taking
 * a concession back where the other party the deal needs has just moved is what ends talks; a counter on
 * another issue is left alone.
 * The rule, for the adaptive bot (it reads the others), in the round before the end game (ENDGAME_ROUNDS),
 * for a party the deal needs, on a text another needed party tabled (proposal or amendment) that beats the
 * bot's BATNA: a counter amending an issue on which the table holds the option of the bot's own latest text
 * to an option the bot values more is replaced by support; so is such a claim before backing (the margin claim's,
 * the middle claim's: mainMove.ts). Not where the rule can leave out one party at most (`oneOutAtMost`: n−1 of n,
 * unanimity), as middleClaim.ts, nor where the deal binds every party (on care.data the claims before backing
 * then moved 4 of 50 games and one lost every party at or above its BATNA).
 * Measured (all-adaptive library, libraryBench(50), with middleClaim.ts's hopeful reading of the text's silent
 * backers): pathogen joint gain 89% → 90% (the 4 games left on the PIP menu end on target-20; held-out seeds
 * 51–100 88.0% → 89.4% for both changes), Osaka 78% → 80% (walk-outs 32% → 24%); every other row unchanged
 * (library misses 7 → 6). Without the `oneOutAtMost` gate: generated Harborco-like held-out seeds 101–200
 * 86 / 49 / 88.6 → 85 / 49 / 88.3 (seeds 1–100 82 / 50 / 86.6); with it both unchanged.
 * The claims before backing as well: on pathogen (seed 25) the producers, on the providers' registered-access
 * amendment of their own text, claimed any database back (their text had authorised networks) and the end game
 * carried the providers' encouraged licensing (83%, against 97%); with middleClaim.ts's repair, pathogen
 * joint gain 90.3% → 90.6% (held-out seeds 51–100 91.0% → 91.3%).
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { choiceOf } from './board.ts';
import type { Context } from './context.ts';
import { roundBeforeEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * Where a late concession is kept (this rule, jointLossCounter.ts): not where the rule can leave out one party at
 * most (n−1 of n, unanimity), as middleClaim.ts, nor where the deal binds every party (care.data: see above).
 */
export function concessionsKept(ctx: Context): boolean {
  return roundBeforeEndgame(ctx) && !oneOutAtMost(ctx.view) && ctx.view.scenario.agreement.binds !== 'all';
}

export function keptConcession(ctx: Context, legal: readonly LegalAction[], counter: Action | null): Action | null {
  if (!ctx.strategy.acceptance.readsTheOthers || !counter || counter.type !== 'amend') return null;
  if (!concessionsKept(ctx)) return null;
  const table = ctx.table;
  const author = ctx.view.table?.author;
  if (!table || ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return null;
  if (!author || author === ctx.view.party || !isNeeded(ctx.view) || !isNeeded(ctx.view, author)) return null;
  const support = legal.find((a) => a.type === 'support');
  if (!support) return null;
  const mine = ctx.texts.filter((t) => t.author === ctx.view.party).at(-1);
  if (!mine) return null;
  const offered = choiceOf(ctx.board, mine.package);
  const i = ctx.board.issueIds.indexOf(counter.issue);
  const k = ctx.board.options[i]?.indexOf(counter.option) ?? -1;
  const row = ctx.board.norm[i] ?? [];
  if (!offered || i < 0 || k < 0 || table[i] !== offered[i]) return null;
  if ((row[k] ?? 0) <= (row[offered[i] ?? 0] ?? 0)) return null;
  return { type: 'support', party: ctx.view.party };
}
