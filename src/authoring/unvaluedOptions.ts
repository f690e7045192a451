/**
 * Evidence and events that point at options nobody values (see stakes.ts for what "values"
 * means): evidence arguing for or against such an option moves nothing that matters, and an event
 * that adds, withdraws or reshapes it changes nothing at the table.
 */
import type { Effect, Scenario } from '../scenario/types.ts';
import { optionKey, stakesOf } from './stakes.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

function labels(scenario: Scenario, issue: string, option: string): { issue: string; option: string } {
  const i = scenario.issues.find((x) => x.id === issue);
  return { issue: i?.title ?? issue, option: i?.options.find((o) => o.id === option)?.label ?? option };
}

/** The sentence for what an event does to an option (null: it does nothing to one). */
function effectSentence(e: Effect): MessageKey | null {
  switch (e.type) {
    case 'add-option':
      return 'authoring.unvalued.eventAdds';
    case 'withdraw-option':
      return 'authoring.unvalued.eventWithdraws';
    case 'change-legitimacy':
      return 'authoring.unvalued.eventLegitimacy';
    case 'change-points':
      return 'authoring.unvalued.eventPoints';
    default:
      return null;
  }
}

export function unvaluedOptionWarnings(scenario: Scenario, { t }: Say = sayIn()): AuthoringWarning[] {
  const stakes = stakesOf(scenario);
  const out: AuthoringWarning[] = [];
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
        message: t(a.stance === 'for' ? 'authoring.unvalued.evidenceFor' : 'authoring.unvalued.evidenceAgainst', {
          title: ev.title,
          id: ev.id,
          option: l.option,
          issue: l.issue,
        }),
      });
    }
  }
  for (const ev of scenario.events) {
    const seen = new Set<string>();
    for (const e of ev.effects) {
      if (!('option' in e) || !('issue' in e)) continue;
      const sentence = effectSentence(e);
      const key = optionKey(e.issue, e.option);
      if (sentence === null || seen.has(key) || stakes.valued(e.issue, e.option)) continue;
      seen.add(key);
      const l = labels(scenario, e.issue, e.option);
      out.push({
        code: 'event-on-unvalued-option',
        ids: [ev.id, key],
        moment: 'always',
        message: t(sentence, {
          title: ev.title,
          id: ev.id,
          option: l.option,
          issue: l.issue,
          ...(e.type === 'change-points' ? { party: e.party } : {}),
        }),
      });
    }
  }
  return out;
}
