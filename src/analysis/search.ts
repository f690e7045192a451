/**
 * Branch and bound over groups of issues: the exact best package for an objective without
 * enumerating the outcome space (10^10 packages in milliseconds when bounds are good).
 *
 * A node fixes one item for each of the first k groups. Its bounds on the leaves below:
 *  - per party, the best points still reachable: partial + the best remaining item per group
 *    (per legitimacy band, over the bands the node's legitimacy range can still reach);
 *  - per weight vector w, Σ_p w_p·points_p ≤ Σ_groups max_item (w·item) (separable, tighter than
 *    summing the per-party maxima because one item serves all parties at once).
 * An objective turns these into a bound on its value; nodes whose bound cannot beat the incumbent
 * are cut. By default only items on their group's frontier are tried: an item dominated in its
 * group can be swapped for its dominator in any package without hurting anyone, so every objective
 * here that never decreases when points rise keeps an optimum among them.
 */
import { checkpoint, type RunControl } from './control.ts';
import { bandOfS, groupFront, pointsOfItems, type Space } from './space.ts';

export interface SearchProblem {
  /** Value of a complete package given every party's points (−Infinity: not acceptable). */
  leaf(points: Float64Array, extra: number): number;
  /**
   * Upper bound on leaf values below a node: ub[p] best reachable points of party p, lin[k] best
   * reachable Σ_p linear[k][p]·points_p, extraMin the least reachable sum of `extra`.
   */
  bound(ub: Float64Array, lin: Float64Array, extraMin: number): number;
  /** Weight vectors of the linear bounds (each of length P). */
  linear?: Float64Array[];
  /** Search every item, not only group frontiers (for objectives that are not monotone in points). */
  allItems?: boolean;
  /** An additive per-item quantity (per group, per item), e.g. issues changed from a deal. */
  extra?: Float64Array[];
  /** Values must exceed this to count (default −Infinity). */
  floor?: number;
  /** Stop after this many nodes (then `complete` is false). */
  maxNodes?: number;
}

export interface SearchResult {
  /** −Infinity when no package beat the floor. */
  value: number;
  /** Item per group (space group order), null when none found. */
  items: Int32Array | null;
  points: Float64Array | null;
  /** Package index, null when none found. */
  index: number | null;
  nodes: number;
  /** False when stopped by maxNodes before proving optimality. */
  complete: boolean;
}

