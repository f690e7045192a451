/**
 * Settings that load and play but make part of the scoring meaningless: influence that is zero for
 * everyone under a weighted-majority rule (no deal can ever pass), legitimacy weights all zero (the
 * public's regard never counts), outcome and process weights both zero (every final score is the
 * same), and a majority threshold that one party meets alone (its support is a deal by itself).
 */
import type { Scenario } from '../scenario/types.ts';
import type { AuthoringWarning } from './warning.ts';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function scoringSettingWarnings(scenario: Scenario): AuthoringWarning[] {
  const warnings: AuthoringWarning[] = [];
  const { rule, threshold } = scenario.agreement;
  const parties = scenario.parties;
  const total = parties.reduce((sum, p) => sum + p.influence, 0);

  if (rule === 'weighted-majority' && total === 0)
    warnings.push({
      code: 'influence-all-zero',
      ids: parties.map((p) => p.id),
      moment: 'always',
      message:
        'The agreement rule is a weighted majority but every party has "influence": 0, so no support can ever exceed the threshold and no deal can pass. Give the parties influence (the default is 1).',
    });

  // A deal passes with more than threshold × the parties (or influence) at the table.
  const alone =
    rule === 'majority'
      ? parties.length > 0 && 1 > threshold * parties.length
        ? parties
        : []
      : rule === 'weighted-majority' && total > 0
        ? parties.filter((p) => p.influence > threshold * total)
        : [];
  if (alone.length > 0)
    warnings.push({
      code: 'majority-one-party',
      ids: alone.map((p) => p.id),
      moment: 'always',
      message:
        rule === 'majority'
          ? `With ${parties.length} parties a majority threshold of ${threshold} is met by one party alone (${percent(1 / parties.length)} of the parties is more than ${percent(threshold)}): any single supporter passes a deal. Raise "threshold" in "agreement" to at least ${1 / parties.length}.`
          : `${alone.map((p) => `${p.name} (${p.id})`).join(', ')} alone ${alone.length === 1 ? 'holds' : 'each hold'} more than ${percent(threshold)} of the influence, the weighted-majority threshold: ${alone.length === 1 ? 'its' : 'each one’s'} support alone passes a deal. Raise "threshold" in "agreement" or spread the influence.`,
    });

  const weights = scenario.issues.map((issue) => scenario.legitimacy.weights[issue.id] ?? 1);
  if (weights.length > 0 && weights.every((w) => w === 0))
    warnings.push({
      code: 'legitimacy-weights-all-zero',
      ids: scenario.issues.map((i) => i.id),
      moment: 'always',
      message:
        'Every issue has legitimacy weight 0 ("weights" in "legitimacy"), so a package’s public legitimacy is meaningless and the threshold and its consequence never mean anything. Give at least one issue a positive weight (the default is 1).',
    });

  if (scenario.scoring.outcome === 0 && scenario.scoring.process === 0)
    warnings.push({
      code: 'score-weights-zero',
      ids: [],
      moment: 'always',
      message:
        'Both "outcome" and "process" in "scoring" are 0, so every final score is the same whatever happens at the table. Give them weights (the default is outcome 80, process 20).',
    });
  return warnings;
}
