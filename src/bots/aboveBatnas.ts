/**
 * Everyone at or above its BATNA (issue 15). Where the rule passes a deal without one party (n−1 of n
 * with two required, as in Harborco), the end game's texts that the coalition carries often leave the
 * party left out under its BATNA: the deal passes, but binds that party to less than no deal. Two rules,
 * the adaptive bot's only (it is the one with models of the others), and only where the rule can leave
 * out one party at most (`oneOutAtMost`):
 * - the outvoted party (`outvotedUnder`): a party the deal does not need, which the text on the table
 *   leaves under its BATNA, counters it in the end game (mainMove.ts) with the text the coalition is most
 *   likely to carry among those beating its BATNA (endgame.ts `rankConverging`; when none clears every
 *   estimated floor, those the models say the rule carries with the parties at or above their estimated
 *   BATNAs, as a needed party does). Losing this deal costs it nothing: no deal leaves it at its BATNA.
 *   Before, it only objected, and the others carried the text over it. Only where the deal binds every
 *   party: where it binds those who stay, the outvoted party walks away instead (leaving.ts), and
 *   countering there cost the humanitarian lab's all-adaptive tables their deals (72% → 34%);
 * - the pull (`pullAboveBatnas`): before the last round, each candidate text the bot would table counts
 *   exp(−ABOVE_BATNA_PULL × the others' summed estimated shortfall under their estimated BATNAs,
 *   othersAcceptance.ts `estimatedBatna`), so among texts the coalition may carry it tables one its models
 *   say every party can live with.
 * Where the rule can leave out several parties (the library's weighted majorities), the zone seldom holds
 * a package beating every BATNA, and both rules cost deals (all-adaptive, 50 games: data passport 42% → 8%,
 * care.data 98% → 78%, humanitarian lab 72% → 2%, Osaka 100% → 88%). Gated on the view (the pull on only where
 * some candidate the bot ranks leaves every party at or above its estimated BATNA on its models), Safe Harbor
 * and autonomous-vehicle data still ended with no deal leaving everyone at or above (0%) and care.data lost deals
 * (98% → 80%); the outvoted party's counter, extended to Safe Harbor, moved nothing (its parties under their
 * BATNAs sit in Track II and cannot table texts). Autonomous-vehicle data is answered a round earlier
 * (keepAboveBatnas.ts).
 * Measured (generated Harborco-like games, all-adaptive, 100 each; deals the rule passes / a deal leaving
 * every party at or above its BATNA / joint gain of deals vs the best carriable; seeds 1–100, then 101–200):
 * - before: 86 / 32 / 83.3, 83 / 35 / 87.0;
 * - the outvoted party countering with texts that clear the estimated floors: 83 / 39 / 84.0, 81 / 39 / 86.3;
 * - with the texts carried above the estimated BATNAs too: 80 / 39 / 85.0, 84 / 47 / 85.9;
 * - and the pull (kept): 81 / 45 / 86.3, 83 / 46 / 86.6.
 * Per party, the models' reading is informative but loose (seeds 1–40, every candidate the end game
 * weighed: a party estimated at or above its estimated BATNA truly was in 71% of cases, one estimated
 * under in 22%), so the pull is a preference, not a filter: putting first every text estimated to leave
 * every party above moved nothing (86 / 32), and so did countering only with such texts (84 / 44, 81 / 43).
 * Limiting the churn did worse (seeds 1–100 / 101–200, passes / everyone at or above its BATNA): countering
 * only while at most one text was tabled this round 78 / 42, 78 / 44 (two: 79 / 44, 81 / 44); only once the others
 * rally to the text (momentum ≥ 0.5) 81 / 37, 82 / 41 (≥ 0.8: 86 / 36, 81 / 38). Most deals still lost are
 * round-7 churn: several outvoted parties counter in turn and the last round finds no text the required take.
 * The library (all-adaptive, 50 games: 10 targets missed) and the generated research-like figures are unchanged;
 * teaching bench 0 missed (data passport mixed 44% as before; autonomous-vehicle data mixed 60% → 61%).
 */
import type { PartyId, PartyView, Stance } from '../engine/index.ts';
import type { Choice } from './board.ts';
import type { Context } from './context.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { estimatedBatna } from './othersAcceptance.ts';
import { wouldAgree } from './tableOutlook.ts';

/**
 * Strength of the pull toward texts the models estimate leave every party at or above its BATNA. Measured
 * (Harborco-like, all-adaptive, with the outvoted party countering; seeds 1–100 / 101–200, passes / everyone
 * at or above its BATNA): 0 → 80 / 39, 84 / 47; 20 → 81 / 45, 83 / 46 (kept); 40 → 82 / 47, 82 / 45; 80 → 81 / 44
 * on 1–100. A shortfall counted from 0.1 above the estimated BATNA, or from 0.1 under, did no better.
 */
export const ABOVE_BATNA_PULL = 20;

/** The others' summed shortfall under their estimated BATNAs (0 when the models say every one is at or above). */
export function batnaShortfall(
  models: readonly OpponentEstimate[],
  est: (m: OpponentEstimate, c: Choice) => number,
  c: Choice,
): number {
  let short = 0;
  for (const m of models) short += Math.max(0, estimatedBatna(m) - est(m, c));
  return short;
}

/** Each candidate's value times exp(−ABOVE_BATNA_PULL × its shortfall), in place. */
export function pullAboveBatnas(ranked: { c: Choice; value: number }[], shortfall: (c: Choice) => number): void {
  for (const r of ranked) r.value *= Math.exp(-ABOVE_BATNA_PULL * shortfall(r.c));
}

/**
 * `oneOutAtMost` per view: the check is O(n²) calls of the agreement rule and the end game asks it for every
 * candidate text (ownInJointPull.ts, believable.ts); a view never changes, so one answer per view serves a move.
 * Before it, an adaptive move on an 8-party, 12-issue table of 8 options each took up to 2.8 s (60% of it here).
 */
const oneOutCache = new WeakMap<PartyView, boolean>();

/** True when the rule can leave out one party at the table at most (n−1 of n, or unanimity): no two. */
export function oneOutAtMost(view: PartyView): boolean {
  const known = oneOutCache.get(view);
  if (known !== undefined) return known;
  const answer = computeOneOutAtMost(view);
  oneOutCache.set(view, answer);
  return answer;
}

function computeOneOutAtMost(view: PartyView): boolean {
  const seated = view.parties.filter((p) => p.atTable).map((p) => p.id);
  const all: Record<PartyId, Stance> = {};
  for (const p of seated) all[p] = 'support';
  return seated.every((p, i) =>
    seated.slice(i + 1).every((q) => !wouldAgree(view, { ...all, [p]: 'object', [q]: 'object' })),
  );
}

/**
 * True when the adaptive bot is the party a deal binding everyone runs over: the text on the table leaves
 * it under its BATNA (no deal beats that text for it) and the rule can leave out one party at most.
 */
export function outvotedUnder(ctx: Context): boolean {
  return (
    ctx.strategy.acceptance.readsTheOthers &&
    ctx.view.table !== null &&
    ctx.tablePoints !== null &&
    ctx.tablePoints < ctx.board.batna &&
    ctx.view.scenario.agreement.binds === 'all' &&
    oneOutAtMost(ctx.view)
  );
}
