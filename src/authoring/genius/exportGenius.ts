/**
 * An Accord scenario written as a GENIUS domain and one profile per party, so that ANAC agents
 * (GENIUS, negmas) can play Accord's cases.
 *
 * A party's points become a GENIUS utility between 0 and 1: its worst package is 0 and its best 1.
 * An issue's weight is its spread of points (best option minus worst) over the spread of the whole
 * sheet, and an option's evaluation its points above the issue's worst, over the issue's spread
 * (so evaluations lie between 0 and 1, which GENIUS takes as they are). The reservation value is the
 * party's points without a deal (BATNA plus the agreement rule's no-deal consequence) on the same
 * scale. The profile also records what GENIUS ignores and `import genius` reads to bring the
 * points back: `accord-scale`, the spread of the sheet in points, `accord-offset` on each issue,
 * its worst option's points, `accord-points` on each item and on the reservation, the points
 * themselves (utilities in floating point lose the last digit of points such as thirds on the way
 * back), `accord-party`, the party's name, and `accord-id`, the party's id. The
 * domain records the ids too (`accord-id` on the objective, each issue and each item, and
 * `accord-version` on the objective), so that the import gives back the scenario's own ids and a
 * saved game's action log still replays on it. GENIUS reads attributes by name and ignores others.
 *
 * Scoring rules are folded into the sheets where they are additive (their condition looks at one
 * issue's options only); every other rule, public legitimacy's consequence, events and options not
 * on the table at the start cannot be carried, and each gives a warning.
 */
import { translator, type Locale, type Translate } from '../../i18n/index.ts';
import { holds, issuesNamed } from '../../scenario/conditions.ts';
import type { Condition, Scenario, ScoringRule } from '../../scenario/types.ts';
import { xmlAttribute } from './xml.ts';

export interface GeniusFile {
  /** A file name (no folder). */
  name: string;
  xml: string;
}

export interface ExportResult {
  domain: GeniusFile;
  profiles: GeniusFile[];
  warnings: string[];
}

/** True when the condition looks at the package's options only (not legitimacy, rounds, moves). */
function onlyOptions(c: Condition): boolean {
  if ('all' in c) return c.all.every(onlyOptions);
  if ('any' in c) return c.any.every(onlyOptions);
  if ('not' in c) return onlyOptions(c.not);
  return 'is' in c || 'oneOf' in c;
}

/** The warning for a rule that cannot be folded into a sheet, or null when it can. */
function notAdditive(rule: ScoringRule, t: Translate): string | null {
  if (!onlyOptions(rule.when)) return t('genius.export.ruleDependsOnPlay', { rule: rule.id });
  const issues = issuesNamed(rule.when);
  if (issues.size > 1) return t('genius.export.ruleTiesIssues', { rule: rule.id, issues: [...issues].join(', ') });
  return null;
}

/**
 * One party's points as a GENIUS utility. The floor (utility 0) is the party's worst package, or
 * its BATNA when that is lower, so that the reservation value stays within 0..1; the best package
 * is utility 1. When the BATNA is below the worst package, the gap is shared among the issues in
 * proportion to their spreads, so no evaluation reaches 0. Then, for every package,
 * scale × utility + the sum of the offsets is its points, and for no deal, the BATNA.
 */
export function utilitySheet(rows: number[][], noDeal: number) {
  const mins = rows.map((row) => Math.min(...row));
  const spreads = rows.map((row, i) => Math.max(...row) - mins[i]!);
  const lowest = mins.reduce((s, x) => s + x, 0);
  const spread = spreads.reduce((s, x) => s + x, 0);
  const gap = Math.max(0, lowest - noDeal);
  const lifts = spreads.map((x) => (spread > 0 ? (gap * x) / spread : gap / rows.length));
  const scale = spread + gap;
  const width = spreads.map((x, i) => x + lifts[i]!);
  return {
    weights: width.map((w) => (scale > 0 ? w / scale : 1 / rows.length)),
    evaluations: rows.map((row, i) => row.map((p) => (width[i]! > 0 ? (p - mins[i]! + lifts[i]!) / width[i]! : 1))),
    offsets: mins.map((m, i) => m - lifts[i]!),
    scale,
    /** May exceed 1 when the BATNA beats every package: the caller clamps it and says so. */
    reservation: scale > 0 ? (noDeal - lowest + gap) / scale : noDeal > lowest ? 2 : 1,
    best: lowest + spread,
  };
}

const distinct = (xs: string[]) => new Set(xs).size === xs.length && xs.every((x) => x.trim() !== '');
const n = (x: number) => String(Object.is(x, -0) ? 0 : x);

