/**
 * The better text every party can live with (issue 15). Where keepAboveBatnas.ts has the adaptive bot back,
 * in the round before the end game, a text its models say leaves every party at or above its BATNA, that
 * text is whichever one the insurers' amendments left there: on autonomous-vehicle data (majority of 0.7,
 * four parties required, binds all) insurers-too access, event-window retention, precise event location,
 * investigator agreement, which holds 53% of the best carriable joint gain (all-adaptive, 50 games:
 * 100 / 100 / 53%). Packages leaving every party at or above its BATNA with more joint gain exist: regulators
 * and investigators, three years, coarse position, investigators-and-insurers across the border (62%), or the
 * same with ninety days and precise location (69%).
 * The rule (`jointAboveBatnas`), where keepAboveBatnas would support the table and for a party the deal does
 * not need (`isNeeded`; the privacy advocates here): the bot tables instead the
 * package, of all those the protocol lets it propose, that beats its BATNA, that its models say leaves every
 * other party CLEAR_MARGIN above its estimated BATNA (othersAcceptance.ts `estimatedBatna`), and that raises
 * the estimated joint value (its own normalised utility plus the others' summed estimates, `othersValue`)
 * most, by JOINT_GAIN at least. View-only: the models' reading, never the others' sheets.
 * The margin is what makes it work: the models are loose (aboveBatnas.ts: a party estimated at or above its
 * estimated BATNA truly was in 71% of cases), and the joint value they estimate ranks first texts that leave
 * the insurers or the privacy advocates under (see CLEAR_MARGIN).
 * Measured (all-adaptive library, 50 games; deals / every party at or above its BATNA / joint gain vs the best
 * carriable; main: library targets missed 8): autonomous-vehicle data 100 / 100 / 53% → 100 / 100 / 62% (the
 * privacy advocates table the 62% package in their last turn before the end game, and the end game carries
 * it), every other row unchanged (misses 8); held-out seeds 51–100 the same (53% → 62%). Still a miss (target
 * 76%): the best package leaving every party at or above its BATNA holds 69%, so the target needs games reaching
 * the best carriable as well, and these tables play alike from seed to seed (every seed ends on the same deal).
 * Generated (generatedBench(100)): Harborco-like 83 / 46 / 86.1 and research-like 90 / 90 / 95.5 as main; teaching
 * bench 0 missed (data passport mixed 42%, autonomous-vehicle data mixed 61%, as main).
 * Variants:
 * - in every counter of that round, not only where keepAboveBatnas supports: care.data deals 98% → 74%, GDPR
 *   everyone 100% → 72%, Safe Harbor deals 100% → 78%;
 * - needed parties too: Harborco-like 83 / 46 / 86.1 → 83 / 45 / 85.2 (the required party's text, three issues
 *   from a table at the best carriable package, lost that deal in the end game's churn); requiring the text to
 *   gain the bot as well did not save it, and requiring the models to say it costs the table's author nothing
 *   left autonomous-vehicle data at 53% (the privacy advocates' model of the insurers says it does).
 * Why the autonomous-vehicle joint-gain target stays out of reach (all-adaptive, seeds 1–100, every game ends on
 * the 62% package; the end game's BATNAs, the federal regulator's 50 after the border crash):
 * - the insurers anchor it. Their BATNA is met only by the options the public finds least legitimate (insurers-too
 *   access, investigators-and-insurers across the border), so every package leaving every party at or above its
 *   BATNA (five of the 26 carriable) falls under the legitimacy threshold (55–65 against 67; the best carriable
 *   packages score 67.7–68.8) and pays its consequence: −5 federal, −8 manufacturers, −5 the insurers themselves.
 *   The 62% package is the 93% one (investigator agreement across the border) with the insurers' option there:
 *   +14 for the insurers, −27 for the rest, −18 of consequence (92 → 61 points of the best carriable's 99);
 * - the bench's ceiling (bench/botsGenerated.ts `jointGainCeiling`) assumes games that differ: with every game
 *   alike it is (e + 1) / 2 for e = 68.7%, the best package leaving every party at or above its BATNA, so the
 *   target is 75.9%, above e itself: a table that plays the same way every seed cannot meet both the everyone
 *   target and this one. Mixing the two deals the bots reach (62% every party above, 89% insurers 13 under) gives
 *   at most 75.3% with half the games above: a seeded gate on keepAboveBatnas (each bot skips it on its `gift`
 *   draw below p; not kept, a coin, not a reason) measured p 0.4 → everyone 63%, joint gain 71.7%; p 0.5 → 55%,
 *   73.9%, every other library row as before (100 games). The mix can meet the target only with e's own package
 *   in half the games or the other deal at ≥ 90% (the 93% or best carriable package);
 * - e's package (ninety days, precise location, investigators-and-insurers) outranks the 62% one on the privacy
 *   advocates' estimated joint value (2.775 against 2.762, seed 1), but their model puts the insurers 0.02 above
 *   there (truly 2 points of 122), so it fails CLEAR_MARGIN; a margin of 0.02 tabled insurers-too, event window (53%), 0.01 a text leaving the
 *   insurers 9 under (56%): the models do not tell a 2-point margin.
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { own, ownPoints, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { batnaShortfall } from './aboveBatnas.ts';
import { estimate } from './opponentModel.ts';
import { othersValue } from './othersAcceptance.ts';
import { freshProposal } from './proposal.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * How far above its estimated BATNA (0..1 of its range) the models must put every other party. Measured
 * (autonomous-vehicle data, all-adaptive, 12 games; every party at or above its BATNA / joint gain): 0 → 0% /
 * 76% (the privacy advocates under), 0.03 → 0% / 87% (the insurers under), 0.05, 0.08 (kept) and 0.1 →
 * 100% / 62%, 0.12 → 100% / 53% (no package clears the margin: the rule never fires).
 */
