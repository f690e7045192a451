/**
 * The outcome space compiled for fast computation.
 *
 * Packages: one available option per issue, numbered in mixed radix (issue 0 most significant):
 * index = Σ digit_i × stride_i, digit_i indexing `issues[i].available`.
 *
 * Points are additive over GROUPS of issues: issues named together in a scoring rule's condition
 * form one group (union-find), so a rule's bonus is a function of one group's options. A group's
 * "items" are the joint options of its issues; a package is one item per group.
 *
 * Legitimacy. A package's legitimacy L = S / W, with S = Σ_i w_i·table_i(option) additive over
 * issues, so every group item carries its share `ell` of S. Rules that look at legitimacy and the
 * legitimacy consequence are step functions of L: the comparisons in them cut the line into BANDS
 * (consecutive ranges of L where every legitimacy comparison has a fixed truth value). Within a band
 * every rule is a function of issues only. So:
 *  - `constant[band][party]`: rules naming no issue and the consequence;
 *  - item values `values[item][band][party]` when some legitimacy rule names issues (then
 *    `itemBands` = number of bands), else `itemBands` = 1.
 * The frontier stays exact by carrying S as an extra coordinate (see `frontier.ts`, `legitimacyMode`).
 *
 * Summation order. A complete package's S is always summed issue by issue in the domain's issue
 * order (`legitimacySumOfItems`), the order in which `packageLegitimacy` (domain.ts, the engine)
 * adds the same terms: floating-point sums depend on their order, and a package whose legitimacy
 * is exactly a fractional threshold must fall on the same side here as in the engine. Group shares
 * `ell` serve bounds and dominance only (search.ts widens its bounds by a rounding margin).
 */
import { roundLegitimacy } from '../scenario/legitimacy.ts';
import { compare, issuesNamed, mentionsLegitimacy, holds, type ConditionContext } from '../scenario/conditions.ts';
import type { Comparison, Condition } from '../scenario/schema.ts';
import type { Package } from '../scenario/types.ts';
import { skyline } from './skyline.ts';
import type { Domain } from './domain.ts';
import { AnalysisTooLarge } from './control.ts';

/** A group bigger than this means scoring rules couple too many issues for exact analysis. */
export const MAX_GROUP_SIZE = 20_000_000;

export interface Group {
  /** Issue indices, ascending. */
  issues: number[];
  /** Available option count per issue of the group. */
  radix: number[];
  size: number;
  /** size × itemBands × P */
  values: Float64Array;
  /** Each item's share of S (Σ w_i·table). */
  ell: Float64Array;
  /** Each item's contribution to the package index. */
  offset: Float64Array;
  /** Items not dominated within the group (over all parties, legitimacy-aware); filled lazily. */
  front?: Int32Array;
}

export interface Space {
  domain: Domain;
  nParties: number;
  /** Per issue, the option indices on the table. */
  available: number[][];
  strides: number[];
  /** Number of packages (exact up to 2^53). */
  size: number;
  groups: Group[];
  /** groupOf[issue] = group index; posInGroup[issue] = position inside the group. */
  groupOf: number[];
  /** Legitimacy bands (1 when nothing depends on legitimacy). */
  nBands: number;
  itemBands: number;
  /** nBands × P */
  constant: Float64Array;
  /** Sorted critical legitimacy values and the band of each region (see `bandOfS`). */
  critical: number[];
  regionBand: number[];
  /** Total legitimacy weight W (issues with positive weight). */
  weightTotal: number;
  /** Per party: its points never decrease (increase) when legitimacy rises, whatever the package. */
  upInL: boolean[];
  downInL: boolean[];
  /** Issues with a positive legitimacy weight, ascending: the only ones whose terms enter S. */
  weightedIssues: number[];
  /** legitimacyTerm[issue][digit] = w_issue · table(option): that issue's term of S. */
  legitimacyTerm: Float64Array[];
  /** itemStride[issue]: how much the issue's digit moves its group's item index. */
  itemStride: number[];
}

