/**
 * The middle claim: a party the deal needs, at its margin, asks for the option between the text's and its own
 * ideal on one issue, reading the others' value of that middle option hopefully.
 *
 * The frequency models (opponentModel.ts) value an option no one bids near 0, even for a party whose true value
 * of it lies between its ideal and the next option. So the margin claim (marginClaim.ts) never asks for a middle
 * option, and all-adaptive tables settle one step short: on cyber attribution every game ended on assessment-only
 * sharing (85% of the best carriable joint gain), where sanitised indicators (a middle option only the security
 * firm bids) gains the UK (at its margin, 66 against a BATNA of 64), the Netherlands and three others, and costs
 * the United States and the civil-liberties group less, both staying above their BATNAs. The models rate it near 0
 * for those two (true values 0.8 and 0.74 of their range).
 * The rule: with the margin claim's gates (a needed party at its margin (marginClaim.ts `atMargin`), before the last round and
 * its concession deadline, never an amendment another party undid, never back to a text tabled twice), among
 * single amendments to an option strictly between the text's option and the bot's own ideal on that issue, one
 * that gains it and keeps it above its BATNA, judged with each other party's value of that one option read
 * hopefully: at least on the line from its value of the text's option to its value of the bot's ideal (ordered
 * options are spectra; the models keep every other value). With that reading:
 * - the others' summed change plus the bot's gain is positive;
 * - the parties after it that the text needs stay at least KEEP_ACCEPTANCE as likely to accept (`acceptChance`);
 * - no party the models estimate at or above its BATNA under the text falls under it (`estimatedBatna`).
 * The largest summed gain is made. Only this choice reads hopefully: every other check keeps the models.
 * A party that backed the text on the table and never tabled or amended a text of its own is read more hopefully
 * still: the middle option worth at least its value of the text's option. Its model rests on stances alone, and a
 * stance is a vote on a whole text: every option of the backed text reads as its favourite, every other near 0.
 * On pathogen access the secretariat and the manufacturers, having backed only the PIP menu text, read target-20
 * at 0, so the provider countries (at their margin, 37 against a BATNA of 40) never claimed it in round 4 and
 * 9 of 50 games ended on the PIP menu (86% of the best carriable joint gain; target-20 holds 97%: the secretariat
 * gains 6, civil society 8). With it: pathogen joint gain 88% → 89% (5 of those 9 games on target-20; held-out
 * seeds 51–100 with keptConcession.ts 88.0% → 89.4%), every other library row unchanged.
 * On a text across the bot's own red line the claim is a repair: on each issue it takes the middle option nearest
 * the text's that passes the checks, not the one worth most to it. On pathogen access the producer states' open
 * access crosses the provider countries' red line; the providers claimed standard contracts (worth 15 more to them
 * than registered access, which also keeps them above their BATNA) and the producers backed it at once: 85% of
 * the best carriable joint gain, against 97% with registered access (the producers, the manufacturers, the
 * databases and the researchers gain 12–16 each). With it (and keptConcession.ts's claims before backing):
 * pathogen 100 / 96 / 90% → 100 / 100 / 91% (held-out seeds 51–100 joint gain 89.4% → 91.3%), every other row
 * unchanged. Taking the nearest middle option on every text instead: pathogen 89.3% (the producers then
 * claimed standard contracts rather than registered access off the providers' national consent).
 * Not where the rule can leave out one party at most (`oneOutAtMost`: n−1 of n, unanimity), nor when the claim
 * would wipe the support of another party the deal needs.
 * Measured (all-adaptive library, libraryBench(50)): cyber attribution joint gain 85% → 100% (49 of 50 games on
 * the best package; held-out seeds 51–100: 84.9% → 99.4%), Osaka 76% → 78%; every other row unchanged (library
 * misses 8 → 7). Generated Harborco-like 83 / 46 / 86.1 and held-out seeds 101–200 86 / 46 / 88.1 unchanged;
 * research-like unchanged; teaching 0 missed (cyber mixed tournament: Nash deals 21% → 29%); believable unchanged
 * (3 missed). Variants:
 * - KEEP_ACCEPTANCE 0.8 (as the margin claim): cyber 91% (20 of 50 games on the best package; 51–100: 90.6%),
 *   the UK's claim failing the acceptance check in the others; 0.3: as 0.5 on cyber;
 * - without the gate on needed supporters: cyber 30 of 50 games without a deal (the Netherlands claimed after
 *   the UK backed the text; the United States objected and the rising BATNAs closed the zone);
 * - without `oneOutAtMost`: Harborco-like 83 / 45 / 85.7, held-out 85 / 46 / 88.0.
 * The pathogen and Safe Harbor rows did not move.
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { contributions, estimatedBatna, guessedThreshold, neededAcceptors } from './othersAcceptance.ts';
import { amended, own, ownPoints, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { revertedAmendments } from './history.ts';
import { atMargin, failedBefore } from './marginClaim.ts';
import { estimate, type OpponentEstimate } from './opponentModel.ts';
import { crossesRedLine } from '../scenario/redLines.ts';
import { acceptChance } from './search.ts';
import { isNeeded, sequentialSupporters } from './tableOutlook.ts';

/** Least share of the needed parties' estimated acceptance the claim keeps (0.8, as marginClaim.ts: see above). */
const KEEP_ACCEPTANCE = 0.5;

