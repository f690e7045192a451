/**
 * Issues that cannot be traded: nobody's points depend on them, or every party scores their
 * options alike (each sheet row is the same as every other up to a constant, so all parties rank
 * the options the same way with the same gaps and nobody gives anything by agreeing).
 *
 * An issue counts as scored when some sheet gives its options different points (in the starting
 * sheets or after the events' point changes), when a scoring rule with points names one of its
 * options, or when public legitimacy can cost or earn someone points (a legitimacy consequence or a
 * rule on legitimacy) and the public regards the issue's options differently. Issues named by
 * scoring rules are never "scored alike": the rule may be what sets the parties apart.
 */
import { mentionsLegitimacy } from '../scenario/conditions.ts';
import type { Issue, Scenario, SheetPoints } from '../scenario/types.ts';
import { EPSILON } from './outcomeSpace.ts';
import { issuesNamedByRules, spread, stakesOf } from './stakes.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

function legitimacyScores(scenario: Scenario, issue: Issue): boolean {
  const consequence = Object.values(scenario.legitimacy.consequence?.points ?? {}).some((x) => x !== 0);
  const rule = scenario.scoringRules.some((r) => r.points !== 0 && mentionsLegitimacy(r.when));
  if (!consequence && !rule) return false;
  if ((scenario.legitimacy.weights[issue.id] ?? 1) <= 0) return false;
  return (
    spread(scenario.legitimacy.options[issue.id]) > EPSILON ||
    scenario.events.some((e) => e.effects.some((x) => x.type === 'change-legitimacy' && x.issue === issue.id))
  );
}

function rowsOf(sheets: Record<string, SheetPoints>, scenario: Scenario, issue: Issue): number[][] {
  return scenario.parties.map((p) => issue.options.map((o) => sheets[p.id]?.[issue.id]?.[o.id] ?? 0));
}

/** Every row equals the first up to a constant. */
function alike(rows: number[][]): boolean {
  const first = rows[0] ?? [];
  return rows.every((row) => row.every((x, k) => Math.abs(x - row[0]! - (first[k]! - first[0]!)) < EPSILON));
}

export function issueWarnings(scenario: Scenario, { t }: Say = sayIn()): AuthoringWarning[] {
  const stakes = stakesOf(scenario);
  const named = issuesNamedByRules(scenario);
  const out: AuthoringWarning[] = [];
  for (const issue of scenario.issues) {
    if (named.has(issue.id)) continue;
    const rowSets = stakes.sheetSets.map((sheets) => rowsOf(sheets, scenario, issue));
    const flat = rowSets.every((rows) =>
      rows.every((row) => spread(Object.fromEntries(row.map((x, k) => [k, x]))) < EPSILON),
    );
    if (flat) {
      if (legitimacyScores(scenario, issue)) continue;
      out.push({
        code: 'issue-not-scored',
        ids: [issue.id],
        moment: 'always',
        message: t('authoring.issueNotScored', { title: issue.title, id: issue.id }),
      });
      continue;
    }
    if (!rowSets.every(alike)) continue;
    const row = rowSets[0]!.find((r) => Math.max(...r) - Math.min(...r) > EPSILON) ?? rowSets[0]![0]!;
    const favourite = issue.options[row.indexOf(Math.max(...row))]!;
    out.push({
      code: 'issue-scored-alike',
      ids: [issue.id],
      moment: 'always',
      message: t('authoring.issueScoredAlike', { title: issue.title, id: issue.id, favourite: favourite.label }),
    });
  }
  return out;
}
