/**
 * `analyse <file>`: what the scenario's outcome space allows, for instructors: its size, the Pareto
 * frontier, the Nash and Kalai–Smorodinsky packages with every party's points, the maximum joint
 * gain, the egalitarian package, the zone of agreement and the logroll opportunities.
 * `--json` prints the same report as JSON (`AnalysisReport` from src/analysis/report.ts).
 */
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { analyseDomain, type AnalysisReport, type PackageReport } from '../../analysis/report.ts';
import { domainFromScenario } from '../../analysis/domain.ts';
import { formatProblem } from './validate.ts';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function packageLines(title: string, pkg: PackageReport | null, none: string): string[] {
  if (!pkg) return [`${title}: ${none}`];
  const lines = [`${title}:`];
  for (const o of pkg.options) lines.push(`    ${o.issueTitle}: ${o.label}`);
  const pts = pkg.points.map((p) => `${p.name} ${fmt(p.points)} (no deal ${fmt(p.disagreement)})`);
  lines.push(`    points: ${pts.join('; ')}`);
  return lines;
}

export function formatReport(title: string, r: AnalysisReport): string {
  const lines: string[] = [`Analysis of "${title}"`, ''];
  lines.push(`Outcome space: ${r.packages.toLocaleString('en')} packages.`);
  if (r.frontier) {
    lines.push(
      r.frontier.exact
        ? `Pareto frontier: ${r.frontier.size.toLocaleString('en')} packages (exact).`
        : `Pareto frontier: ${r.frontier.size.toLocaleString('en')} packages (approximate: within ${fmt(r.frontier.maxShortfall)} points per party of the exact one).`,
    );
  }
  lines.push('');
  lines.push(...packageLines('Nash bargaining point', r.nash, "none: no package beats every party's BATNA."));
  lines.push(
    ...packageLines('Kalai–Smorodinsky point', r.kalaiSmorodinsky, "none: no package beats every party's BATNA."),
  );
  lines.push(...packageLines('Maximum joint gain', r.maxJointGain, 'none.'));
  lines.push(...packageLines('Egalitarian package (largest smallest gain over BATNA)', r.egalitarian, 'none.'));
  lines.push('');
  const z = r.zone;
  lines.push(`Zone of possible agreement (${z.rule}): ${z.exists ? 'yes' : 'no'}.`);
  for (const c of z.coalitions) {
    lines.push(
      `  ${c.members.join(' + ')}: ${c.feasible ? "can carry a package that beats every member's BATNA" : "no package beats every member's BATNA"}`,
    );
  }
  lines.push('');
  lines.push(r.logrolls.length === 0 ? 'Logroll opportunities: none found.' : 'Logroll opportunities:');
  for (const l of r.logrolls) lines.push(`  - ${l.sentence}`);
  return lines.join('\n');
}

export const analyseVerb: Verb = {
  name: 'analyse',
  summary: 'cli.verbs.analyse',
  usage: 'analyse <file>',
  async run(ctx) {
    const [file, ...extra] = ctx.args;
    if (file === undefined || extra.length > 0)
      throw new UsageError(
        file === undefined ? 'Give one scenario file to analyse.' : 'analyse takes exactly one file.',
      );
    const result = await readScenarioFile(file, ctx.locale);
    if (!result.ok) {
      for (const p of result.problems) ctx.err(formatProblem(p));
      ctx.err(`${file}: invalid; fix the problems above before analysing it.`);
      return 1;
    }
    const report = analyseDomain(domainFromScenario(result.scenario));
    ctx.out(ctx.json ? JSON.stringify({ file, ...report }, null, 2) : formatReport(result.scenario.title, report));
    return 0;
  },
};
