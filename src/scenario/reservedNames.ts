/**
 * Names JavaScript gives every object (`constructor`, `toString`, `__proto__`, …). An id with such
 * a name would make `record[id]` find a built-in function where the rules expect a party's row or
 * an option's number, so the loader refuses them as ids, and the engine refuses a scenario that
 * carries one (it can only come from code that skipped the loader).
 */
import type { Scenario } from './types.ts';

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
]);

export const isReservedName = (name: string): boolean => RESERVED_NAMES.has(name);

/** "party id "constructor"" for every reserved id in a loaded scenario (none for a loaded file). */
export function reservedIdsIn(scenario: Scenario): string[] {
  const found: string[] = [];
  const check = (kind: string, id: string) => {
    if (isReservedName(id)) found.push(`${kind} id "${id}"`);
  };
  check('scenario', scenario.id);
  for (const p of scenario.parties) check('party', p.id);
  for (const issue of scenario.issues) {
    check('issue', issue.id);
    for (const o of issue.options) check('option', o.id);
  }
  for (const e of scenario.evidence) check('evidence', e.id);
  for (const e of scenario.events) check('event', e.id);
  for (const r of scenario.scoringRules) check('scoring rule', r.id);
  return found;
}