function comparisonsIn(c: Condition, into: Comparison[]): Comparison[] {
  if ('all' in c) c.all.forEach((x) => comparisonsIn(x, into));
  else if ('any' in c) c.any.forEach((x) => comparisonsIn(x, into));
  else if ('not' in c) comparisonsIn(c.not, into);
  else if ('legitimacy' in c) into.push(c.legitimacy);
  return into;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

export function compileSpace(domain: Domain): Space {
  const P = domain.parties.length;
  const nI = domain.issues.length;
  const available = domain.issues.map((issue) => issue.options.flatMap((o, k) => (o.available ? [k] : [])));
  available.forEach((a, i) => {
    if (a.length === 0) throw new RangeError(`Issue ${domain.issues[i]?.id} has no option on the table.`);
  });
  const strides = new Array<number>(nI).fill(1);
  for (let i = nI - 2; i >= 0; i--) strides[i] = strides[i + 1]! * available[i + 1]!.length;
  const size = nI === 0 ? 1 : strides[0]! * available[0]!.length;

  // ---- bands of legitimacy
  const legRules = domain.rules.filter((r) => mentionsLegitimacy(r.when));
  const consequence = domain.legitimacy.consequence;
  const hasConsequence = consequence !== null && consequence.points.some((x) => x !== 0);
  const comparisons = legRules.flatMap((r) => comparisonsIn(r.when, []));
  const critical = [
    ...new Set([
      ...comparisons.flatMap((c) => [c.atLeast, c.atMost].filter((x): x is number => x !== undefined)),
      ...(hasConsequence ? [domain.legitimacy.threshold] : []),
    ]),
  ].sort((a, b) => a - b);
  const regionRep: number[] = [];
  for (let j = 0; j <= critical.length; j++) {
    const lo = critical[j - 1];
    const hi = critical[j];
    regionRep.push(lo === undefined ? (hi === undefined ? 50 : hi - 1) : hi === undefined ? lo + 1 : (lo + hi) / 2);
    if (hi !== undefined) regionRep.push(hi);
  }
  const signature = (L: number) =>
    comparisons.map((c) => (compare(L, c) ? '1' : '0')).join('') +
    (hasConsequence && L < domain.legitimacy.threshold ? 'c' : '');
  const regionBand: number[] = [];
  const bandRep: number[] = [];
  let prevSig: string | null = null;
  for (const rep of regionRep) {
    const sig = signature(rep);
    if (sig !== prevSig) bandRep.push(rep);
    regionBand.push(bandRep.length - 1);
    prevSig = sig;
  }
  const nBands = bandRep.length;

  // ---- groups: issues named together by a rule
  const parent = Array.from({ length: nI }, (_, i) => i);
  const issueIndex = new Map(domain.issues.map((issue, i) => [issue.id, i] as const));
  const ruleIssues = domain.rules.map((r) =>
    [...issuesNamed(r.when)].map((id) => issueIndex.get(id)).filter((i): i is number => i !== undefined),
  );
  for (const named of ruleIssues) for (const i of named.slice(1)) parent[find(parent, i)] = find(parent, named[0]!);
  const roots = new Map<number, number[]>();
  for (let i = 0; i < nI; i++) {
    const r = find(parent, i);
    roots.set(r, [...(roots.get(r) ?? []), i]);
  }
  const groupIssues = [...roots.values()];
  const groupOf = new Array<number>(nI).fill(0);
  groupIssues.forEach((issues, g) => issues.forEach((i) => (groupOf[i] = g)));
  // Items need one value block per band only when a legitimacy rule also names issues.
  const itemBands = domain.rules.some((r, k) => mentionsLegitimacy(r.when) && (ruleIssues[k]?.length ?? 0) > 0)
    ? nBands
    : 1;

  const weights = domain.legitimacy.weights.map((w) => (w > 0 ? w : 0));
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const weightedIssues = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const legitimacyTerm = available.map((opts, i) =>
    Float64Array.from(opts, (option) => weights[i]! * (domain.legitimacy.table[i]?.[option] ?? 50)),
  );
  const itemStride = new Array<number>(nI).fill(1);

  const baseCtx = (pkg: Package | null, legitimacy: number): ConditionContext => ({
    package: pkg,
    legitimacy,
    round: domain.context.round,
    evidencePresented: (id) => domain.context.evidencePresented.includes(id),
    partyLeft: (id) => domain.context.partyLeft.includes(id),
  });

  const groups: Group[] = groupIssues.map((issues, g) => {
    const radix = issues.map((i) => available[i]!.length);
    for (let k = issues.length - 1, stride = 1; k >= 0; k--) {
      itemStride[issues[k]!] = stride;
      stride *= radix[k]!;
    }
    const gsize = radix.reduce((a, b) => a * b, 1);
    if (gsize > MAX_GROUP_SIZE) {
      const ids = issues.map((i) => domain.issues[i]?.title ?? String(i));
      throw new AnalysisTooLarge(
        { kind: 'rulesCoupled', issues: ids, combinations: gsize, max: MAX_GROUP_SIZE },
        `Scoring rules tie together issues ${ids.join(', ')} whose options multiply to ${gsize} combinations; exact analysis supports up to ${MAX_GROUP_SIZE}.`,
      );
    }
    const rules = domain.rules.filter((_, r) => (ruleIssues[r]?.length ?? 0) > 0 && groupOf[ruleIssues[r]![0]!] === g);
    const values = new Float64Array(gsize * itemBands * P);
    const ell = new Float64Array(gsize);
    const offset = new Float64Array(gsize);
    const digits = new Array<number>(issues.length).fill(0);
    for (let item = 0; item < gsize; item++) {
      // digits of item (last issue fastest)
      let rest = item;
      for (let k = issues.length - 1; k >= 0; k--) {
        digits[k] = rest % radix[k]!;
        rest = Math.floor(rest / radix[k]!);
      }
      const pkg: Package = {};
      let e = 0;
      let off = 0;
      const base = new Float64Array(P);
      issues.forEach((i, k) => {
        const option = available[i]![digits[k]!]!;
        pkg[domain.issues[i]!.id] = domain.issues[i]!.options[option]!.id;
        e += weights[i]! * (domain.legitimacy.table[i]?.[option] ?? 50);
        off += digits[k]! * strides[i]!;
        domain.parties.forEach((party, p) => (base[p]! += party.sheet[i]?.[option] ?? 0));
      });
      ell[item] = e;
      offset[item] = off;
      for (let b = 0; b < itemBands; b++) {
        const ctx = baseCtx(pkg, bandRep[b] ?? 50);
        const o = (item * itemBands + b) * P;
        values.set(base, o);
        for (const rule of rules) {
          if (!holds(rule.when, ctx)) continue;
          for (const p of rule.parties) values[o + p]! += rule.points;
        }
      }
    }
    return { issues, radix, size: gsize, values, ell, offset };
  });

  const constant = new Float64Array(nBands * P);
  for (let b = 0; b < nBands; b++) {
    const L = bandRep[b] ?? 50;
    const ctx = baseCtx({}, L);
    domain.rules.forEach((rule, r) => {
      if ((ruleIssues[r]?.length ?? 0) > 0 || !holds(rule.when, ctx)) return;
      for (const p of rule.parties) constant[b * P + p]! += rule.points;
    });
    if (hasConsequence && L < domain.legitimacy.threshold)
      consequence.points.forEach((x, p) => (constant[b * P + p]! += x));
  }

  // ---- monotonicity of each party's points in legitimacy (per item and constant)
  const upInL = new Array<boolean>(P).fill(true);
  const downInL = new Array<boolean>(P).fill(true);
  const scan = (arr: Float64Array, o: number, bands: number) => {
    for (let p = 0; p < P; p++)
      for (let b = 1; b < bands; b++) {
        const prev = arr[o + (b - 1) * P + p]!;
        const cur = arr[o + b * P + p]!;
        if (cur < prev) upInL[p] = false;
        if (cur > prev) downInL[p] = false;
      }
  };
  scan(constant, 0, nBands);
  if (itemBands > 1)
    for (const g of groups) for (let item = 0; item < g.size; item++) scan(g.values, item * itemBands * P, itemBands);

  return {
    domain,
    nParties: P,
    available,
    strides,
    size,
    groups,
    groupOf,
    nBands,
    itemBands,
    constant,
    critical,
    regionBand,
    weightTotal,
    upInL,
    downInL,
    weightedIssues,
    legitimacyTerm,
    itemStride,
  };
}

/** S of the package made of these group items, summed in issue order (see the file comment). */
export function legitimacySumOfItems(space: Space, items: ArrayLike<number>): number {
  let S = 0;
  for (const i of space.weightedIssues) {
    const digit = Math.floor(items[space.groupOf[i]!]! / space.itemStride[i]!) % space.available[i]!.length;
    S += space.legitimacyTerm[i]![digit]!;
  }
  return S;
}

/** The band of a package whose legitimacy sum is S. */
export function bandOfS(space: Space, S: number): number {
  if (space.nBands === 1) return 0;
  const L = space.weightTotal === 0 ? 50 : roundLegitimacy(S / space.weightTotal);
  const c = space.critical;
  let lo = 0;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid]! < L) lo = mid + 1;
    else hi = mid;
  }
  const region = lo < c.length && c[lo] === L ? 2 * lo + 1 : 2 * lo;
  return space.regionBand[region] ?? 0;
}

