/**
 * How good a given deal is: is any package at least as good for everyone and better for someone
 * (branch and bound, fast at 10^10 packages), by how much, and the collective scores (efficiency
 * and fairness) against the reference points.
 */
import type { RunControl } from './control.ts';
import { disagreementVector, egalitarian, maxJointGain, nashPoint, type ReferencePoint } from './bargaining.ts';
import type { Frontier } from './frontier.ts';
import { search } from './search.ts';
import { digitsOf, pointsOfIndex, type Space } from './space.ts';

export interface Dominator {
  index: number;
  points: number[];
  /** points − the deal's points, per party (all ≥ 0 for the parties considered, one > 0). */
  gains: number[];
}

function allParties(space: Space, parties?: number[]): number[] {
  return parties ?? Array.from({ length: space.nParties }, (_, p) => p);
}

/**
 * A package that leaves every listed party at least as well off as `deal` and one better, with
 * the largest total gain; null when there is none (the deal is Pareto-efficient for them).
 */
export function findDominating(
  space: Space,
  deal: ArrayLike<number>,
  parties?: number[],
  control?: RunControl,
): Dominator | null {
  const ps = allParties(space, parties);
  const ones = new Float64Array(space.nParties);
  for (const p of ps) ones[p] = 1;
  const dealSum = ps.reduce((s, p) => s + deal[p]!, 0);
  const r = search(
    space,
    {
      linear: [ones],
      floor: 0,
      leaf: (pts) => {
        let gain = 0;
        for (const p of ps) {
          if (pts[p]! < deal[p]!) return -Infinity;
          gain += pts[p]! - deal[p]!;
        }
        return gain;
      },
      bound: (ub, lin) => {
        for (const p of ps) if (ub[p]! < deal[p]!) return -Infinity;
        return lin[0]! - dealSum;
      },
    },
    control,
  );
  if (r.index === null || r.points === null) return null;
  const points = [...r.points];
  return { index: r.index, points, gains: points.map((x, p) => x - deal[p]!) };
}

/** Frontier packages that dominate the deal (for the listed parties), most total gain first. */
export function dominatorsOnFrontier(frontier: Frontier, deal: ArrayLike<number>, limit = 10): Dominator[] {
  const P = frontier.points.length / Math.max(1, frontier.size);
  const out: Dominator[] = [];
  for (let r = 0; r < frontier.size; r++) {
    const pts = Array.from(frontier.points.subarray(r * P, (r + 1) * P));
    let ok = true;
    let strict = false;
    for (const p of frontier.parties) {
      if (pts[p]! < deal[p]!) ok = false;
      if (pts[p]! > deal[p]!) strict = true;
    }
    if (ok && strict) out.push({ index: frontier.indices[r]!, points: pts, gains: pts.map((x, p) => x - deal[p]!) });
  }
  const total = (d: Dominator) => frontier.parties.reduce((s, p) => s + d.gains[p]!, 0);
  return out.sort((a, b) => total(b) - total(a)).slice(0, limit);
}

/**
 * The dominating package that changes the fewest issues of the deal (then: the largest total gain).
 * Searches every item (not only group frontiers), since the nearest package may use dominated ones.
 */
export function nearestDominating(
  space: Space,
  dealIndex: number,
  control?: RunControl,
): (Dominator & { issuesChanged: number }) | null {
  const P = space.nParties;
  const deal = pointsOfIndex(space, dealIndex);
  const dealDigits = digitsOf(space, dealIndex);
  const dealSum = deal.reduce((a, b) => a + b, 0);
  const extra = space.groups.map((group) => {
    const changes = new Float64Array(group.size);
    for (let item = 0; item < group.size; item++) {
      let rest = item;
      let n = 0;
      for (let k = group.issues.length - 1; k >= 0; k--) {
        if (rest % group.radix[k]! !== dealDigits[group.issues[k]!]) n++;
        rest = Math.floor(rest / group.radix[k]!);
      }
      changes[item] = n;
    }
    return changes;
  });
  const ones = new Float64Array(P).fill(1);
  // Lexicographic (fewest changes, then largest gain) as one number: gain / scale stays below 0.5.
  const scale = 2 * (Math.abs(sumUpperBound(space)) + Math.abs(dealSum) + 1);
  const r = search(
    space,
    {
      allItems: true,
      extra,
      linear: [ones],
      leaf: (pts, changes) => {
        let gain = 0;
        for (let p = 0; p < P; p++) {
          if (pts[p]! < deal[p]!) return -Infinity;
          gain += pts[p]! - deal[p]!;
        }
        return gain > 0 ? -changes + gain / scale : -Infinity;
      },
      bound: (ub, lin, changesMin) => {
        for (let p = 0; p < P; p++) if (ub[p]! < deal[p]!) return -Infinity;
        const gain = lin[0]! - dealSum;
        return gain > 0 ? -changesMin + Math.min(0.5, gain / scale) : -Infinity;
      },
    },
    control,
  );
  if (r.index === null || r.points === null) return null;
  const points = [...r.points];
  return {
    index: r.index,
    points,
    gains: points.map((x, p) => x - deal[p]!),
    issuesChanged: Math.round(-Math.floor(r.value)),
  };
}

