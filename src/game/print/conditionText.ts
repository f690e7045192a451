/**
 * A condition of the scenario format in words, for the printed facilitator guide ("when Legal basis
 * is Specific consent and the privacy NGOs has walked away"): the same words as a party's own
 * scoring rules (ownScoringText.ts), with every name the scenario gives (the guide is the
 * instructor's: it may name any evidence).
 */
import type { Condition, Scenario } from '../../scenario/types.ts';
import { conditionInWords, type ScenarioNames } from '../ownScoringText.ts';

export function namesFromScenario(sc: Scenario): ScenarioNames {
  return {
    issue: (id) => sc.issues.find((i) => i.id === id)?.title ?? id,
    option: (issue, option) =>
      sc.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option,
    party: (id) => sc.parties.find((p) => p.id === id)?.name ?? id,
    evidence: (id) => sc.evidence.find((e) => e.id === id)?.title ?? null,
  };
}

export function conditionText(c: Condition, sc: Scenario): string {
  return conditionInWords(c, namesFromScenario(sc));
}
