/**
 * What was possible at one moment of a game, for the review: the analysis of the state as it stood
 * before a move (sheets and BATNAs as events had changed them, the options on the table, the
 * parties still seated), and the few exact searches a rating needs.
 */
import { agreementTable, atTable, lastRound } from '../../engine/index.ts';
import { carries, type AgreementTable, type Stances } from '../../analysis/agreementRule.ts';
import type { Package, PartyId } from '../../engine/index.ts';
import type { GameState } from '../../engine/index.ts';
import { analysisOf, type DomainAnalysis } from '../../engine/gameDomain.ts';
import { allPackagePoints, choiceOf, packageOf, type Domain } from '../../analysis/domain.ts';
import { disagreementVector } from '../../analysis/bargaining.ts';
import { search } from '../../analysis/search.ts';
import { choiceOfIndex, type Space } from '../../analysis/space.ts';
import { seatedParties } from '../../analysis/zopa.ts';
import { partiesWithRedLineIn } from '../../scenario/redLines.ts';

/** A package with every party's points for it (by party index). */
export interface Scored {
  package: Package;
  points: number[];
}

export class Moment {
  readonly state: GameState;
  readonly analysis: DomainAnalysis;
  readonly domain: Domain;
  /** Null when exact analysis is impossible (an issue with no option left, rules coupling too many issues). */
  readonly space: Space | null;
  /** Party indices still at the table. */
  readonly seated: number[];
  /** Each party's points without a deal (BATNA plus the no-deal consequence), by index. */
  readonly noDeal: number[];

  constructor(state: GameState) {
    this.state = state;
    this.analysis = analysisOf(state, state.round);
    this.domain = this.analysis.domain;
    this.space = this.analysis.space;
    this.seated = this.space
      ? seatedParties(this.space)
      : this.domain.parties.flatMap((p, i) => (state.left.includes(p.id) ? [] : [i]));
    this.noDeal = this.space
      ? disagreementVector(this.space)
      : this.domain.parties.map((p, i) => p.batna + (this.domain.agreement.noDeal?.points[i] ?? 0));
  }

  #redLineItems: Float64Array[] | null | undefined;

  /**
   * Per group of the space, per item: how many red lines of seated parties the item crosses; null
   * when no seated party has one. A text crossing a red line draws that party's objection at once,
   * so the better moves the review suggests never cross one.
   */
  get redLineItems(): Float64Array[] | null {
    if (this.#redLineItems !== undefined) return this.#redLineItems;
    const space = this.space;
    const lines = new Set<string>();
    for (const p of this.seated)
      for (const r of this.state.scenario.parties.find((x) => x.id === this.domain.parties[p]!.id)?.redLines ?? []) {
        const i = this.domain.issues.findIndex((x) => x.id === r.issue);
        const k = this.domain.issues[i]?.options.findIndex((o) => o.id === r.option) ?? -1;
        if (i >= 0 && k >= 0) lines.add(`${i}:${k}`);
      }
    if (!space || lines.size === 0) return (this.#redLineItems = null);
    this.#redLineItems = space.groups.map((group) => {
      const crossed = new Float64Array(group.size);
      for (let item = 0; item < group.size; item++) {
        let rest = item;
        let n = 0;
        for (let k = group.issues.length - 1; k >= 0; k--) {
          const issue = group.issues[k]!;
          const digit = rest % group.radix[k]!;
          rest = Math.floor(rest / group.radix[k]!);
          if (lines.has(`${issue}:${space.available[issue]![digit]!}`)) n++;
        }
        crossed[item] = n;
      }
      return crossed;
    });
    return this.#redLineItems;
  }

  /** The seated parties whose red lines the package crosses. */
  redLinesCrossed(pkg: Package): PartyId[] {
    const seated = new Set(this.seated.map((p) => this.domain.parties[p]!.id));
    return partiesWithRedLineIn(this.state.scenario.parties, pkg).filter((p) => seated.has(p));
  }

  indexOf(party: PartyId): number {
    const i = this.domain.parties.findIndex((p) => p.id === party);
    if (i < 0) throw new Error(`The scenario has no party "${party}".`);
    return i;
  }

  points(pkg: Package): number[] {
    return allPackagePoints(this.domain, pkg);
  }

  /** Option index per issue of a package. */
  choice(pkg: Package): number[] {
    return choiceOf(this.domain, pkg);
  }

  package(choice: ArrayLike<number>): Package {
    return packageOf(this.domain, choice);
  }

  /** The package of a space index, with its points. */
  scored(index: number, points: ArrayLike<number>): Scored {
    if (!this.space) throw new Error('No outcome space at this moment.');
    return { package: this.package(choiceOfIndex(this.space, index)), points: Array.from(points) };
  }

  /** Σ over the seated parties of the gains over no deal, for these points. */
  jointGain(points: readonly number[]): number {
    return this.seated.reduce((s, p) => s + points[p]! - this.noDeal[p]!, 0);
  }

