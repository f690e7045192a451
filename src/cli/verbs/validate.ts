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
export function formatProblem(p: Problem): string {
  const place = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const at = p.pointer === '' ? '' : ` (at ${p.pointer})`;
  return `${place}: ${p.severity}: ${p.message}${at}`;
}

const count = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

export function summaryLine({ file, result }: FileOutcome): string {
  const problems = problemsOf(result);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (result.ok) {
    const s = result.scenario;
    const what = `"${s.title}": ${count(s.parties.length, 'party', 'parties')}, ${count(s.issues.length, 'issue')}`;
    return `${file}: valid (${what}${warnings > 0 ? `; ${count(warnings, 'warning')}` : ''}).`;
  }
  return `${file}: invalid: ${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''}.`;
}

/** The text report for one file: its problems, then its summary line. Extend here. */
export function reportFile(outcome: FileOutcome): string[] {
  const authoring = outcome.authoring ? formatAuthoringReport(outcome.file, outcome.authoring) : [];
  return [...problemsOf(outcome.result).map(formatProblem), summaryLine(outcome), ...authoring];
}

/** The JSON report for one file. Extend here. */
export function fileReport({ file, result, authoring }: FileOutcome): FileReport {
  const report = authoring
    ? { report: authoring.warnings, ...(authoring.tournament ? { tournament: authoring.tournament } : {}) }
    : {};
  return { file, valid: result.ok, problems: problemsOf(result), ...report };
}

/** `--tournament N`: N bot games per valid file, added to the authoring report. */
function takeTournament(args: string[]): { rest: string[]; games: number } {
  const at = args.indexOf('--tournament');
  if (at < 0) return { rest: args, games: 0 };
  const games = Number(args[at + 1]);
  if (!Number.isInteger(games) || games < 1 || games > 100_000)
    throw new UsageError('--tournament takes a number of games, such as --tournament 50.');
  return { rest: [...args.slice(0, at), ...args.slice(at + 2)], games };
}

export const validateVerb: Verb = {
  name: 'validate',
  summary: 'check scenario files and list every problem with its line:column',
  usage: 'validate <file.json>… [--tournament N]',
  async run({ args, json, out, err }) {
    const { rest, games } = takeTournament(args);
    const given = rest.filter((a) => a !== '');
    if (given.length === 0) throw new UsageError('Give at least one scenario file to validate.');
    // `validate scenarios/*.json` also matches the schema itself, which is not a scenario: skip it.
    const files = given.filter((f) => !f.endsWith('.schema.json'));
    for (const f of given) if (f.endsWith('.schema.json')) err(`${f}: skipped (a JSON Schema, not a scenario).`);
    if (files.length === 0)
      throw new UsageError('Give at least one scenario file to validate (a .schema.json file is not one).');
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      const result = await readScenarioFile(file);
      outcomes.push({
        file,
        result,
        ...(result.ok ? { authoring: authoringSection(result.scenario, { tournamentGames: games }) } : {}),
      });
    }
    const allValid = outcomes.every((o) => o.result.ok);
    if (json) {
      out(JSON.stringify({ files: outcomes.map(fileReport) }, null, 2));
    } else {
      for (const outcome of outcomes) out(reportFile(outcome).join('\n'));
      if (outcomes.length > 1) {
        const valid = outcomes.filter((o) => o.result.ok).length;
        out(`${count(outcomes.length, 'file')} checked: ${valid} valid, ${outcomes.length - valid} invalid.`);
      }
    }
    return allValid ? 0 : 1;
  },
};
