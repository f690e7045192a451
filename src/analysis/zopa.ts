/**
 * Zone of possible agreement under the scenario's agreement rule.
 *
 * Only parties still at the table can be members (those in `context.partyLeft` cannot); when the
 * rule counts every party (`agreement.counts`), those who left still weigh against. A coalition can
 * carry a package when the rule accepts it (unanimity: everyone; majority: more than the threshold
 * share of parties; weighted majority: of influence), it includes every required party and every
 * party with a veto (a veto party outside would block), and some package gives each member more
 * than its disagreement points. Adding members only adds constraints, so a deal exists for some
 * winning coalition exactly when it exists for some MINIMAL winning coalition: we list those, each
 * with the package best for its members by the Nash product.
 */
import { agreementTableOf, isWinning, unboundLeavers, type AgreementTable } from './agreementRule.ts';
import type { RunControl } from './control.ts';
import { disagreementVector, nashPoint, type ReferencePoint } from './bargaining.ts';
import { enumerateOutcomes } from './enumerate.ts';
import type { Space } from './space.ts';

export interface CoalitionZone {
  /** Party indices. */
  members: number[];
  /** True when some package beats every member's disagreement points. */
  feasible: boolean;
  /** The members' Nash point (null when infeasible). */
  package: ReferencePoint | null;
}

export interface Zopa {
  rule: 'unanimity' | 'majority' | 'weighted-majority';
  /** True when some coalition that can carry a deal finds a package beating its members' BATNAs. */
  exists: boolean;
  /** Minimal winning coalitions, feasible first. */
  coalitions: CoalitionZone[];
}

/** Parties still at the table. */
export function seatedParties(space: Space): number[] {
  const left = new Set(space.domain.context.partyLeft);
  return space.domain.parties.flatMap((p, i) => (left.has(p.id) ? [] : [i]));
}

/** The agreement rule's view of the parties still at the table (cached per space). */
const tables = new WeakMap<Space, Omit<AgreementTable, 'coalitions'>>();
function tableOf(space: Space): Omit<AgreementTable, 'coalitions'> {
  let table = tables.get(space);
  if (!table) {
    const { agreement, parties, context } = space.domain;
    const left = new Set(context.partyLeft);
    const counted = parties.map((p) => ({ id: p.id, influence: p.influence, veto: p.veto, atTable: !left.has(p.id) }));
    const required = agreement.required.map((p) => parties[p]!.id);
    table = agreementTableOf({ ...agreement, required }, counted, []);
    tables.set(space, table);
  }
  return table;
}

/** True when these parties (indices) can carry a deal under the agreement rule on their own. */
export function isWinningCoalition(space: Space, members: number[]): boolean {
  const parties = space.domain.parties;
  return isWinning(
    tableOf(space),
    members.map((p) => parties[p]!.id),
  );
}

/** Winning coalitions none of whose proper subsets wins (up to 2^n subsets: parties ≤ ~16). */
export function minimalWinningCoalitions(space: Space): number[][] {
  const seated = seatedParties(space);
  const n = seated.length;
  const winning: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = seated.filter((_, k) => mask & (1 << k));
    if (!isWinningCoalition(space, members)) continue;
    // minimal: removing any one member loses (winning is monotone in membership here)
    if (
      members.every(
        (p) =>
          !isWinningCoalition(
            space,
            members.filter((q) => q !== p),
          ),
      )
    )
      winning.push(mask);
  }
  return winning.map((mask) => seated.filter((_, k) => mask & (1 << k)));
}

export function zoneOfAgreement(space: Space, control?: RunControl): Zopa {
  const coalitions = minimalWinningCoalitions(space).map((members): CoalitionZone => {
    const pkg = nashPoint(space, members, control);
    return { members, feasible: pkg.index !== null, package: pkg.index === null ? null : pkg };
  });
  coalitions.sort((a, b) => Number(b.feasible) - Number(a.feasible));
  return { rule: space.domain.agreement.rule, exists: coalitions.some((c) => c.feasible), coalitions };
}

/** Outcome spaces up to this size are enumerated for the best carriable joint gain. */
export const FEASIBLE_ENUMERATION_LIMIT = 2_000_000;

/**
 * The best joint gain a deal the agreement rule could carry can reach: the largest Σ of every party's
 * points (see below for those who walked away) over packages whose set of seated parties at or above their disagreement
 * points is a winning coalition (winning is monotone in membership, so that set is the coalition to test). The
 * unconstrained maximum joint gain may need a package some required party would rightly refuse; this
 * is the reachable benchmark. Null when no package qualifies or the space is too large to enumerate.
 * A party offered exactly its disagreement point counts as willing: it backs such a text (the computer negotiators do,
 * and "at or above its BATNA" is issue 15's yardstick). Counted strictly, as the zone of agreement counts (a member
 * must gain), deals passed with a party at its BATNA reached up to 771% of this "best" on the bench's generated research
 * domains and 600% on Harborco-like ones. The bench's joint-gain lines with it (npm run bench -- bots, 2026-12-07):
 * research-like 107.8% -> 92.0%, Harborco-like 86.7% -> 84.6%, random median tables 87.4% -> 86.0%, the data passport
 * 99.4% -> 90.5%; the autonomous-vehicle data's target 76% -> 78% (its ceiling rose); no target line changed side.
 */
export function bestFeasibleJoint(space: Space): number | null {
  if (space.size > FEASIBLE_ENUMERATION_LIMIT) return null;
  const P = space.nParties;
  const d = disagreementVector(space);
  const seated = seatedParties(space);
  // Every party counts, as the score report judges: a party that walked away counts at its BATNA when
  // the deal does not bind it (whatever the package), at the package's points when it does.
  const { domain } = space;
  const unbound = unboundLeavers(domain);
  const left = new Set(domain.context.partyLeft);
  const bound = domain.parties.flatMap((p, i) => (left.has(p.id) && !unbound.includes(i) ? [i] : []));
  const fixed = unbound.reduce((s, p) => s + domain.parties[p]!.batna, 0);
  let best: number | null = null;
  const members: number[] = [];
  enumerateOutcomes(space, (_first, count, pts) => {
    for (let r = 0; r < count; r++) {
      let sum = fixed;
      members.length = 0;
      for (const p of seated) {
        const v = pts[r * P + p] as number;
        sum += v;
        if (v >= (d[p] as number)) members.push(p);
      }
      for (const p of bound) sum += pts[r * P + p] as number;
      if ((best === null || sum > best) && isWinningCoalition(space, members)) best = sum;
    }
  });
  return best;
}
