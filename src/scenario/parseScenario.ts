/**
 * Loading a scenario: from the bytes of a file to a checked, normalised `Scenario`, or to the list
 * of every problem found, each with line:column, JSON pointer and a sentence. Pure and browser-safe:
 * the CLI reads files with `readScenarioFile`, the page hands over what the trainee dropped.
 *
 * Steps: size → UTF-8 → byte-order mark → emptiness → nesting depth (all quick, before parsing) →
 * strict JSON with positions → over-long lists and unknown fields (cut) → schema → cross-references and
 * text warnings → normalise. Each step is linear in the file's size, and at most
 * MAX_LISTED_PROBLEMS errors and as many warnings are listed, so any file under the size limit is
 * answered in well under two seconds.
 */
import { Value } from '@sinclair/typebox/value';
import { checkCrossReferences } from './crossReferences.ts';
import { decodeText } from './decodeText.ts';
import { findHtmlText } from './htmlText.ts';
import { locateAll, parseDocument, type Finding } from './jsonDocument.ts';
import { fromPointer, parentPointer } from './jsonPointer.ts';
import { MAX_ENTRIES, MAX_ITEMS, MAX_LISTED_PROBLEMS, MAX_NESTING } from './limits.ts';
import { loaderTranslator, type Translate } from './loaderText.ts';
import { prune } from './prune.ts';
import { sameLookingNames } from './textChecks.ts';
import { findBadShape } from './nestingDepth.ts';
import { normalise } from './normalise.ts';
import { languagesOf, localise } from './localise.ts';
import { Condition, Scenario as ScenarioSchema, type ScenarioFile } from './schema.ts';
import { checkSchema } from './schemaProblems.ts';
import { LineIndex } from './textPosition.ts';
import type { LoadResult, Problem } from './types.ts';
import { fileProblem } from './types.ts';

const wholeFile = (file: string, message: string, line = 0, column = 0): LoadResult => ({
  ok: false,
  problems: [{ severity: 'error', file, line, column, pointer: '', message }],
});

/** Removes the unknown fields (already reported as warnings) so the value matches the schema. */
function stripUnknownFields(value: unknown, pointers: string[]): void {
  for (const pointer of pointers) {
    let parent: unknown = value;
    for (const segment of fromPointer(parentPointer(pointer))) {
      parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[segment] : undefined;
    }
    const key = fromPointer(pointer).pop();
    if (key !== undefined && typeof parent === 'object' && parent !== null && Object.hasOwn(parent, key)) {
      delete (parent as Record<string, unknown>)[key];
    }
  }
}

const MAX_ITEMS_ANYWHERE = Math.max(...Object.values(MAX_ITEMS));

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
}

/**
 * The problems sorted by position, at most MAX_LISTED_PROBLEMS of each severity; a last line says
 * how many more there are (the unlisted ones were counted by the checks without being described).
 */
function listed(
  t: Translate,
  file: string,
  problems: Problem[],
  unlistedErrors: number,
  unlistedWarnings: number,
): Problem[] {
  const sorted = problems.sort(byPosition);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const moreErrors = Math.max(0, errors.length - MAX_LISTED_PROBLEMS) + unlistedErrors;
  const moreWarnings = Math.max(0, warnings.length - MAX_LISTED_PROBLEMS) + unlistedWarnings;
  if (moreErrors === 0 && moreWarnings === 0) return sorted;
  const kept = new Set([...errors.slice(0, MAX_LISTED_PROBLEMS), ...warnings.slice(0, MAX_LISTED_PROBLEMS)]);
  const summary = (severity: Problem['severity'], message: string): Problem => fileProblem(file, message, severity);
  return [
    ...sorted.filter((p) => kept.has(p)),
    ...(moreErrors > 0 ? [summary('error', t('loader.file.moreErrors', { n: moreErrors }))] : []),
    ...(moreWarnings > 0 ? [summary('warning', t('loader.file.moreWarnings', { n: moreWarnings }))] : []),
  ];
}