/** Digits (positions in `available`) of a package index. */
export function digitsOf(space: Space, index: number): number[] {
  return space.strides.map((s, i) => Math.floor(index / s) % space.available[i]!.length);
}

/** Option indices (into the domain's issue options) of a package index. */
export function choiceOfIndex(space: Space, index: number): number[] {
  return digitsOf(space, index).map((d, i) => space.available[i]![d]!);
}

/** Package index of option indices; null when an option is not on the table. */
export function indexOfChoice(space: Space, choice: ArrayLike<number>): number | null {
  let index = 0;
  for (let i = 0; i < space.available.length; i++) {
    const d = space.available[i]!.indexOf(choice[i] ?? -1);
    if (d < 0) return null;
    index += d * space.strides[i]!;
  }
  return index;
}

/** The item of group g that a package index picks. */
export function itemOf(space: Space, g: number, index: number): number {
  const group = space.groups[g]!;
  let item = 0;
  group.issues.forEach(
    (i, k) => (item = item * group.radix[k]! + (Math.floor(index / space.strides[i]!) % space.available[i]!.length)),
  );
  return item;
}

/** Every party's points for the package made of these group items (out: length P). */
export function pointsOfItems(
  space: Space,
  items: ArrayLike<number>,
  out: Float64Array = new Float64Array(space.nParties),
): Float64Array {
  const P = space.nParties;
  const band = space.nBands === 1 ? 0 : bandOfS(space, legitimacySumOfItems(space, items));
  const ib = space.itemBands > 1 ? band : 0;
  for (let p = 0; p < P; p++) out[p] = space.constant[band * P + p]!;
  for (let g = 0; g < space.groups.length; g++) {
    const group = space.groups[g]!;
    const o = (items[g]! * space.itemBands + ib) * P;
    for (let p = 0; p < P; p++) out[p]! += group.values[o + p]!;
  }
  return out;
}

