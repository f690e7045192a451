/** The review's words: names, options and points as the scenario writes them. */
import type { Package, PartyId, Scenario } from '../../engine/index.ts';
import type { PointsChange } from './types.ts';

export function partyName(scenario: Scenario, id: PartyId): string {
  return scenario.parties.find((p) => p.id === id)?.name ?? id;
}

export function issueTitle(scenario: Scenario, issue: string): string {
  return scenario.issues.find((i) => i.id === issue)?.title ?? issue;
}

export function optionLabel(scenario: Scenario, issue: string, option: string): string {
  return scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** Points as a person reads them: whole numbers plain, others to one decimal. */
export function pts(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** "Issue: option; Issue: option" for the issues where `to` differs from `from` (all of `to` when no `from`). */
export function changedOptions(scenario: Scenario, to: Package, from: Package | null): string {
  const parts = scenario.issues
    .filter((i) => to[i.id] !== undefined && (from === null || from[i.id] !== to[i.id]))
    .map((i) => `${i.title}: ${optionLabel(scenario, i.id, to[i.id] as string)}`);
  return parts.length > 0 ? parts.join('; ') : 'the same text';
}

/** " and cost no one anything" / ", at a cost of 4 to the Council" / " and cost no one anything, giving 3 more to the Council". */
export function othersWords(scenario: Scenario, others: readonly PointsChange[]): string {
  const losers = others.filter((o) => o.points < -1e-9);
  const gainers = others.filter((o) => o.points > 1e-9);
  const list = (xs: readonly PointsChange[], more: string) =>
    xs.map((o) => `${pts(Math.abs(o.points))}${more} to ${partyName(scenario, o.party)}`).join(', ');
  if (losers.length > 0) return `, at a cost of ${list(losers, '')}`;
  if (gainers.length > 0) return ` and cost no one anything, giving ${list(gainers, ' more')}`;
  return ' and cost no one anything';
}