/** The scenario as GENIUS files; the warnings are said in `locale` (English when not given). */
export function exportGenius(scenario: Scenario, locale: Locale = 'en'): ExportResult {
  const t = translator(locale);
  const warnings: string[] = [];
  const issues = scenario.issues
    .map((issue) => ({ ...issue, options: issue.options.filter((o) => o.available) }))
    .filter((issue) => issue.options.length > 0);
  for (const issue of scenario.issues) {
    if (issue.options.every((o) => !o.available)) {
      warnings.push(t('genius.export.issueNotAtStart', { issue: issue.title }));
      continue;
    }
    for (const o of issue.options)
      if (!o.available) warnings.push(t('genius.export.optionNotAtStart', { option: o.label, issue: issue.title }));
  }
  const issueNames = distinct(issues.map((i) => i.title)) ? issues.map((i) => i.title) : issues.map((i) => i.id);
  const valueNames = issues.map((issue) => {
    const labels = issue.options.map((o) => o.label);
    return distinct(labels) ? labels : issue.options.map((o) => o.id);
  });

  // points[k][i][o]: the sheet with additive scoring rules folded in.
  const points = scenario.parties.map((p) =>
    issues.map((issue) => issue.options.map((o) => p.sheet[issue.id]?.[o.id] ?? 0)),
  );
  for (const rule of scenario.scoringRules) {
    const why = notAdditive(rule, t);
    if (why !== null) {
      warnings.push(why);
      continue;
    }
    const issueIndex = issues.findIndex((i) => issuesNamed(rule.when).has(i.id));
    const issue = issues[issueIndex];
    if (!issue) continue;
    issue.options.forEach((o, j) => {
      const context = {
        package: { [issue.id]: o.id },
        legitimacy: null,
        round: 0,
        evidencePresented: () => false,
        partyLeft: () => false,
      };
      if (!holds(rule.when, context)) return;
      scenario.parties.forEach((p, k) => {
        if (rule.parties.includes(p.id)) points[k]![issueIndex]![j]! += rule.points;
      });
    });
  }
  if (
    scenario.legitimacy.consequence?.points &&
    Object.values(scenario.legitimacy.consequence.points).some((x) => x !== 0)
  )
    warnings.push(t('genius.export.legitimacy'));
  if (scenario.events.length > 0) warnings.push(t('genius.export.events', { count: scenario.events.length }));
  if (scenario.agreement.rule !== 'unanimity')
    warnings.push(t('genius.export.agreementRule', { rule: t(`authoring.ruleName.${scenario.agreement.rule}`) }));

  const objective = (attrs: string) =>
    `<objective index="0" etype="objective" type="objective" description="${xmlAttribute(scenario.summary)}" name="${xmlAttribute(scenario.title)}"${attrs}>`;
  const issueOpen = (i: number, attrs = '') =>
    `    <issue index="${i + 1}" etype="discrete" type="discrete" vtype="discrete" name="${xmlAttribute(issueNames[i]!)}"${attrs}>`;

  const domainLines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<negotiation_template>',
    ` <utility_space number_of_issues="${issues.length}">`,
    `  ${objective(` accord-id="${xmlAttribute(scenario.id)}" accord-version="${xmlAttribute(scenario.version)}"`)}`,
  ];
  issues.forEach((issue, i) => {
    domainLines.push(issueOpen(i, ` accord-id="${xmlAttribute(issue.id)}"`));
    issue.options.forEach((o, j) =>
      domainLines.push(
        `      <item index="${j + 1}" value="${xmlAttribute(valueNames[i]![j]!)}" description="${xmlAttribute(o.description || o.label)}" accord-id="${xmlAttribute(o.id)}"/>`,
      ),
    );
    domainLines.push('    </issue>');
  });
  domainLines.push('  </objective>', ' </utility_space>', '</negotiation_template>', '');

  const profiles = scenario.parties.map((party, k) => {
    const rows = points[k]!;
    const noDeal = party.batna.points + (scenario.agreement.noDeal?.points?.[party.id] ?? 0);
    const { weights, evaluations, offsets, scale, reservation, best } = utilitySheet(rows, noDeal);
    if (reservation > 1) warnings.push(t('genius.export.batnaAboveBest', { name: party.name, best: n(best) }));
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<utility_space accord-scale="${n(scale)}" accord-party="${xmlAttribute(party.name)}" accord-id="${xmlAttribute(party.id)}">`,
      ` ${objective('')}`,
    ];
    issues.forEach((_issue, i) => {
      lines.push(issueOpen(i, ` accord-offset="${n(offsets[i]!)}"`));
      evaluations[i]!.forEach((evaluation, j) =>
        lines.push(
          `      <item index="${j + 1}" value="${xmlAttribute(valueNames[i]![j]!)}" evaluation="${n(evaluation)}" accord-points="${n(rows[i]![j]!)}"/>`,
        ),
      );
      lines.push('    </issue>');
    });
    weights.forEach((w, i) => lines.push(`    <weight index="${i + 1}" value="${n(w)}"/>`));
    lines.push(
      '  </objective>',
      ` <reservation value="${n(Math.min(1, reservation))}" accord-points="${n(noDeal)}"/>`,
      '</utility_space>',
      '',
    );
    return { name: `${scenario.id}-${party.id}.xml`, xml: lines.join('\n') };
  });
  return { domain: { name: `${scenario.id}-domain.xml`, xml: domainLines.join('\n') }, profiles, warnings };
}
