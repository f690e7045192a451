/**
 * How good the outcome of a finished game was, measured by the analysis on the negotiation as it
 * stood at the end (sheets and BATNAs as events changed them, options on the table, public
 * legitimacy, the round of agreement, evidence presented, parties that left). This is the judge's
 * view, not a bot's: it reads the whole GameState.
 *
 * Computed once: it reads the engine's analysis of the game (`analysisOf`, the one the score report's
 * collective part reads, with its cache), so a tournament game's deal is assessed a single time and
 * games that end in the same circumstances share the outcome-space work. Like the score report, it
 * judges the outcome over every party, those who walked away included.
 */
import { unboundLeavers } from '../../analysis/agreementRule.ts';
import { choiceOf, disagreementVector, indexOfChoice, pointsOfIndex } from '../../analysis/index.ts';
import { analysisOf } from '../../engine/gameDomain.ts';
import type { GameState } from '../../engine/index.ts';

export interface GameMetrics {
  agreement: boolean;
  /** A zone of possible agreement exists under the agreement rule, at the end of the game. */
  zopa: boolean;
  /** Σ surplus over disagreement points / the maximum joint gain (no deal: 0); null when no gain is possible. */
  shareOfMaxJointGain: number | null;
  /**
   * Σ surplus / the best joint gain among packages the agreement rule could carry: those beating the
   * disagreement points of every member of some winning coalition (no deal: 0; null: no such package,
   * or the outcome space is too large to enumerate). The unconstrained maximum joint gain may need a
   * package some required party would rightly refuse; this is the reachable benchmark.
   */
  shareOfFeasibleJointGain: number | null;
  /**
   * The best carriable joint gain / the maximum joint gain: the most any deal the rule could carry can
   * score on `shareOfMaxJointGain` (1 when the maximum is carriable; null when unknown).
   */
  carriableCeiling: number | null;
  /** For deals: the most every party could gain at once by another package (0: on the Pareto frontier). */
  distanceToFrontier: number | null;
  paretoEfficient: boolean | null;
  /** For deals: the deal's Nash product / the Nash point's (null: no deal, or no Nash point). */
  nashRatio: number | null;
}

const unknown = (agreement: boolean): GameMetrics => ({
  agreement,
  zopa: false,
  shareOfMaxJointGain: null,
  shareOfFeasibleJointGain: null,
  carriableCeiling: null,
  distanceToFrontier: null,
  paretoEfficient: null,
  nashRatio: null,
});

export function gameMetrics(state: GameState): GameMetrics {
  const outcome = state.outcome;
  const agreement = outcome?.kind === 'agreement';
  const analysis = analysisOf(state, outcome?.round ?? state.round);
  const space = analysis.space;
  // An outcome space the analysis refuses (no option left on some issue, rules coupling too many
  // issues) has no figures to give.
  if (!space) return unknown(agreement);
  // Every party counts, as in the score report (collective.ts): those who walked away at what they
  // really get (their BATNA when the deal does not bind them).
  const everyone = space.domain.parties.map((_, p) => p);
  const d = disagreementVector(space);
  const dSum = everyone.reduce((s, p) => s + (d[p] as number), 0);
  const maxJoint = analysis.refs(space, everyone).maxJoint.value - dSum;
  const feasibleJoint = analysis.feasibleJoint(space);
  const feasible = feasibleJoint === null ? null : feasibleJoint - dSum;
  const zopa = analysis.zone(space).exists;
  const carriableCeiling = feasible !== null && maxJoint > 0 ? Math.max(0, feasible) / maxJoint : null;
  if (!agreement) {
    return {
      ...unknown(false),
      zopa,
      shareOfMaxJointGain: maxJoint > 0 ? 0 : null,
      shareOfFeasibleJointGain: feasible !== null && feasible > 0 ? 0 : null,
      carriableCeiling,
    };
  }
  const index = indexOfChoice(space, choiceOf(space.domain, outcome.package));
  if (index === null) return { ...unknown(true), zopa, carriableCeiling };
  const unbound = unboundLeavers(space.domain);
  const points = [...pointsOfIndex(space, index)].map((v, p) =>
    unbound.includes(p) ? space.domain.parties[p]!.batna : v,
  );
  const q = analysis.assess(space, points, everyone);
  return {
    agreement: true,
    zopa,
    shareOfMaxJointGain: q.shareOfMaxJointGain,
    shareOfFeasibleJointGain: feasible !== null && feasible > 0 ? q.jointGain / feasible : null,
    carriableCeiling,
    distanceToFrontier: q.distanceToFrontier,
    paretoEfficient: q.paretoEfficient,
    nashRatio: q.nashRatio,
  };
}
