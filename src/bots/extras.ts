/**
 * A party's points beyond its sheet, as a bot needs them to judge packages not yet on the table (the
 * view's `preview` covers only the text on the table): the scenario's scoring rules that name it and
 * the points it gets when a deal lacks public legitimacy, both read from its own view
 * (`view.ownScoring`). Conditions are evaluated by the scenario's one interpreter (`holds`), and a
 * package's legitimacy is computed and rounded exactly as the engine does, so a bot never misjudges
 * a package that sits exactly on a threshold.
 */
import type { PartyView } from '../engine/index.ts';
import { holds, issuesNamed, type ConditionContext } from '../scenario/conditions.ts';
import { roundLegitimacy } from '../scenario/legitimacy.ts';
import type { IssueId, OptionId, Package } from '../scenario/types.ts';

/** A package as one option index per issue (board.ts `Choice`). */
type Choice = readonly number[];

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

/** The options on the table as the bot's board lists them. */
export interface OptionGrid {
  issueIds: IssueId[];
  /** Available option ids per issue. */
  options: OptionId[][];
  /** Public legitimacy per issue and available option, 0..100. */
  legitimacy: number[][];
}

export function compileExtras(grid: OptionGrid, view: PartyView): Extras {
  const scoring = view.ownScoring;
  // Summed in the scenario's issue order, as the engine sums them, then rounded as everywhere else.
  const weights = grid.issueIds.map((id) => scoring.legitimacy.weights[id] ?? 1);
  const totalWeight = weights.reduce((a, w) => a + (w > 0 ? w : 0), 0);
  const legitimacy = (c: Choice): number => {
    if (totalWeight <= 0) return 50;
    let s = 0;
    for (let i = 0; i < c.length; i++) {
      const w = weights[i] ?? 0;
      if (w > 0) s += w * (grid.legitimacy[i]?.[c[i] ?? 0] ?? 50);
    }
    return roundLegitimacy(s / totalWeight);
  };
  const consequence = scoring.legitimacy.consequence;
  if (scoring.rules.length === 0 && consequence === 0) return { points: () => 0, legitimacy, lo: 0, hi: 0, none: true };
  const threshold = scoring.legitimacy.threshold;
  // A deal agreed now is agreed in the current round, with the evidence presented and the parties
  // gone as the view shows them.
  const presented = new Set([
    ...view.evidence.map((e) => e.id),
    ...view.knownEvidence.filter((e) => e.presentation !== null).map((e) => e.id),
  ]);
  const seated = new Set(view.parties.filter((p) => p.atTable).map((p) => p.id));
  // One package object reused across calls: `holds` reads it synchronously and keeps nothing. Only the
  // issues the rules name are written into it (`holds` reads no other): writing all twelve of the
  // largest tables' issues on every call was a third of a bot's first search there.
  const pkg: Package = {};
  const namedIds = new Set<string>();
  for (const r of scoring.rules) issuesNamed(r.when, namedIds);
  const named = grid.issueIds.flatMap((id, i) => (namedIds.has(id) ? [i] : []));
  const context: ConditionContext = {
    package: pkg,
    legitimacy: null,
    round: view.round,
    evidencePresented: (id) => presented.has(id),
    partyLeft: (id) => !seated.has(id),
  };
  let lo = Math.min(0, consequence);
  let hi = Math.max(0, consequence);
  for (const r of scoring.rules) {
    if (r.points < 0) lo += r.points;
    else hi += r.points;
  }
  return {
    points(c) {
      const l = legitimacy(c);
      let p = l < threshold ? consequence : 0;
      if (scoring.rules.length === 0) return p;
      for (const i of named) pkg[grid.issueIds[i] as IssueId] = grid.options[i]?.[c[i] ?? 0] ?? '';
      context.legitimacy = l;
      for (const r of scoring.rules) if (holds(r.when, context)) p += r.points;
      return p;
    },
    legitimacy,
    lo,
    hi,
    none: false,
  };
}
