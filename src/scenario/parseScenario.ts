/**
 * Loading a scenario: from the bytes of a file to a checked, normalised `Scenario`, or to the list
 * of every problem found, each with line:column, JSON pointer and a sentence. Pure and browser-safe:
 * the CLI reads files with `readScenarioFile`, the page hands over what the trainee dropped.
 *
 * Steps: size → UTF-8 → byte-order mark → emptiness → nesting depth (all quick, before parsing) →
 * strict JSON with positions → schema → cross-references and text warnings → normalise.
 */
import { Value } from '@sinclair/typebox/value';
import { checkCrossReferences } from './crossReferences.ts';
import { decodeText } from './decodeText.ts';
import { findHtmlText } from './htmlText.ts';
import { locate, parseDocument, type Finding } from './jsonDocument.ts';
import { fromPointer, parentPointer } from './jsonPointer.ts';
import { MAX_NESTING } from './limits.ts';
import { findTooDeep } from './nestingDepth.ts';
import { normalise } from './normalise.ts';
import { Condition, Scenario as ScenarioSchema, type ScenarioFile } from './schema.ts';
import { checkSchema } from './schemaProblems.ts';
import { LineIndex } from './textPosition.ts';
import type { LoadResult, Problem } from './types.ts';

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

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
}

function load(input: string | Uint8Array, file: string): LoadResult {
  const decoded = decodeText(input);
  if (!decoded.ok) return wholeFile(file, decoded.message, decoded.line, decoded.column);
  const text = decoded.text;
  const lines = new LineIndex(text);

  const tooDeep = findTooDeep(text, MAX_NESTING);
  if (tooDeep) {
    const { line, column } = lines.position(tooDeep.offset);
    return wholeFile(
      file,
      `Objects and lists are nested more than ${MAX_NESTING} levels deep here; a scenario needs fewer than 10. Is this really a scenario file?`,
      line,
      column,
    );
  }

  const document = parseDocument(text);
  const toProblem = (finding: Finding): Problem => {
    const offset = finding.offset ?? (document.ok ? locate(document.root, finding.pointer, finding.atKey).offset : 0);
    const { line, column } = lines.position(offset);
    return { severity: finding.severity, file, line, column, pointer: finding.pointer, message: finding.message };
  };
  if (!document.ok) return { ok: false, problems: document.findings.map(toProblem).sort(byPosition) };

  const value = document.value;
  const schema = checkSchema(value);
  stripUnknownFields(value, schema.unknownFields);
  const findings = [...document.findings, ...schema.findings, ...checkCrossReferences(value), ...findHtmlText(value)];
  const problems = findings.map(toProblem).sort(byPosition);
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
          message: `This value is not valid here (${first?.message ?? 'unknown reason'}).`,
        }),
      ].sort(byPosition),
    };
  }
  return { ok: true, scenario: normalise(value as ScenarioFile), warnings: problems };
}

/**
 * Parses, checks and normalises a scenario file. Never throws: every problem, including a bug of
 * ours, comes back as a `Problem`.
 */
export function parseScenario(input: string | Uint8Array, file: string): LoadResult {
  try {
    return load(input, file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return wholeFile(
      file,
      `Accord hit an internal error while reading this file (${reason}). Please report it with the file attached.`,
    );
  }
}
