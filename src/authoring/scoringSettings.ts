/**
 * Settings that load and play but make part of the scoring meaningless: influence that is zero for
 * everyone under a weighted-majority rule (no deal can ever pass), legitimacy weights all zero (the
 * public's regard never counts), outcome and process weights both zero (they weigh nothing: the
 * final score falls back to 80/20), and a majority threshold that one party meets alone (its support is a deal by itself).
 */
import type { Scenario } from '../scenario/types.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

export function scoringSettingWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const { t } = say;
  const percent = (x: number) => say.pct(Math.round(x * 1000) / 10);
  const warnings: AuthoringWarning[] = [];
  const { rule, threshold } = scenario.agreement;
  const parties = scenario.parties;
  const total = parties.reduce((sum, p) => sum + p.influence, 0);

  if (rule === 'weighted-majority' && total === 0)
    warnings.push({
      code: 'influence-all-zero',
      ids: parties.map((p) => p.id),
      moment: 'always',
      message: t('authoring.influenceAllZero'),
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
          ? t('authoring.majorityOneParty', {
              parties: parties.length,
              threshold: say.num(threshold),
              share: percent(1 / parties.length),
              limit: percent(threshold),
              least: say.num(1 / parties.length),
            })
          : t('authoring.weightedOneParty', {
              count: alone.length,
              parties: alone.map((p) => t('authoring.partyRef', { name: p.name, id: p.id })).join(', '),
              limit: percent(threshold),
            }),
    });

  const weights = scenario.issues.map((issue) => scenario.legitimacy.weights[issue.id] ?? 1);
  if (weights.length > 0 && weights.every((w) => w === 0))
    warnings.push({
      code: 'legitimacy-weights-all-zero',
      ids: scenario.issues.map((i) => i.id),
      moment: 'always',
      message: t('authoring.legitimacyWeightsZero'),
    });

  if (scenario.scoring.outcome === 0 && scenario.scoring.process === 0)
    warnings.push({
      code: 'score-weights-zero',
      ids: [],
      moment: 'always',
      message: t('authoring.scoreWeightsZero'),
    });
  return warnings;
}