export function pointsOfIndex(space: Space, index: number, out?: Float64Array): Float64Array {
  return pointsOfItems(
    space,
    space.groups.map((_, g) => itemOf(space, g, index)),
    out,
  );
}

/** How S enters dominance for these parties: not at all, as a maximised or minimised coordinate, or both (must be equal). */
export type LegitimacyMode = 'none' | 'up' | 'down' | 'equal';

export function legitimacyMode(space: Space, parties: number[]): LegitimacyMode {
  if (space.nBands === 1) return 'none';
  const up = parties.every((p) => space.upInL[p]);
  const down = parties.every((p) => space.downInL[p]);
  if (up && down) return 'none';
  if (up) return 'up';
  if (down) return 'down';
  return 'equal';
}

/**
 * Coordinates of group items for dominance among `parties`: itemBands blocks of |parties| values,
 * then S, -S or both according to the legitimacy mode. Item a dominating item b in these
 * coordinates implies that swapping b for a in ANY package makes no listed party worse off and one
 * better off (points are monotone in the band in the mode's direction), which is what makes the
 * divide and conquer exact.
 */
export function itemCoords(
  space: Space,
  group: Group,
  parties: number[],
  mode: LegitimacyMode,
  items?: ArrayLike<number>,
) {
  const P = space.nParties;
  const s = parties.length;
  const B = space.itemBands;
  const extra = mode === 'none' ? 0 : mode === 'equal' ? 2 : 1;
  const dims = B * s + extra;
  const n = items ? items.length : group.size;
  const coords = new Float64Array(n * dims);
  for (let r = 0; r < n; r++) {
    const item = items ? items[r]! : r;
    const o = r * dims;
    for (let b = 0; b < B; b++)
      for (let k = 0; k < s; k++) coords[o + b * s + k] = group.values[(item * B + b) * P + parties[k]!]!;
    const e = group.ell[item]!;
    if (mode === 'up' || mode === 'equal') coords[o + B * s] = e;
    if (mode === 'down') coords[o + B * s] = -e;
    if (mode === 'equal') coords[o + B * s + 1] = -e;
  }
  return { coords, n, shape: { dims, segments: B, segLen: s } };
}

/** Items of a group that no other item dominates for all parties (safe to restrict searches to). */
export function groupFront(space: Space, g: number): Int32Array {
  const group = space.groups[g]!;
  if (!group.front) {
    const all = Array.from({ length: space.nParties }, (_, p) => p);
    const { coords, n, shape } = itemCoords(space, group, all, legitimacyMode(space, all));
    group.front = skyline(coords, n, shape);
  }
  return group.front;
}