const CLEAR_MARGIN = 0.08;
/**
 * Least rise of the estimated joint value worth a new text (the stances are wiped before the end game).
 * Measured as above: 0 and 0.05 → 62%; 0.2 → 53% (the 62% package's estimated rise is 0.16).
 */
const JOINT_GAIN = 0.1;

/** The proposal of the package described above, or null when none clears the margin and the gain. */
export function jointAboveBatnas(ctx: Context, legal: readonly LegalAction[]): Action | null {
  // Not a party the deal needs: its new text one round before the end game cost a Harborco-like table (n−1 of n,
  // two required) its deal at the best carriable package (see above).
  if (isNeeded(ctx.view)) return null;
  const table = ctx.table;
  const propose = legal.find((a) => a.type === 'propose');
  if (!table || !propose) return null;
  const present = new Set(ctx.view.parties.filter((p) => p.atTable).map((p) => p.id));
  const models = ctx.models().filter((m) => present.has(m.party));
  // A flat model (a party that has not moved) says nothing of what it needs.
  if (models.some((m) => m.observations === 0)) return null;
  const joint = (c: Choice) => own(ctx.board, c) + othersValue(ctx, c);
  const clear = (m: (typeof models)[number], c: Choice) => estimate(m, c) - CLEAR_MARGIN;
  const least = joint(table) + JOINT_GAIN;
  // The options the protocol lets the bot propose now (decide.ts narrows them: red lines).
  const allowed = ctx.board.norm.map((row, i) =>
    row.flatMap((_, o) =>
      propose.choices[ctx.board.issueIds[i] ?? '']?.includes(ctx.board.options[i]?.[o] ?? '') ? [o] : [],
    ),
  );
  // The best so far, in a holder (assigned inside the recursion).
  const found: { best: { c: Choice; value: number } | null } = { best: null };
  const c: Choice = allowed.map(() => 0);
  const visit = (i: number): void => {
    if (i === allowed.length) {
      if (ownPoints(ctx.board, c) <= ctx.board.batna || batnaShortfall(models, clear, c) > 0) return;
      const value = joint(c);
      if (value >= least && (!found.best || value > found.best.value)) found.best = { c: c.slice(), value };
      return;
    }
    for (const o of allowed[i] ?? []) {
      c[i] = o;
      visit(i + 1);
    }
  };
  visit(0);
  return found.best ? freshProposal(ctx, legal, found.best.c) : null;
}
