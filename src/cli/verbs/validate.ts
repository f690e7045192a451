/**
 * `validate <file>…`: checks scenario files and prints every problem as
 * `file:line:column: error|warning: message (at /json/pointer)`, then a summary per file.
 * Exit 0 when every file is valid (warnings allowed), 1 otherwise, 2 without a file.
 * After each valid file's summary comes its authoring report (src/authoring): warnings that make
 * a scenario teach badly, which never change the exit code; `--tournament N` adds N bot games.
 *
 * Per-file reporting lives in `reportFile` (text) and `fileReport` (JSON) so that more sections
 * (such as an authoring report on a valid scenario) can be appended in one place.
 */
import { translator, type Locale, type Translate } from '../../i18n/index.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import type { LoadResult, Problem } from '../../scenario/types.ts';
import {
  authoringSection,
  formatAuthoringReport,
  type AuthoringSection,
  type AuthoringWarning,
  type TournamentSummary,
} from '../../authoring/index.ts';

/** What `validate` learnt about one file. */
export interface FileOutcome {
  file: string;
  result: LoadResult;
  /** The authoring report (files that load only). */
  authoring?: AuthoringSection;
}

/** The JSON form of one file's outcome (`--json`). */
export interface FileReport {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Authoring warnings (files that load only); they never change the exit code. */
  report?: AuthoringWarning[];
  /** With `--tournament N`. */
  tournament?: TournamentSummary;
}

export const problemsOf = (result: LoadResult): Problem[] => (result.ok ? result.warnings : result.problems);

/** One problem as compilers print them, so editors and CI can jump to it. */
export function formatProblem(p: Problem, t: Translate = english): string {
  const values = {
    place: p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file,
    severity: t(`cli.severity.${p.severity}`),
    message: p.message,
  };
  return p.pointer === '' ? t('cli.problem', values) : t('cli.problemAt', { ...values, pointer: p.pointer });
}

const english = translator('en');

export function summaryLine({ file, result }: FileOutcome, t: Translate = english): string {
  const problems = problemsOf(result);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const count = problems.length - errors;
  const warnings = t('cli.warnings', { count });
  if (result.ok) {
    const s = result.scenario;
    const values = {
      file,
      title: s.title,
      count: s.parties.length,
      issues: t('cli.issues', { count: s.issues.length }),
    };
    return count > 0 ? t('cli.validWithWarnings', { ...values, warnings }) : t('cli.validNoWarning', values);
  }
  return count > 0
    ? t('cli.invalidWithWarnings', { file, count: errors, warnings })
    : t('cli.invalid', { file, count: errors });
}

/** The text report for one file: its problems, then its summary line. Extend here. */
export function reportFile(outcome: FileOutcome, t: Translate = english, locale: Locale = 'en'): string[] {
  const authoring = outcome.authoring ? formatAuthoringReport(outcome.file, outcome.authoring, locale) : [];
  return [...problemsOf(outcome.result).map((p) => formatProblem(p, t)), summaryLine(outcome, t), ...authoring];
}

/** The JSON report for one file. Extend here. */
export function fileReport({ file, result, authoring }: FileOutcome): FileReport {
  const report = authoring
    ? { report: authoring.warnings, ...(authoring.tournament ? { tournament: authoring.tournament } : {}) }
    : {};
  return { file, valid: result.ok, problems: problemsOf(result), ...report };
}

/** `--tournament N`: N bot games per valid file, added to the authoring report. */
function takeTournament(args: string[], t: Translate): { rest: string[]; games: number } {
  const at = args.indexOf('--tournament');
  if (at < 0) return { rest: args, games: 0 };
  const games = Number(args[at + 1]);
  if (!Number.isInteger(games) || games < 1 || games > 100_000)
    throw new UsageError(t('cliVerbs.options.tournamentGames'));
  return { rest: [...args.slice(0, at), ...args.slice(at + 2)], games };
}

export const validateVerb: Verb = {
  name: 'validate',
  summary: 'cli.verbs.validate',
  usage: 'cliVerbs.usage.validate',
  async run({ args, json, out, err, locale, t }) {
    const { rest, games } = takeTournament(args, t);
    // `--tornament 5` is a mistyped option, not two files to check.
    const option = rest.find((a) => a.startsWith('--'));
    if (option !== undefined) throw new UsageError(t('cliVerbs.options.unknown', { name: option.slice(2) }));
    const given = rest.filter((a) => a !== '');
    if (given.length === 0) throw new UsageError(t('cliVerbs.options.validateGiveOne'));
    // `validate scenarios/*.json` also matches the schema itself, which is not a scenario: skip it.
    const files = given.filter((f) => !f.endsWith('.schema.json'));
    for (const f of given) if (f.endsWith('.schema.json')) err(t('cli.schemaSkipped', { file: f }));
    if (files.length === 0) throw new UsageError(t('cliVerbs.options.validateNotSchema'));
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      const result = await readScenarioFile(file, locale);
      outcomes.push({
        file,
        result,
        ...(result.ok ? { authoring: authoringSection(result.scenario, { tournamentGames: games, locale }) } : {}),
      });
    }
    const allValid = outcomes.every((o) => o.result.ok);
    if (json) {
      out(JSON.stringify({ files: outcomes.map(fileReport) }, null, 2));
    } else {
      for (const outcome of outcomes) out(reportFile(outcome, t, locale).join('\n'));
      if (outcomes.length > 1) {
        const valid = outcomes.filter((o) => o.result.ok).length;
        out(t('cli.filesChecked', { count: outcomes.length, valid, invalid: outcomes.length - valid }));
      }
    }
    return allValid ? 0 : 1;
  },
};
