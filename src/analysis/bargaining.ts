/**
 * The classic reference points of a negotiation, each by branch and bound (search.ts):
 *  - maximum joint gain: the package with the largest sum of points (a party that walked away from a
 *    table whose deal binds only those who stay counted at the better of its points and its BATNA);
 *  - Nash bargaining point: among packages that give every party more than its disagreement
 *    points (BATNA + no-deal consequence), the largest product of surpluses;
 *  - Kalai–Smorodinsky: among those packages, the largest smallest share of each party's ideal
 *    surplus (its best surplus among them);
 *  - egalitarian: the largest smallest surplus over the disagreement points (any package).
 * Each takes an optional subset of parties (a coalition).
 */
import { unboundLeavers } from './agreementRule.ts';
import type { RunControl } from './control.ts';
import { disagreementPoints } from './domain.ts';
import { search, type SearchResult } from './search.ts';
import type { Space } from './space.ts';

export interface ReferencePoint {
  /** Package index (space.ts), or null when no package qualifies. */
  index: number | null;
  /** Every party's points (empty when none). */
  points: number[];
  /** The objective's value (−Infinity when none). */
  value: number;
  nodes: number;
}

function asPoint(r: SearchResult): ReferencePoint {
  return { index: r.index, points: r.points ? [...r.points] : [], value: r.value, nodes: r.nodes };
}

function allParties(space: Space, parties?: number[]): number[] {
  return parties ?? Array.from({ length: space.nParties }, (_, p) => p);
}

function weights(space: Space, parties: number[], w: (p: number) => number): Float64Array {
  const out = new Float64Array(space.nParties);
  for (const p of parties) out[p] = w(p);
  return out;
}

export function disagreementVector(space: Space): number[] {
  return Array.from({ length: space.nParties }, (_, p) => disagreementPoints(space.domain, p));
}

/**
 * The package with the largest sum of the listed parties' points. A party free to stay away (one that walked away
 * from a deal that binds only those who stay, `unboundLeavers`: it would have come back only for more) counts at the better of the package's points and its BATNA: the best the table could have done, each such party
 * either won back by the package or keeping its BATNA. Counted at the package's points alone, the best was one a deal
 * could beat (the deal counts it at its BATNA, what it really gets): every all-adaptive Osaka game with a walk-out
 * read "the deal created 134 of the 120 points of joint gain the best package could add (112%)" in its debrief.
 */
export function maxJointGain(space: Space, parties?: number[], control?: RunControl): ReferencePoint {
  const ps = allParties(space, parties);
  const unbound = unboundLeavers(space.domain);
  const free = ps.filter((p) => unbound.includes(p));
  const batna = free.map((p) => space.domain.parties[p]!.batna);
  const isFree = new Set(free);
  return asPoint(
    search(
      space,
      {
        linear: [weights(space, ps, (p) => (isFree.has(p) ? 0 : 1))],
        leaf:
          free.length === 0
            ? (pts) => ps.reduce((s, p) => s + pts[p]!, 0)
            : (pts) => {
                let v = 0;
                for (const p of ps) if (!isFree.has(p)) v += pts[p]!;
                for (let k = 0; k < free.length; k++) v += Math.max(pts[free[k]!]!, batna[k]!);
                return v;
              },
        bound: (ub, lin) => {
          let v = lin[0]!;
          for (let k = 0; k < free.length; k++) v += Math.max(ub[free[k]!]!, batna[k]!);
          return v;
        },
      },
      control,
    ),
  );
}