  /**
   * The package that leaves every seated party at least as well off as `deal` and one better,
   * giving `me` the most (then: the most in total), crossing no seated party's red line; null when
   * there is none (`deal` is on the frontier of the texts that cross no red line).
   */
  bestDominatorFor(deal: readonly number[], me: number): Scored | null {
    const space = this.space;
    if (!space) return null;
    const ps = this.seated;
    const ones = new Float64Array(space.nParties);
    for (const p of ps) ones[p] = 1;
    const dealSum = ps.reduce((s, p) => s + deal[p]!, 0);
    const extremes = this.analysis.extremes;
    // Lexicographic (own gain first, then total gain) as one number.
    const scale = 1 + (extremes ? ps.reduce((s, p) => s + extremes.best[p]! - extremes.worst[p]!, 0) : 1e6);
    const red = this.redLineItems;
    const r = search(space, {
      linear: [ones],
      floor: 1e-9,
      ...(red ? { allItems: true, extra: red } : {}),
      leaf: (pts, crossed) => {
        if (crossed > 0) return -Infinity;
        let gain = 0;
        for (const p of ps) {
          if (pts[p]! < deal[p]! - 1e-9) return -Infinity;
          gain += pts[p]! - deal[p]!;
        }
        return gain > 1e-9 ? scale * (pts[me]! - deal[me]!) + gain : -Infinity;
      },
      bound: (ub, lin, crossed) => {
        if (crossed > 0) return -Infinity;
        for (const p of ps) if (ub[p]! < deal[p]! - 1e-9) return -Infinity;
        return scale * (ub[me]! - deal[me]!) + lin[0]! - dealSum;
      },
    });
    return r.index === null || r.points === null ? null : this.scored(r.index, r.points);
  }

  /**
   * The seated parties that can still back a text tabled now: the party moving and, in the last
   * round, only those whose turn comes after it (each backs a text in its own turn; after the last
   * turn of the last round the deadline ends the game), every seated party before the last round.
   */
  get canStillBack(): Set<number> {
    const s = this.state;
    if (s.round < lastRound(s)) return new Set(this.seated);
    const ids = new Set<PartyId>(s.active === null ? [] : [s.active]);
    const order = s.scenario.protocol.turnOrder;
    for (let i = s.turnIndex + 1; i < order.length; i++) if (atTable(s, order[i]!)) ids.add(order[i]!);
    return new Set(this.seated.filter((p) => ids.has(this.domain.parties[p]!.id)));
  }

  #table: AgreementTable | undefined;

  /**
   * Whether a text tabled now, crossing no seated party's red line (the only texts the review
   * suggests), carries with these stances: the engine's agreement rule as the table stands, with the
   * coalitions formed at it (a bloc whose supporting members hold more than half of its influence
   * counts whole). The one place the review asks what could carry.
   */
  carries(stances: Stances): boolean {
    return carries((this.#table ??= agreementTable(this.state, null)), stances);
  }

  /**
   * The package best for `me` among those a coalition could still carry: the seated parties it
   * leaves above their no-deal points that can still back it in time (`canStillBack`) carry it under
   * the agreement rule against the others' objections (`carries`: blocs formed at the table count),
   * `me` is above its own, and no seated party's red line is crossed. Null when there is none.
   */
  bestCarriableFor(me: number): Scored | null {
    const space = this.space;
    if (!space) return null;
    const d = this.noDeal;
    const winning = this.carriedWhenBacked((p, pts) => pts[p]! > d[p]!);
    const red = this.redLineItems;
    const r = search(space, {
      ...(red ? { allItems: true, extra: red } : {}),
      leaf: (pts, crossed) => (crossed === 0 && pts[me]! > d[me]! && winning(pts) ? pts[me]! : -Infinity),
      bound: (ub, _lin, crossed) => (crossed === 0 && ub[me]! > d[me]! && winning(ub) ? ub[me]! : -Infinity),
    });
    return r.index === null || r.points === null ? null : this.scored(r.index, r.points);
  }

  /**
   * The package worst for `me` among those the other seated parties could carry against it: those it
   * leaves above their no-deal points that can still back it in time back it, every other seated party
   * that can still move objects (`me` too, if seated), and no seated party's red line is crossed.
   * Null when there is none.
   */
  worstCarriableFor(me: number): Scored | null {
    const space = this.space;
    if (!space) return null;
    const d = this.noDeal;
    const winning = this.carriedWhenBacked((p, pts) => p !== me && pts[p]! > d[p]!);
    const mine = new Float64Array(space.nParties);
    mine[me] = -1;
    const red = this.redLineItems;
    const r = search(space, {
      linear: [mine],
      allItems: true,
      ...(red ? { extra: red } : {}),
      leaf: (pts, crossed) => (crossed === 0 && winning(pts) ? -pts[me]! : -Infinity),
      bound: (ub, lin, crossed) => (crossed === 0 && winning(ub) ? lin[0]! : -Infinity),
    });
    return r.index === null || r.points === null ? null : this.scored(r.index, r.points);
  }

  /**
   * Whether a package's points carry under the rule when the seated parties for whom `backs` holds back it and
   * the others object, if they still have a turn to: a party whose turn will not come again neither backs nor
   * objects (its veto cannot block). One stances record, reused across a search's many calls.
   */
  private carriedWhenBacked(backs: (p: number, pts: Float64Array) => boolean): (pts: Float64Array) => boolean {
    const ps = this.seated;
    const able = this.canStillBack;
    const ids = this.domain.parties.map((p) => p.id);
    const stances: Record<PartyId, 'support' | 'object' | undefined> = {};
    return (pts) => {
      for (const p of ps) stances[ids[p]!] = able.has(p) ? (backs(p, pts) ? 'support' : 'object') : undefined;
      return this.carries(stances);
    };
  }

  /** The Nash bargaining package of the seated parties (null: none beats every no-deal point). */
  nash(): Scored | null {
    const space = this.space;
    if (!space) return null;
    const n = this.analysis.refs(space, this.seated).nash;
    return n.index === null ? null : this.scored(n.index, n.points);
  }
}
