/** Read-only questions about a GameState, shared by the rules, views and scoring. */
import type { ConditionContext } from '../scenario/conditions.ts';
import { packageLegitimacy } from '../scenario/legitimacy.ts';
import type { Package, PartyId, SheetPoints } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import type { GameState } from './types.ts';

export function atTable(state: GameState, party: PartyId): boolean {
  return compile(state.scenario).partyById.has(party) && !state.left.includes(party);
}

/** The last round: the protocol's, plus any the facilitator added. */
export function lastRound(state: GameState): number {
  return state.scenario.protocol.rounds + (state.extraRounds ?? 0);
}

export function partiesAtTable(state: GameState): PartyId[] {
  return compile(state.scenario).partyIds.filter((p) => !state.left.includes(p));
}

/**
 * Whether a piece of evidence can be presented now: available (from the start or brought in by an
 * event) and already known on the calendar (its date reached by the current round).
 */
export function evidenceUsable(state: GameState, evidence: string): boolean {
  return (
    state.evidenceAvailable[evidence] === true &&
    state.round >= (compile(state.scenario).evidenceFrom.get(evidence) ?? Infinity)
  );
}

/** One option's points on a party's sheet, as events changed it. */
export function pointsFor(state: GameState, party: PartyId, issue: string, option: string): number {
  const base = compile(state.scenario).partyById.get(party)?.sheet[issue]?.[option] ?? 0;
  return base + (state.sheetChanges[party]?.[issue]?.[option] ?? 0);
}

/** A party's whole sheet as events changed it (a fresh object). */
export function effectiveSheet(state: GameState, party: PartyId): SheetPoints {
  const out: SheetPoints = {};
  for (const issue of state.scenario.issues) {
    const row: Record<string, number> = {};
    for (const o of issue.options) row[o.id] = pointsFor(state, party, issue.id, o.id);
    out[issue.id] = row;
  }
  return out;
}

export function effectiveBatna(state: GameState, party: PartyId): number {
  const p = compile(state.scenario).partyById.get(party);
  return (p?.batna.points ?? 0) + (state.batnaChanges[party] ?? 0);
}

/**
 * A package's public legitimacy as it stands. Options are taken in the scenario's issue order
 * whatever the package's key order: floating-point sums depend on their order, and the analysis
 * (src/analysis/domain.ts `legitimacyOf`, space.ts) adds them in that order too, so a deal exactly
 * at a fractional threshold falls on the same side everywhere.
 */
export function legitimacyOf(state: GameState, pkg: Package): number {
  const ordered: Package = {};
  for (const issue of compile(state.scenario).issueIds) {
    const option = pkg[issue];
    if (option !== undefined) ordered[issue] = option;
  }
  return packageLegitimacy(state.legitimacy, state.scenario.legitimacy.weights, ordered);
}

export function conditionContext(state: GameState, pkg: Package | null, round: number): ConditionContext {
  return {
    package: pkg,
    legitimacy: pkg ? legitimacyOf(state, pkg) : null,
    round,
    evidencePresented: (id) => state.presented[id] !== undefined,
    partyLeft: (id) => state.left.includes(id),
  };
}

export function coalitionOf(state: GameState, party: PartyId): PartyId[] | null {
  for (const c of state.coalitions) if (c.includes(party)) return c;
  return null;
}

/** Whether `party` has seen the presentation of this evidence (presented to all or to it). */
export function hasSeen(state: GameState, party: PartyId, evidence: string): boolean {
  const p = state.presented[evidence];
  if (!p) return false;
  return p.by === party || p.to.includes('all') || p.to.includes(party);
}