/**
 * A party's value of option k of issue i read hopefully: at least on the line from the text's option to `far`;
 * for a silent backer of the text (`backs`: it backed it and has tabled nothing), at least the text's option.
 */
function hopeful(m: OpponentEstimate, c: Choice, i: number, k: number, far: number, backs = false): number {
  const row = m.values[i] ?? [];
  const t = c[i] ?? 0;
  const vt = row[t] ?? 0.5;
  const vf = row[far] ?? 0.5;
  const line = vt + ((vf - vt) * Math.abs(k - t)) / Math.max(1, Math.abs(far - t));
  if (backs && m.lastOwn === null) return Math.max(row[k] ?? 0.5, vt);
  return Math.max(row[k] ?? 0.5, line);
}

/** `besideNeededSupport`: also where another party the deal needs backs the text (middleCounter.ts). */
export function middleClaim(ctx: Context, legal: readonly LegalAction[], besideNeededSupport = false): Action | null {
  const table = ctx.table;
  if (!table || !isNeeded(ctx.view)) return null;
  if (ctx.view.round >= ctx.view.rounds || ctx.progress >= ctx.concessionDeadline) return null;
  // Not where the rule can leave out one party at most (n−1 of n, unanimity): the zone is narrow there.
  if (oneOutAtMost(ctx.view)) return null;
  // Not when it would wipe the support of another party the deal needs: that is hard to win back.
  const stances = ctx.view.table?.stances ?? {};
  if (
    !besideNeededSupport &&
    Object.entries(stances).some(([p, st]) => p !== ctx.view.party && st === 'support' && isNeeded(ctx.view, p))
  )
    return null;
  const base = own(ctx.board, table);
  if (!atMargin(ctx, base)) return null;
  const seq = sequentialSupporters(ctx.view, ctx.view.party);
  const neededParties = seq.reachable ? seq.parties : [];
  const acceptors = neededAcceptors(ctx);
  const acceptedBefore = acceptChance(acceptors, table);
  const reverted = revertedAmendments(ctx.texts, ctx.view.party);
  const failed = failedBefore(ctx);
  const models = ctx.models();
  const backers = new Set(ctx.texts.at(-1)?.supporters ?? []);
  // On a text across its own red line, the nearest middle option per issue (a repair: see above).
  const repair = ctx.view.table !== null && crossesRedLine(ctx.view.redLines, ctx.view.table.package);
  const nearest = new Map<number, { action: Action; value: number; step: number }>();
  for (const a of legal) {
    if (a.type !== 'amend' || (reverted.get(`${a.issue}=${a.option}`) ?? 0) > 0) continue;
    const i = ctx.board.issueIds.indexOf(a.issue);
    const k = ctx.board.options[i]?.indexOf(a.option) ?? -1;
    const t = table[i] ?? 0;
    const row = ctx.board.norm[i] ?? [];
    const ideal = row.indexOf(Math.max(...row));
    // Only an option strictly between the table's and the bot's own ideal on that issue.
    if (k < 0 || !(Math.min(t, ideal) < k && k < Math.max(t, ideal))) continue;
    const c = amended(ctx.board, table, a.issue, a.option);
    if (!c || failed(c)) continue;
    const gain = own(ctx.board, c) - base;
    if (gain <= 0 || ownPoints(ctx.board, c) <= ctx.board.batna) continue;
    const hoped = models.map((m) => lifted(m, i, k, hopeful(m, table, i, k, ideal, backers.has(m.party))));
    let hopedChange = 0;
    for (const m of hoped) hopedChange += estimate(m, c) - estimate(m, table);
    // The needed parties' acceptance with the hopeful value (their thresholds as the models have them).
    const hopedAcceptors = neededParties.flatMap((p) => {
      const j = models.findIndex((m) => m.party === p);
      const m = models[j];
      const h = hoped[j];
      if (!m || !h) return [];
      return [{ contribution: contributions(h), threshold: guessedThreshold(ctx.progress, m) }];
    });
    if (gain + hopedChange <= 0) continue;
    if (acceptChance(hopedAcceptors, c) < KEEP_ACCEPTANCE * acceptedBefore) continue;
    // No party the models keep at or above its estimated BATNA under the text falls under it.
    const under = models.some((m, j) => {
      const h = hoped[j] ?? m;
      return estimate(m, table) >= estimatedBatna(m) && estimate(h, c) < estimatedBatna(m);
    });
    if (under) continue;
    const value = gain + hopedChange;
    const step = repair ? Math.abs(k - t) : 0;
    const near = nearest.get(i);
    if (!near || step < near.step || (step === near.step && value > near.value))
      nearest.set(i, { action: a, value, step });
  }
  let pick: { action: Action; value: number } | null = null;
  for (const cand of nearest.values()) if (!pick || cand.value > pick.value) pick = cand;
  return pick?.action ?? null;
}

/** The model with option k of issue i valued at v. */
function lifted(m: OpponentEstimate, i: number, k: number, v: number): OpponentEstimate {
  return { ...m, values: m.values.map((row, ii) => (ii === i ? row.map((x, kk) => (kk === k ? v : x)) : row)) };
}
