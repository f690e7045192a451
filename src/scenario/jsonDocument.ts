/**
 * Strict JSON with positions. jsonc-parser gives a tree whose nodes carry offsets, so every problem
 * found later (by the schema or the cross-reference checks) can say line:column. We build the plain
 * value from that tree ourselves rather than with JSON.parse, so that we can refuse duplicate keys
 * and keys that would tamper with object prototypes.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { fromPointer, toPointer, type Segment } from './jsonPointer.ts';
import { MAX_SYNTAX_ERRORS } from './limits.ts';

/** A problem found in the document, located by offset (syntax) or by pointer (everything else). */
export interface Finding {
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
  /** When known exactly (syntax errors, duplicate keys); otherwise located from `pointer`. */
  offset?: number;
  /** Point at the property's key rather than its value (unknown fields). */
  atKey?: boolean;
}

/** Keys that could reach an object's prototype if some later code assigned them carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedDocument =
  { ok: true; root: Node; value: unknown; findings: Finding[] } | { ok: false; findings: Finding[] };

function syntaxMessage(error: ParseError, text: string): string {
  const at = text.charAt(error.offset);
  const before = text.slice(0, error.offset).trimEnd();
  const trailingComma = before.endsWith(',') && (at === '}' || at === ']');
  if (trailingComma) {
    return `A comma before "${at}" is not allowed in JSON (a trailing comma): remove the comma after the last entry.`;
  }
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (at === "'") return 'Text must be in double quotes ("…"), not single quotes (\'…\').';
      return `Unexpected "${found}" here: JSON allows objects { }, lists [ ], text in double quotes, numbers, true, false and null.`;
    case 'InvalidNumberFormat':
      return `"${found}" is not a number as JSON writes them (for example 12, -3.5 or 0.25).`;
    case 'PropertyNameExpected':
      return 'A field name in double quotes was expected here (such as "id").';
    case 'ValueExpected':
      return 'A value was expected here (text in double quotes, a number, true, false, null, an object or a list).';
    case 'ColonExpected':
      return 'A colon (:) was expected here, between a field name and its value.';
    case 'CommaExpected':
      return 'A comma was expected here, between two entries (is a comma missing at the end of the previous line?).';
    case 'CloseBraceExpected':
      return 'A closing brace } was expected here: an object opened earlier is not closed.';
    case 'CloseBracketExpected':
      return 'A closing bracket ] was expected here: a list opened earlier is not closed.';
    case 'EndOfFileExpected':
      return 'Unexpected text after the end of the scenario: the file must hold exactly one JSON object { … }.';
    case 'InvalidCommentToken':
      return 'Comments are not allowed in JSON: remove this comment (notes can go in a "description" field).';
    case 'UnexpectedEndOfComment':
      return 'This comment is never closed, and comments are not allowed in JSON: remove it.';
    case 'UnexpectedEndOfString':
      return 'This text is not closed: a double quote (") is missing before the end of the line. Write line breaks inside text as \\n.';
    case 'UnexpectedEndOfNumber':
      return 'This number is cut short.';
    case 'InvalidUnicode':
      return 'Invalid \\u escape: write \\u followed by four hexadecimal digits, such as \\u00e9.';
    case 'InvalidEscapeCharacter':
      return 'Invalid escape: after a backslash JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u; write a backslash itself as \\\\.';
    case 'InvalidCharacter':
      return 'A control character (such as a tab or a line break) inside text must be written as an escape (\\t, \\n).';
    default:
      return 'This is not valid JSON.';
  }
}

/** Builds the value of `node`, refusing forbidden keys and reporting duplicate keys. */
function build(node: Node, path: Segment[], findings: Finding[]): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        const pointer = toPointer([...path, key]);
        if (FORBIDDEN_KEYS.has(key)) {
          findings.push({
            severity: 'error',
            pointer,
            offset: keyNode.offset,
            message: `The key "${key}" is not allowed in a scenario (JavaScript reserves it): remove or rename it.`,
          });
          continue;
        }
        if (seen.has(key)) {
          findings.push({
            severity: 'error',
            pointer,
            offset: keyNode.offset,
            message: `"${key}" appears twice in the same object: keep only one (otherwise the last one would silently win).`,
          });
        }
        seen.add(key);
        // Safe: the forbidden keys, the only ones with special meaning on assignment, were refused above.
        result[key] = build(valueNode, [...path, key], findings);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => build(child, [...path, i], findings));
    default:
      return node.value as unknown;
  }
}

/** Parses strict JSON (no comments, no trailing commas) and collects every syntax error. */
export function parseDocument(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const findings: Finding[] = [];
    const offsets = new Set<number>();
    for (const error of errors) {
      // The parser sometimes reports two errors at one spot (e.g. a trailing comma): keep the first.
      if (offsets.has(error.offset)) continue;
      offsets.add(error.offset);
      findings.push({ severity: 'error', pointer: '', offset: error.offset, message: syntaxMessage(error, text) });
    }
    if (findings.length > MAX_SYNTAX_ERRORS) {
      const more = findings.length - MAX_SYNTAX_ERRORS;
      findings.length = MAX_SYNTAX_ERRORS;
      findings.push({
        severity: 'error',
        pointer: '',
        offset: text.length,
        message: `…and ${more} more syntax errors: fix the ones above first (is this really a scenario file?).`,
      });
    }
    if (findings.length === 0)
      findings.push({ severity: 'error', pointer: '', offset: 0, message: 'This is not valid JSON.' });
    return { ok: false, findings };
  }
  const findings: Finding[] = [];
  const value = build(root, [], findings);
  return { ok: true, root, value, findings };
}

/**
 * The node a pointer designates or, when it does not exist (a missing property), the nearest
 * existing ancestor: the object that lacks it. With `atKey`, the property's key node.
 */
export function locate(root: Node, pointer: string, atKey = false): Node {
  let node = root;
  let keyNode: Node | undefined;
  for (const segment of fromPointer(pointer)) {
    if (node.type === 'object') {
      // The last property with that key: the one whose value the document keeps.
      let property: Node | undefined;
      for (const p of node.children ?? []) if (p.children?.[0]?.value === segment) property = p;
      const value = property?.children?.[1];
      if (property === undefined || value === undefined) return node;
      keyNode = property.children?.[0];
      node = value;
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
      const child = node.children?.[Number(segment)];
      if (child === undefined) return node;
      keyNode = undefined;
      node = child;
    } else {
      return node;
    }
  }
  return atKey && keyNode !== undefined ? keyNode : node;
}
