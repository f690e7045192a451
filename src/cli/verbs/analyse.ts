/**
 * `analyse <file>`: what the scenario's outcome space allows, for instructors: its size, the Pareto
 * frontier, the Nash and Kalai–Smorodinsky packages with every party's points, the maximum joint
 * gain, the egalitarian package, the zone of agreement and the logroll opportunities.
 * `--json` prints the same report as JSON (`AnalysisReport` from src/analysis/report.ts).
 */
import { translator, type Locale, type MessageKey, type Translate } from '../../i18n/index.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { grouped, wholeOrTwo } from '../numbers.ts';
import { UsageError, type Verb } from '../verb.ts';
import { analyseSpace, frontierBudget, type AnalysisReport, type PackageReport } from '../../analysis/report.ts';
import type { AnalysisStep } from '../../analysis/report.ts';
import type { RunControl } from '../../analysis/control.ts';
import { domainFromScenario, type Domain } from '../../analysis/domain.ts';
import { compileSpace } from '../../analysis/space.ts';
import { formatProblem } from './validate.ts';

type PackageKind = 'nash' | 'kalaiSmorodinsky' | 'maxJointGain' | 'egalitarian';

function packageLines(kind: PackageKind, pkg: PackageReport | null, t: Translate, locale: Locale): string[] {
  if (!pkg) return [t(`cliVerbs.analyse.${kind}None`)];
  const fmt = (x: number) => wholeOrTwo(locale, x);
  const lines = [t(`cliVerbs.analyse.${kind}`)];
  for (const o of pkg.options)
    lines.push(`    ${t('cliVerbs.analyse.option', { issue: o.issueTitle, label: o.label })}`);
  const pts = pkg.points.map((p) =>
    t('cliVerbs.analyse.partyPoints', { name: p.name, points: fmt(p.points), disagreement: fmt(p.disagreement) }),
  );
  lines.push(`    ${t('cliVerbs.analyse.points', { points: pts.join(t('cliVerbs.analyse.separator')) })}`);
  return lines;
}

/** The analysis report as text, in `locale`; the domain names the parties and issues of the logrolls. */
export function formatReport(title: string, r: AnalysisReport, domain: Domain, locale: Locale = 'en'): string {
  const t = translator(locale);
  const lines: string[] = [t('cliVerbs.analyse.heading', { title }), ''];
  lines.push(t('cliVerbs.analyse.outcomeSpace', { count: r.packages, packages: grouped(locale, r.packages) }));
  if (r.frontier) {
    const values = { count: r.frontier.size, size: grouped(locale, r.frontier.size) };
    lines.push(
      r.frontier.exact
        ? t('cliVerbs.analyse.frontierExact', values)
        : t(
            r.frontier.shortfallIgnoresLegitimacy
              ? 'cliVerbs.analyse.frontierApproximateLegitimacy'
              : 'cliVerbs.analyse.frontierApproximate',
            {
              ...values,
              shortfall: wholeOrTwo(locale, r.frontier.maxShortfall),
            },
          ),
    );
  }
  lines.push('');
  lines.push(...packageLines('nash', r.nash, t, locale));
  lines.push(...packageLines('kalaiSmorodinsky', r.kalaiSmorodinsky, t, locale));
  lines.push(...packageLines('maxJointGain', r.maxJointGain, t, locale));
  lines.push(...packageLines('egalitarian', r.egalitarian, t, locale));
  lines.push('');
  const z = r.zone;
  const rule = t(`cliVerbs.analyse.rules.${z.rule}`);
  lines.push(t(z.exists ? 'cliVerbs.analyse.zoneYes' : 'cliVerbs.analyse.zoneNo', { rule }));
  for (const c of z.coalitions) {
    const key: MessageKey = c.feasible ? 'cliVerbs.analyse.coalitionCarries' : 'cliVerbs.analyse.coalitionCannot';
    lines.push(`  ${t(key, { members: c.members.join(' + ') })}`);
  }
  lines.push('');
  lines.push(t(r.logrolls.length === 0 ? 'cliVerbs.analyse.logrollsNone' : 'cliVerbs.analyse.logrolls'));
  for (const l of r.logrolls) {
    const sentence = t('analysis.priority', {
      p: domain.parties[l.parties[0]]!.name,
      q: domain.parties[l.parties[1]]!.name,
      more: domain.issues[l.issues[0]]!.title,
      less: domain.issues[l.issues[1]]!.title,
    });
    lines.push(`  - ${sentence}`);
  }
  return lines.join('\n');
}

/** Quiet for the first seconds (most files are analysed by then); after, a line now and then. */
const PROGRESS_AFTER_MS = 3000;
const PROGRESS_EVERY_MS = 5000;

/**
 * Each step's progress as a line on standard error ("Analysing the Pareto frontier: 40%…"), at most every few
 * seconds and only once the analysis has run a while: a large file ran for minutes without a word.
 */
export function progressLines(
  t: Translate,
  err: (line: string) => void,
  clock: () => number = Date.now,
): (step: AnalysisStep) => RunControl {
  const started = clock();
  let said = -Infinity;
  return (step) => ({
    onProgress: (done, total) => {
      const now = clock();
      if (now - started < PROGRESS_AFTER_MS || now - said < PROGRESS_EVERY_MS) return;
      said = now;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      err(t('cliVerbs.analyse.progress', { step: t(`protocolRefusals.steps.${step}`), percent }));
    },
  });
}

export const analyseVerb: Verb = {
  name: 'analyse',
  summary: 'cli.verbs.analyse',
  usage: 'cliVerbs.usage.analyse',
  async run({ args, json, out, err, locale, t }) {
    const option = args.find((a) => a.startsWith('--'));
    if (option !== undefined) throw new UsageError(t('cliVerbs.options.unknown', { name: option.slice(2) }));
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0)
      throw new UsageError(t(file === undefined ? 'cliVerbs.analyse.giveOne' : 'cliVerbs.analyse.exactlyOne'));
    const result = await readScenarioFile(file, locale);
    if (!result.ok) {
      for (const p of result.problems) err(formatProblem(p, t));
      err(t('cliVerbs.analyse.invalid', { file }));
      return 1;
    }
    const domain = domainFromScenario(result.scenario);
    const space = compileSpace(domain);
    // The instructor view's budget (the same figures), and a sign of life on standard error once it is long.
    const { report } = analyseSpace(space, {
      ...frontierBudget(space.size),
      stepControl: progressLines(t, err),
    });
    out(
      json ? JSON.stringify({ file, ...report }, null, 2) : formatReport(result.scenario.title, report, domain, locale),
    );
    return 0;
  },
};
