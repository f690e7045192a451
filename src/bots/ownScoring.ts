/**
 * A party's own scoring beyond its sheet: the scenario's scoring rules that name it, the points it
 * loses (or gains) when a deal lacks public legitimacy, and the legitimacy weights of the issues.
 * A human player reads these in the brief; a bot needs them as data to judge packages it has not
 * yet seen on the table (the view's `preview` covers only the text on the table).
 *
 * `ownScoring(scenario, party)` extracts them for one party: never another party's sheet, BATNA or
 * points (rules keep their condition and this party's points only, not whom else they name).
 * `compileExtras` turns them into a fast function of a package given as option indices.
 */
import type { Condition, IssueId, PartyId, Scenario } from '../scenario/types.ts';
import type { PartyView } from '../engine/index.ts';
import type { Board, Choice } from './board.ts';

export interface OwnRule {
  description: string;
  points: number;
  when: Condition;
}

export interface OwnScoring {
  rules: OwnRule[];
  legitimacy: {
    /** Issue weights of a package's public legitimacy (the public legitimacy table is in the view). */
    weights: Record<IssueId, number>;
    /** Points this party gets when a deal's legitimacy is under the threshold (usually negative; 0: none). */
    consequence: number;
  };
}

export function ownScoring(scenario: Scenario, party: PartyId): OwnScoring {
  return {
    rules: scenario.scoringRules
      .filter((r) => r.parties.includes(party))
      .map((r) => ({ description: r.description, points: r.points, when: r.when })),
    legitimacy: {
      weights: { ...scenario.legitimacy.weights },
      consequence: scenario.legitimacy.consequence?.points?.[party] ?? 0,
    },
  };
}

type Predicate = (c: Choice, legitimacy: number) => boolean;

export interface Extras {
  /** Points from rules and the legitimacy consequence for a package agreed now. */
  points(c: Choice): number;
  /** The package's public legitimacy (weighted), 0..100. */
  legitimacy(c: Choice): number;
  /** Upper and lower bounds of `points` over all packages (for normalisation). */
  lo: number;
  hi: number;
  /** True when there is nothing beyond the sheet. */
  none: boolean;
}

function compileCondition(cond: Condition, board: Board, view: PartyView): Predicate {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, board, view));
    return (c, l) => parts.every((p) => p(c, l));
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, board, view));
    return (c, l) => parts.some((p) => p(c, l));
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, board, view);
    return (c, l) => !inner(c, l);
  }
  if ('is' in cond) {
    const i = board.issueIds.indexOf(cond.issue);
    const k = board.options[i]?.indexOf(cond.is) ?? -1;
    return (c) => k >= 0 && c[i] === k;
  }
  if ('oneOf' in cond) {
    const i = board.issueIds.indexOf(cond.issue);
    const ks = new Set(cond.oneOf.map((o) => board.options[i]?.indexOf(o) ?? -1).filter((k) => k >= 0));
    return (c) => ks.has(c[i] ?? -1);
  }
  if ('legitimacy' in cond) {
    const { atLeast, atMost } = cond.legitimacy;
    return (_c, l) => (atLeast === undefined || l >= atLeast) && (atMost === undefined || l <= atMost);
  }
  if ('round' in cond) {
    // A deal agreed now is agreed in the current round.
    const { atLeast, atMost } = cond.round;
    const r = view.round;
    const v = (atLeast === undefined || r >= atLeast) && (atMost === undefined || r <= atMost);
    return () => v;
  }
  if ('evidencePresented' in cond) {
    const id = cond.evidencePresented;
    const v =
      view.evidence.some((e) => e.id === id) || view.knownEvidence.some((e) => e.id === id && e.presentation !== null);
    return () => v;
  }
  const left = !view.parties.some((p) => p.id === cond.partyLeft && p.atTable);
  return () => left;
}

export function compileExtras(board: Board, view: PartyView, scoring: OwnScoring | undefined): Extras {
  const weights = board.issueIds.map((id) => scoring?.legitimacy.weights[id] ?? 1);
  const totalWeight = weights.reduce((a, w) => a + (w > 0 ? w : 0), 0);
  const legitimacy = (c: Choice): number => {
    if (totalWeight <= 0) return 50;
    let s = 0;
    for (let i = 0; i < c.length; i++) {
      const w = weights[i] ?? 0;
      if (w > 0) s += w * (board.legitimacy[i]?.[c[i] ?? 0] ?? 50);
    }
    return s / totalWeight;
  };
  if (!scoring || (scoring.rules.length === 0 && scoring.legitimacy.consequence === 0))
    return { points: () => 0, legitimacy, lo: 0, hi: 0, none: true };
  const rules = scoring.rules.map((r) => ({ points: r.points, holds: compileCondition(r.when, board, view) }));
  const consequence = scoring.legitimacy.consequence;
  const threshold = board.legitimacyThreshold;
  let lo = Math.min(0, consequence);
  let hi = Math.max(0, consequence);
  for (const r of rules) {
    if (r.points < 0) lo += r.points;
    else hi += r.points;
  }
  return {
    points(c) {
      const l = legitimacy(c);
      let p = l < threshold ? consequence : 0;
      for (const r of rules) if (r.holds(c, l)) p += r.points;
      return p;
    },
    legitimacy,
    lo,
    hi,
    none: false,
  };
}
