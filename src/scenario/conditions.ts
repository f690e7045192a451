/**
 * Evaluating the scenario's declarative conditions (scoring rules and event triggers).
 * Shared by the engine (events, scoring) and the analysis (points of any package), so both agree.
 */
import type { Comparison, Condition } from './schema.ts';
import type { EvidenceId, Package, PartyId } from './types.ts';

/** What a condition can look at. */
export interface ConditionContext {
  /** The package concerned: the agreed one for scoring rules, the text on the table for events (null: none). */
  package: Package | null;
  /** That package's public legitimacy, 0..100 (null when there is no package). */
  legitimacy: number | null;
  /** The round of agreement (scoring) or the current round (events). */
  round: number;
  evidencePresented: (id: EvidenceId) => boolean;
  partyLeft: (id: PartyId) => boolean;
}

export function compare(value: number, c: Comparison): boolean {
  if (c.atLeast !== undefined && value < c.atLeast) return false;
  if (c.atMost !== undefined && value > c.atMost) return false;
  return true;
}

export function holds(condition: Condition, ctx: ConditionContext): boolean {
  // Plain loops, as `every` and `some` would stop: no closure per call (bots score thousands of packages a move).
  if ('all' in condition) {
    for (const c of condition.all) if (!holds(c, ctx)) return false;
    return true;
  }
  if ('any' in condition) {
    for (const c of condition.any) if (holds(c, ctx)) return true;
    return false;
  }
  if ('not' in condition) return !holds(condition.not, ctx);
  if ('is' in condition) return ctx.package !== null && ctx.package[condition.issue] === condition.is;
  if ('oneOf' in condition) {
    const chosen = ctx.package?.[condition.issue];
    return chosen !== undefined && condition.oneOf.includes(chosen);
  }
  if ('legitimacy' in condition) return ctx.legitimacy !== null && compare(ctx.legitimacy, condition.legitimacy);
  if ('round' in condition) return compare(ctx.round, condition.round);
  if ('evidencePresented' in condition) return ctx.evidencePresented(condition.evidencePresented);
  return ctx.partyLeft(condition.partyLeft);
}

/** The issues whose options a condition looks at (analysis groups such issues together). */
export function issuesNamed(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => issuesNamed(c, into));
  else if ('any' in condition) condition.any.forEach((c) => issuesNamed(c, into));
  else if ('not' in condition) issuesNamed(condition.not, into);
  else if ('is' in condition || 'oneOf' in condition) into.add(condition.issue);
  return into;
}

/** True when the condition looks at the package's legitimacy (which depends on every weighted issue). */
export function mentionsLegitimacy(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(mentionsLegitimacy);
  if ('any' in condition) return condition.any.some(mentionsLegitimacy);
  if ('not' in condition) return mentionsLegitimacy(condition.not);
  return 'legitimacy' in condition;
}
