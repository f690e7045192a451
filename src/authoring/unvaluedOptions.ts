/**
 * Evidence and events that point at options nobody values (see stakes.ts for what "values"
 * means): evidence arguing for or against such an option moves nothing that matters, and an event
 * that adds, withdraws or reshapes it changes nothing at the table.
 */
import type { Effect, Scenario } from '../scenario/types.ts';
import { optionKey, stakesOf } from './stakes.ts';
import type { AuthoringWarning } from './warning.ts';

const FIX =
  'Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.';

function labels(scenario: Scenario, issue: string, option: string): { issue: string; option: string } {
  const i = scenario.issues.find((x) => x.id === issue);
  return { issue: i?.title ?? issue, option: i?.options.find((o) => o.id === option)?.label ?? option };
}

function effectVerb(e: Effect): string | null {
  switch (e.type) {
    case 'add-option':
      return 'puts on the table';
    case 'withdraw-option':
      return 'withdraws';
    case 'change-legitimacy':
      return "changes the public's regard for";
    case 'change-points':
      return `changes ${e.party}'s points for`;
    default:
      return null;
  }
}

export function unvaluedOptionWarnings(scenario: Scenario): AuthoringWarning[] {
  const stakes = stakesOf(scenario);
  const out: AuthoringWarning[] = [];
  const nobody =
    'but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it)';
  for (const ev of scenario.evidence) {
    const seen = new Set<string>();
    for (const a of ev.argues) {
      const key = optionKey(a.issue, a.option);
      if (seen.has(key) || stakes.valued(a.issue, a.option)) continue;
      seen.add(key);
      const l = labels(scenario, a.issue, a.option);
      out.push({
        code: 'evidence-on-unvalued-option',
        ids: [ev.id, key],
        moment: 'always',
        message: `Evidence "${ev.title}" (${ev.id}) argues ${a.stance} "${l.option}" on "${l.issue}", ${nobody}: presenting it changes nothing that matters. ${FIX}`,
      });
    }
  }
  for (const ev of scenario.events) {
    const seen = new Set<string>();
    for (const e of ev.effects) {
      if (!('option' in e) || !('issue' in e)) continue;
      const verb = effectVerb(e);
      const key = optionKey(e.issue, e.option);
      if (verb === null || seen.has(key) || stakes.valued(e.issue, e.option)) continue;
      seen.add(key);
      const l = labels(scenario, e.issue, e.option);
      out.push({
        code: 'event-on-unvalued-option',
        ids: [ev.id, key],
        moment: 'always',
        message: `Event "${ev.title}" (${ev.id}) ${verb} "${l.option}" on "${l.issue}", ${nobody}: the event changes nothing at the table. ${FIX}`,
      });
    }
  }
  return out;
}