/** An upper bound on the sum of all parties' points over every package. */
function sumUpperBound(space: Space): number {
  const P = space.nParties;
  let total = 0;
  for (const group of space.groups) {
    let best = -Infinity;
    for (let k = 0; k < group.size * space.itemBands; k++) {
      let s = 0;
      for (let p = 0; p < P; p++) s += group.values[k * P + p]!;
      best = Math.max(best, s);
    }
    total += best;
  }
  let c = -Infinity;
  for (let b = 0; b < space.nBands; b++) {
    let s = 0;
    for (let p = 0; p < P; p++) s += space.constant[b * P + p]!;
    c = Math.max(c, s);
  }
  return total + c;
}

export interface ReferencePoints {
  nash: ReferencePoint;
  maxJoint: ReferencePoint;
  egalitarian: ReferencePoint;
}

/** Nash point, maximum joint gain and egalitarian package, for every party or for `parties` only. */
export function referencePoints(space: Space, control?: RunControl, parties?: number[]): ReferencePoints {
  return {
    nash: nashPoint(space, parties, control),
    maxJoint: maxJointGain(space, parties, control),
    egalitarian: egalitarian(space, parties, undefined, control),
  };
}

export interface DealAssessment {
  index: number;
  points: number[];
  paretoEfficient: boolean;
  /** The dominating package with the largest total gain (null when efficient). */
  bestDominator: Dominator | null;
  /** Dominating packages from the frontier, when one was given. */
  dominators: Dominator[];
  /** Σ (points − disagreement points). */
  jointGain: number;
  maxJointGain: number;
  /** jointGain / maxJointGain (null when the best joint gain is not positive). */
  shareOfMaxJointGain: number | null;
  /**
   * Distance to the frontier: the most every party could gain at once, max over packages of the
   * smallest gain over the deal (0 when no package improves everyone).
   */
  distanceToFrontier: number;
  /** Product of surpluses over disagreement points (0 when a party is not above it). */
  nashProduct: number;
  nashPointProduct: number | null;
  /** nashProduct / nashPointProduct: fairness and efficiency as Nash sees them (null: no Nash point). */
  nashRatio: number | null;
  /** Smallest surplus of the deal, and of the egalitarian package. */
  minSurplus: number;
  egalitarianMinSurplus: number;
}

/** A deal's assessment from its points alone (no package index needed), over `parties` (default all). */
export type DealQuality = Omit<DealAssessment, 'index' | 'dominators'> & { parties: number[] };

/**
 * How good a deal giving these points is, for the listed parties (default: all): dominated or not,
 * share of the maximum joint gain, distance to the frontier, Nash product against the Nash point's,
 * smallest surplus against the egalitarian package's. `refs` must be `referencePoints(space, _, parties)`
 * for the same parties. Only the listed parties' entries of `points` are read.
 */
export function assessPoints(
  space: Space,
  points: ArrayLike<number>,
  parties?: number[],
  refs: ReferencePoints = referencePoints(space, undefined, parties),
  control?: RunControl,
): DealQuality {
  const ps = allParties(space, parties);
  const pts = Array.from(points);
  const d = disagreementVector(space);
  const best = findDominating(space, pts, ps, control);
  const surplus = ps.map((p) => pts[p]! - d[p]!);
  const jointGain = surplus.reduce((a, b) => a + b, 0);
  const maxJoint = refs.maxJoint.value - ps.reduce((a, p) => a + d[p]!, 0);
  const nashProduct = surplus.every((x) => x > 0) ? surplus.reduce((a, b) => a * b, 1) : 0;
  const nashPointProduct = refs.nash.index === null ? null : Math.exp(refs.nash.value);
  const slack = egalitarian(space, ps, pts, control).value;
  return {
    parties: ps,
    points: pts,
    paretoEfficient: best === null,
    bestDominator: best,
    jointGain,
    maxJointGain: maxJoint,
    shareOfMaxJointGain: maxJoint > 0 ? jointGain / maxJoint : null,
    distanceToFrontier: Math.max(0, slack),
    nashProduct,
    nashPointProduct,
    nashRatio: nashPointProduct === null ? null : nashProduct / nashPointProduct,
    minSurplus: Math.min(...surplus),
    egalitarianMinSurplus: refs.egalitarian.value,
  };
}

export function assessDeal(
  space: Space,
  dealIndex: number,
  refs: ReferencePoints = referencePoints(space),
  frontier?: Frontier,
  control?: RunControl,
): DealAssessment {
  const { parties: _parties, ...quality } = assessPoints(
    space,
    pointsOfIndex(space, dealIndex),
    undefined,
    refs,
    control,
  );
  return { index: dealIndex, ...quality, dominators: frontier ? dominatorsOnFrontier(frontier, quality.points) : [] };
}