/** Nash bargaining point; value = Σ log(surplus). */
export function nashPoint(space: Space, parties?: number[], control?: RunControl): ReferencePoint {
  const ps = allParties(space, parties);
  const d = disagreementVector(space);
  const leaf = (pts: Float64Array) => {
    let v = 0;
    for (const p of ps) {
      const s = pts[p]! - d[p]!;
      if (s <= 0) return -Infinity;
      v += Math.log(s);
    }
    return v;
  };
  const independent = (ub: Float64Array) => {
    let v = 0;
    for (const p of ps) {
      const s = ub[p]! - d[p]!;
      if (s <= 0) return -Infinity;
      v += Math.log(s);
    }
    return v;
  };
  // First pass: a good incumbent quickly (independent bound, surplus-sum heuristic).
  const first = search(
    space,
    { linear: [weights(space, ps, () => 1)], leaf, bound: independent, maxNodes: 5000 },
    control,
  );
  if (first.complete) return asPoint(first);
  if (first.points === null) {
    // No acceptable package among the first nodes: finish with the plain bound.
    const full = search(space, { linear: [weights(space, ps, () => 1)], leaf, bound: independent }, control);
    return { ...asPoint(full), nodes: first.nodes + full.nodes };
  }
  // log x ≤ log s + (x − s)/s for any s > 0: with s = the incumbent's surpluses, the bound is
  // linear in points, hence separable over groups, and tight near the optimum.
  const s = ps.map((p) => first.points![p]! - d[p]!);
  const tangentConst = ps.reduce((acc, p, k) => acc + Math.log(s[k]!) - 1 - d[p]! / s[k]!, 0);
  const w = weights(space, ps, (p) => 1 / s[ps.indexOf(p)]!);
  const second = search(
    space,
    {
      linear: [w],
      leaf,
      bound: (ub, lin) => Math.min(independent(ub), tangentConst + lin[0]!),
      floor: first.value - 1e-12,
    },
    control,
  );
  const r = second.points === null ? first : second;
  return { ...asPoint(r), nodes: first.nodes + second.nodes };
}

/** Best points of each party among packages that beat every (listed) party's disagreement points. */
export function idealPoint(
  space: Space,
  parties?: number[],
  control?: RunControl,
): { points: number[]; nodes: number } {
  const ps = allParties(space, parties);
  const d = disagreementVector(space);
  let nodes = 0;
  const points = ps.map((q) => {
    const r = search(
      space,
      {
        linear: [weights(space, [q], () => 1)],
        leaf: (pts) => (ps.every((p) => pts[p]! > d[p]!) ? pts[q]! : -Infinity),
        bound: (ub) => (ps.every((p) => ub[p]! > d[p]!) ? ub[q]! : -Infinity),
      },
      control,
    );
    nodes += r.nodes;
    return r.value;
  });
  return { points, nodes };
}

/** Kalai–Smorodinsky point; value = the smallest share of ideal surplus reached. */
export function kalaiSmorodinsky(
  space: Space,
  parties?: number[],
  control?: RunControl,
): ReferencePoint & { ideal: number[] } {
  const ps = allParties(space, parties);
  const d = disagreementVector(space);
  const ideal = idealPoint(space, ps, control);
  if (ideal.points.some((x) => !Number.isFinite(x)))
    return { index: null, points: [], value: -Infinity, nodes: ideal.nodes, ideal: ideal.points };
  const range = ps.map((p, k) => ideal.points[k]! - d[p]!);
  const n = ps.length;
  const r = search(
    space,
    {
      linear: [weights(space, ps, (p) => 1 / (n * range[ps.indexOf(p)]!))],
      leaf: (pts) => {
        let m = Infinity;
        for (let k = 0; k < n; k++) {
          const s = pts[ps[k]!]! - d[ps[k]!]!;
          if (s <= 0) return -Infinity;
          m = Math.min(m, s / range[k]!);
        }
        return m;
      },
      bound: (ub, lin) => {
        let m = Infinity;
        let dsum = 0;
        for (let k = 0; k < n; k++) {
          const s = ub[ps[k]!]! - d[ps[k]!]!;
          if (s <= 0) return -Infinity;
          m = Math.min(m, s / range[k]!);
          dsum += d[ps[k]!]! / (n * range[k]!);
        }
        // min of shares ≤ their mean, which is linear in points.
        return Math.min(m, lin[0]! - dsum);
      },
    },
    control,
  );
  return { ...asPoint(r), nodes: r.nodes + ideal.nodes, ideal: ideal.points };
}

/** Largest smallest gain over a reference vector (default: disagreement points), over all packages. */
export function egalitarian(
  space: Space,
  parties?: number[],
  reference?: number[],
  control?: RunControl,
): ReferencePoint {
  const ps = allParties(space, parties);
  const d = reference ?? disagreementVector(space);
  const n = ps.length;
  const dsum = ps.reduce((s, p) => s + d[p]!, 0) / n;
  return asPoint(
    search(
      space,
      {
        linear: [weights(space, ps, () => 1 / n)],
        leaf: (pts) => ps.reduce((m, p) => Math.min(m, pts[p]! - d[p]!), Infinity),
        bound: (ub, lin) =>
          Math.min(
            ps.reduce((m, p) => Math.min(m, ub[p]! - d[p]!), Infinity),
            lin[0]! - dsum,
          ),
      },
      control,
    ),
  );
}