export function search(space: Space, problem: SearchProblem, control?: RunControl): SearchResult {
  const P = space.nParties;
  const G = space.groups.length;
  const B = space.itemBands;
  const NB = space.nBands;
  const linear = problem.linear ?? [];
  const L = linear.length;
  const maxNodes = problem.maxNodes ?? Infinity;

  // Candidate items per group, each with its linear values (max over bands).
  const cands = space.groups.map((group, g) =>
    problem.allItems ? Int32Array.from({ length: group.size }, (_, i) => i) : groupFront(space, g),
  );
  const itemLin = space.groups.map((group, g) => {
    const c = cands[g]!;
    const out = new Float64Array(c.length * L);
    for (let r = 0; r < c.length; r++)
      for (let k = 0; k < L; k++) {
        let best = -Infinity;
        for (let b = 0; b < B; b++) {
          let s = 0;
          const o = (c[r]! * B + b) * P;
          for (let p = 0; p < P; p++) s += linear[k]![p]! * group.values[o + p]!;
          best = Math.max(best, s);
        }
        out[r * L + k] = best;
      }
    return out;
  });
  // Order groups by how much the first linear objective varies in them (decide big things first),
  // and items by that objective, best first.
  const spread = (g: number) => {
    const v = itemLin[g]!;
    const n = cands[g]!.length;
    if (L === 0 || n === 0) return n;
    let lo = Infinity;
    let hi = -Infinity;
    for (let r = 0; r < n; r++) {
      lo = Math.min(lo, v[r * L]!);
      hi = Math.max(hi, v[r * L]!);
    }
    return hi - lo;
  };
  const gorder = Array.from({ length: G }, (_, g) => g).sort((a, b) => spread(b) - spread(a));
  const rowOrder = gorder.map((g) => {
    const n = cands[g]!.length;
    const rows = Array.from({ length: n }, (_, r) => r);
    if (L > 0) rows.sort((a, b) => itemLin[g]![b * L]! - itemLin[g]![a * L]!);
    return Int32Array.from(rows);
  });

  // Suffix bounds in search order: best per (band, party), S range, linear maxima, least extra.
  const sufMax = new Float64Array((G + 1) * B * P);
  const sufSmin = new Float64Array(G + 1);
  const sufSmax = new Float64Array(G + 1);
  const sufLin = new Float64Array((G + 1) * L);
  const sufExtra = new Float64Array(G + 1);
  for (let d = G - 1; d >= 0; d--) {
    const g = gorder[d]!;
    const group = space.groups[g]!;
    const c = cands[g]!;
    let smin = Infinity;
    let smax = -Infinity;
    let emin = Infinity;
    for (let bp = 0; bp < B * P; bp++) {
      let best = -Infinity;
      for (let r = 0; r < c.length; r++) best = Math.max(best, group.values[c[r]! * B * P + bp]!);
      sufMax[d * B * P + bp] = sufMax[(d + 1) * B * P + bp]! + best;
    }
    for (let r = 0; r < c.length; r++) {
      smin = Math.min(smin, group.ell[c[r]!]!);
      smax = Math.max(smax, group.ell[c[r]!]!);
      emin = Math.min(emin, problem.extra?.[g]?.[c[r]!] ?? 0);
    }
    sufSmin[d] = sufSmin[d + 1]! + smin;
    sufSmax[d] = sufSmax[d + 1]! + smax;
    sufExtra[d] = sufExtra[d + 1]! + emin;
    for (let k = 0; k < L; k++) {
      let best = -Infinity;
      for (let r = 0; r < c.length; r++) best = Math.max(best, itemLin[g]![r * L + k]!);
      sufLin[d * L + k] = sufLin[(d + 1) * L + k]! + best;
    }
  }
  const constLin = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    let best = -Infinity;
    for (let b = 0; b < NB; b++) {
      let s = 0;
      for (let p = 0; p < P; p++) s += linear[k]![p]! * space.constant[b * P + p]!;
      best = Math.max(best, s);
    }
    constLin[k] = best;
  }

  // Per-depth partial sums.
  const partVal = new Float64Array((G + 1) * B * P);
  const partS = new Float64Array(G + 1);
  const partLin = new Float64Array((G + 1) * L);
  const partExtra = new Float64Array(G + 1);
  const chosen = new Int32Array(G);
  const ub = new Float64Array(P);
  const lin = new Float64Array(L);
  const leafPoints = new Float64Array(P);

  let best = problem.floor ?? -Infinity;
  let bestItems: Int32Array | null = null;
  let nodes = 0;
  let complete = true;

  /** Bounds for the node at depth d (groups gorder[0..d-1] fixed). */
  const boundAt = (d: number): number => {
    // Leaves sum S in issue order, these sums go by group: widen by a rounding margin so that a
    // leaf exactly at a band's edge is never cut by a bound computed on the other side of it.
    const Slo0 = partS[d]! + sufSmin[d]!;
    const Shi0 = partS[d]! + sufSmax[d]!;
    const margin = 1e-9 * (Math.abs(Slo0) + Math.abs(Shi0) + 1);
    const Slo = Slo0 - margin;
    const Shi = Shi0 + margin;
    const bLo = bandOfS(space, Slo);
    const bHi = bandOfS(space, Shi);
    // Bands are numbered in increasing legitimacy, so the reachable ones lie between.
    const b0 = Math.min(bLo, bHi);
    const b1 = Math.max(bLo, bHi);
    for (let p = 0; p < P; p++) ub[p] = -Infinity;
    for (let b = b0; b <= b1; b++) {
      const ib = B > 1 ? b : 0;
      for (let p = 0; p < P; p++) {
        const v = partVal[d * B * P + ib * P + p]! + sufMax[d * B * P + ib * P + p]! + space.constant[b * P + p]!;
        if (v > ub[p]!) ub[p] = v;
      }
    }
    for (let k = 0; k < L; k++) lin[k] = partLin[d * L + k]! + sufLin[d * L + k]! + constLin[k]!;
    return problem.bound(ub, lin, partExtra[d]! + sufExtra[d]!);
  };

  const dfs = (d: number): void => {
    if (nodes >= maxNodes) {
      complete = false;
      return;
    }
    nodes++;
    if ((nodes & 0xfff) === 0) checkpoint(control, nodes, Number.NaN, 'search');
    if (d === G) {
      pointsOfItems(space, chosen, leafPoints);
      const v = problem.leaf(leafPoints, partExtra[d]!);
      if (v > best) {
        best = v;
        bestItems = Int32Array.from(chosen);
      }
      return;
    }
    const g = gorder[d]!;
    const group = space.groups[g]!;
    const c = cands[g]!;
    const rows = rowOrder[d]!;
    for (let t = 0; t < rows.length; t++) {
      const r = rows[t]!;
      const item = c[r]!;
      const from = d * B * P;
      const to = (d + 1) * B * P;
      for (let k = 0; k < B * P; k++) partVal[to + k] = partVal[from + k]! + group.values[item * B * P + k]!;
      partS[d + 1] = partS[d]! + group.ell[item]!;
      for (let k = 0; k < L; k++) partLin[(d + 1) * L + k] = partLin[d * L + k]! + itemLin[g]![r * L + k]!;
      partExtra[d + 1] = partExtra[d]! + (problem.extra?.[g]?.[item] ?? 0);
      chosen[g] = item;
      if (boundAt(d + 1) > best) dfs(d + 1);
      if (!complete) return;
    }
  };
  if (G === 0) {
    pointsOfItems(space, chosen, leafPoints);
    const v = problem.leaf(leafPoints, 0);
    if (v > best) {
      best = v;
      bestItems = new Int32Array(0);
    }
  } else if (boundAt(0) > best) dfs(0);

  const items = bestItems as Int32Array | null;
  if (items === null) return { value: -Infinity, items: null, points: null, index: null, nodes, complete };
  let index = 0;
  space.groups.forEach((group, g) => (index += group.offset[items[g]!]!));
  return { value: best, items, points: pointsOfItems(space, items), index, nodes, complete };
}