function load(input: string | Uint8Array, file: string, options: ParseOptions, t: Translate): LoadResult {
  const decoded = decodeText(input, t);
  if (!decoded.ok) return wholeFile(file, decoded.message, decoded.line, decoded.column);
  const text = decoded.text;
  const lines = new LineIndex(text);

  const shape = findBadShape(text, MAX_NESTING, MAX_ENTRIES);
  if (shape) {
    const { line, column } = lines.position(shape.offset);
    return wholeFile(
      file,
      shape.problem === 'too-deep'
        ? t('loader.file.tooDeep', { max: MAX_NESTING })
        : shape.kind === 'list'
          ? t('loader.file.listTooLong', { max: MAX_ENTRIES, most: MAX_ITEMS_ANYWHERE })
          : t('loader.file.objectTooFull', { max: MAX_ENTRIES }),
      line,
      column,
    );
  }

  /** Line and column for every finding; those found by pointer are located in one scan. */
  const toProblems = (findings: Finding[]): Problem[] => {
    const byPointer = findings.filter((f) => f.offset === undefined);
    const located = byPointer.length === 0 ? [] : locateAll(text, byPointer);
    const offsets = new Map(byPointer.map((f, i) => [f, located[i] ?? 0]));
    return findings.map((finding) => {
      const { line, column } = lines.position(finding.offset ?? offsets.get(finding) ?? 0);
      return { severity: finding.severity, file, line, column, pointer: finding.pointer, message: finding.message };
    });
  };
  const toProblem = (finding: Finding): Problem => toProblems([finding])[0] as Problem;

  const document = parseDocument(text, t);
  if (!document.ok) return { ok: false, problems: listed(t, file, toProblems(document.findings), 0, 0) };

  const value = document.value;
  const pruned = prune(value, t);
  const schema = checkSchema(value, t);
  stripUnknownFields(value, schema.unknownFields);
  const findings = [
    ...document.findings,
    ...pruned.findings,
    ...schema.findings,
    ...checkCrossReferences(value, t),
    ...sameLookingNames(value, t),
    ...findHtmlText(value, t),
  ];
  const problems = listed(
    t,
    file,
    toProblems(findings),
    document.unlisted + schema.unlisted.errors,
    pruned.unlistedWarnings + schema.unlisted.warnings,
  );
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };

  // Our explanations should cover every schema error; if one slipped through, refuse rather than
  // hand the engine a value of the wrong shape.
  if (!Value.Check(ScenarioSchema, [Condition], value)) {
    const first = Value.Errors(ScenarioSchema, [Condition], value).First();
    const pointer = first?.path ?? '';
    return {
      ok: false,
      problems: [
        ...problems,
        toProblem({
          severity: 'error',
          pointer,
          message: t('loader.file.notValid', { reason: first?.message ?? t('loader.file.unknownReason') }),
        }),
      ].sort(byPosition),
    };
  }
  const languages = languagesOf(value);
  const chosen = options.language !== undefined && languages.includes(options.language) ? options.language : undefined;
  const translation = toProblems(localise(value, options.language ?? '', t)).sort(byPosition);
  const scenario = normalise(value as ScenarioFile, chosen);
  return { ok: true, scenario, warnings: [...problems, ...translation], languages };
}

export interface ParseOptions {
  /**
   * The language to read texts given in several languages in (a language tag such as "fr"); the
   * file's own language when absent or when the file does not offer it. The problems are written in
   * it too when Accord speaks it (the user's locale), else in English.
   */
  language?: string;
}

/**
 * Parses, checks and normalises a scenario file. Never throws: every problem, including a bug of
 * ours, comes back as a `Problem`.
 */
export function parseScenario(input: string | Uint8Array, file: string, options: ParseOptions = {}): LoadResult {
  const t = loaderTranslator(options.language);
  try {
    return load(input, file, options, t);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return wholeFile(file, t('loader.file.internal', { reason }));
  }
}
