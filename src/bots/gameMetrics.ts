/**
 * How good the outcome of a finished game was, measured by the analysis on the negotiation as it
 * stood at the end (sheets and BATNAs as events changed them, options on the table, public
 * legitimacy, the round of agreement, evidence presented, parties that left). This is the judge's
 * view, not a bot's: it reads the whole GameState.
 */
import { effectiveBatna, effectiveSheet } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import {
  assessDeal,
  choiceOf,
  compileSpace,
  domainFromScenario,
  indexOfChoice,
  maxJointGain,
  nashPoint,
  egalitarian,
  zoneOfAgreement,
  disagreementVector,
  enumerateOutcomes,
  isWinningCoalition,
  pointsOfIndex,
  seatedParties,
  type Domain,
  type ReferencePoints,
  type Space,
} from '../analysis/index.ts';

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
}

export function domainAtEnd(state: GameState): Domain {
  const sheets: Record<string, ReturnType<typeof effectiveSheet>> = {};
  const batnas: Record<string, number> = {};
  for (const p of state.scenario.parties) {
    sheets[p.id] = effectiveSheet(state, p.id);
    batnas[p.id] = effectiveBatna(state, p.id);
  }
  return domainFromScenario(state.scenario, {
    sheets,
    batnas,
    availability: state.optionAvailable,
    legitimacyTable: state.legitimacy,
    round: state.outcome?.round ?? state.round,
    evidencePresented: Object.keys(state.presented),
    partyLeft: state.left,
  });
}

interface Reference {
  space: Space;
  refs: ReferencePoints;
  zopa: boolean;
  /** Best joint gain (Σ points) among packages some winning coalition prefers to no deal; null: none or not enumerated. */
  feasibleJoint: number | null;
}

/** Outcome spaces up to this size are enumerated for the feasible joint gain. */
export const FEASIBLE_ENUMERATION_LIMIT = 2_000_000;

/**
 * The largest Σ of all parties' points over packages whose set of parties beating their disagreement
 * points is a winning coalition (winning is monotone in membership, so that set is the coalition to test).
 */
export function bestFeasibleJoint(space: Space): number | null {
  if (space.size > FEASIBLE_ENUMERATION_LIMIT) return null;
  const P = space.nParties;
  const d = disagreementVector(space);
  const seated = new Set(seatedParties(space));
  let best: number | null = null;
  const members: number[] = [];
  enumerateOutcomes(space, (_first, count, pts) => {
    for (let r = 0; r < count; r++) {
      let sum = 0;
      members.length = 0;
      for (let p = 0; p < P; p++) {
        const v = pts[r * P + p] as number;
        sum += v;
        if (seated.has(p) && v > (d[p] as number)) members.push(p);
      }
      if ((best === null || sum > best) && isWinningCoalition(space, members)) best = sum;
    }
  });
  return best;
}

/** Caches the analysis of identical end situations (many games end in the same circumstances). */
export class MetricsCache {
  private readonly cache = new Map<string, Reference>();
  hits = 0;
  misses = 0;

  reference(state: GameState): Reference {
    const key = JSON.stringify([
      state.sheetChanges,
      state.batnaChanges,
      state.optionAvailable,
      state.legitimacy,
      state.outcome?.round,
      Object.keys(state.presented).sort(),
      state.left,
    ]);
    const hit = this.cache.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const space = compileSpace(domainAtEnd(state));
    const refs: ReferencePoints = {
      nash: nashPoint(space),
      maxJoint: maxJointGain(space),
      egalitarian: egalitarian(space),
    };
    const ref = { space, refs, zopa: zoneOfAgreement(space).exists, feasibleJoint: bestFeasibleJoint(space) };
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, ref);
    return ref;
  }
}

export function gameMetrics(state: GameState, cache: MetricsCache = new MetricsCache()): GameMetrics {
  const { space, refs, zopa, feasibleJoint } = cache.reference(state);
  const outcome = state.outcome;
  const d = disagreementVector(space);
  const dSum = d.reduce((a, b) => a + b, 0);
  const maxJoint = refs.maxJoint.value - dSum;
  const feasible = feasibleJoint === null ? null : feasibleJoint - dSum;
  const carriableCeiling = feasible !== null && maxJoint > 0 ? Math.max(0, feasible) / maxJoint : null;
  if (!outcome || outcome.kind !== 'agreement') {
    return {
      agreement: false,
      zopa,
      shareOfMaxJointGain: maxJoint > 0 ? 0 : null,
      shareOfFeasibleJointGain: feasible !== null && feasible > 0 ? 0 : null,
      carriableCeiling,
      distanceToFrontier: null,
      paretoEfficient: null,
    };
  }
  const index = indexOfChoice(space, choiceOf(space.domain, outcome.package));
  if (index === null)
    return {
      agreement: true,
      zopa,
      shareOfMaxJointGain: null,
      shareOfFeasibleJointGain: null,
      carriableCeiling,
      distanceToFrontier: null,
      paretoEfficient: null,
    };
  const a = assessDeal(space, index, refs);
  let dealJoint = 0;
  for (const v of pointsOfIndex(space, index)) dealJoint += v;
  return {
    agreement: true,
    zopa,
    shareOfMaxJointGain: a.shareOfMaxJointGain,
    shareOfFeasibleJointGain: feasible !== null && feasible > 0 ? (dealJoint - dSum) / feasible : null,
    carriableCeiling,
    distanceToFrontier: a.distanceToFrontier,
    paretoEfficient: a.paretoEfficient,
  };
}
