/**
 * A condition of the scenario format in words, for the printed facilitator guide ("when the deal
 * picks Specific consent on Legal basis and the privacy NGOs walked away").
 */
import type { Condition, Scenario } from '../../scenario/types.ts';

function comparison(c: { atLeast?: number; atMost?: number }): string {
  if (c.atLeast !== undefined && c.atMost !== undefined) return `between ${c.atLeast} and ${c.atMost}`;
  if (c.atLeast !== undefined) return `at least ${c.atLeast}`;
  return `at most ${c.atMost ?? 0}`;
}

export function conditionText(c: Condition, sc: Scenario): string {
  const issue = (id: string) => sc.issues.find((i) => i.id === id);
  const option = (i: string, o: string) => issue(i)?.options.find((x) => x.id === o)?.label ?? o;
  if ('all' in c) return c.all.map((x) => conditionText(x, sc)).join(' and ');
  if ('any' in c) return `either ${c.any.map((x) => conditionText(x, sc)).join(' or ')}`;
  if ('not' in c) return `not (${conditionText(c.not, sc)})`;
  if ('is' in c) return `the deal picks “${option(c.issue, c.is)}” on ${issue(c.issue)?.title ?? c.issue}`;
  if ('oneOf' in c)
    return `the deal picks ${c.oneOf.map((o) => `“${option(c.issue, o)}”`).join(' or ')} on ${issue(c.issue)?.title ?? c.issue}`;
  if ('legitimacy' in c) return `the deal's legitimacy is ${comparison(c.legitimacy)}`;
  if ('round' in c) return `the round is ${comparison(c.round)}`;
  if ('evidencePresented' in c)
    return `“${sc.evidence.find((e) => e.id === c.evidencePresented)?.title ?? c.evidencePresented}” was presented`;
  return `${sc.parties.find((p) => p.id === c.partyLeft)?.name ?? c.partyLeft} walked away`;
}
