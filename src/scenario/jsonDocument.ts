/**
 * Strict JSON with positions, in time linear in the text. The value comes from the browser's own
 * `JSON.parse` (native, and it never lets a key reach a prototype: "__proto__" becomes a plain
 * property). Scans of the text (no tree: a tree of five million nodes takes seconds) add what
 * JSON.parse does not say: every syntax error with a sentence (jsonc-parser), duplicate keys and
 * reserved keys (refused, with their place), and, once all checks have run, the line:column of every
 * problem found by pointer (`locateAll`, one scan for all of them).
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { fromPointer, toPointer, type Segment } from './jsonPointer.ts';
import { walkJson } from './jsonWalk.ts';
import { quote } from './quote.ts';
import { MAX_LISTED_PROBLEMS, MAX_SYNTAX_ERRORS } from './limits.ts';
import { ENGLISH, type Translate } from './loaderText.ts';

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
  | {
      ok: true;
      value: unknown;
      /** Duplicate and reserved keys, the first MAX_LISTED_PROBLEMS of them. */
      findings: Finding[];
      /** How many more duplicate or reserved keys there are. */
      unlisted: number;
    }
  | { ok: false; findings: Finding[] };

interface ParseError {
  error: ParseErrorCode;
  offset: number;
  length: number;
}

function syntaxMessage(error: ParseError, text: string, t: Translate): string {
  const at = text.charAt(error.offset);
  const before = text.slice(0, error.offset).trimEnd();
  const trailingComma = before.endsWith(',') && (at === '}' || at === ']');
  if (trailingComma) return t('loader.syntax.trailingComma', { at });
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return at === "'" ? t('loader.syntax.singleQuotes') : t('loader.syntax.unexpected', { found });
    case 'InvalidNumberFormat':
      return t('loader.syntax.badNumber', { found });
    case 'PropertyNameExpected':
      return t('loader.syntax.nameExpected');
    case 'ValueExpected':
      return t('loader.syntax.valueExpected');
    case 'ColonExpected':
      return t('loader.syntax.colonExpected');
    case 'CommaExpected':
      return t('loader.syntax.commaExpected');
    case 'CloseBraceExpected':
      return t('loader.syntax.braceExpected');
    case 'CloseBracketExpected':
      return t('loader.syntax.bracketExpected');
    case 'EndOfFileExpected':
      return t('loader.syntax.endExpected');
    case 'InvalidCommentToken':
      return t('loader.syntax.comment');
    case 'UnexpectedEndOfComment':
      return t('loader.syntax.openComment');
    case 'UnexpectedEndOfString':
      return t('loader.syntax.openString');
    case 'UnexpectedEndOfNumber':
      return t('loader.syntax.shortNumber');
    case 'InvalidUnicode':
      return t('loader.syntax.badUnicode');
    case 'InvalidEscapeCharacter':
      return t('loader.syntax.badEscape');
    case 'InvalidCharacter':
      return t('loader.syntax.controlCharacter');
    default:
      return t('loader.syntax.invalid');
  }
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Every syntax error of a text JSON.parse refused, each with a sentence (at most MAX_SYNTAX_ERRORS). */
function syntaxErrors(text: string, nativeError: unknown, t: Translate): Finding[] {
  const findings: Finding[] = [];
  const offsets = new Set<number>();
  let more = 0;
  visit(
    text,
    {
      onError: (error, offset, length) => {
        // The parser sometimes reports two errors at one spot (e.g. a trailing comma): keep the first.
        if (offsets.has(offset)) return;
        offsets.add(offset);
        if (findings.length >= MAX_SYNTAX_ERRORS) more++;
        else
          findings.push({
            severity: 'error',
            pointer: '',
            offset,
            message: syntaxMessage({ error, offset, length }, text, t),
          });
      },
    },
    STRICT,
  );
  if (more > 0) {
    findings.push({
      severity: 'error',
      pointer: '',
      offset: text.length,
      message: t('loader.syntax.more', { n: more }),
    });
  }
  if (findings.length === 0) {
    // JSON.parse and jsonc-parser disagree (a rare character jsonc-parser takes for white space):
    // JSON.parse's own message, at the position it gives.
    const reason = nativeError instanceof Error ? nativeError.message : String(nativeError);
    const at = /position (\d+)/.exec(reason)?.[1];
    findings.push({
      severity: 'error',
      pointer: '',
      offset: at === undefined ? 0 : Number(at),
      message: t('loader.syntax.native', { reason }),
    });
  }
  return findings;
}

/** Where the scan stands: the containers open around the current token. */
interface Frame {
  array: boolean;
  /** Next index (arrays) */
  index: number;
  /** The property whose value comes next (objects). */
  key: string;
  /** Keys seen so far (objects). */
  keys: Set<string> | null;
}

/** Duplicate keys and reserved keys, in document order; reserved ones are deleted from `value`. */
function checkKeys(text: string, value: unknown, t: Translate): { findings: Finding[]; unlisted: number } {
  const findings: Finding[] = [];
  let unlisted = 0;
  const stack: Frame[] = [];
  const reservedAt: string[][] = [];
  const pathTo = (key: string): Segment[] => [...stack.slice(0, -1).map((f) => (f.array ? f.index - 1 : f.key)), key];
  const report = (pointer: string, offset: number, message: string) => {
    if (findings.length >= MAX_LISTED_PROBLEMS) unlisted++;
    else findings.push({ severity: 'error', pointer, offset, message });
  };
  const valueStarts = () => {
    const parent = stack[stack.length - 1];
    if (parent?.array) parent.index++;
  };
  walkJson(text, {
    objectBegin: () => {
      valueStarts();
      stack.push({ array: false, index: 0, key: '', keys: new Set() });
    },
    arrayBegin: () => {
      valueStarts();
      stack.push({ array: true, index: 0, key: '', keys: null });
    },
    end: () => void stack.pop(),
    literal: valueStarts,
    key: (key, offset) => {
      const frame = stack[stack.length - 1];
      if (frame === undefined || frame.keys === null) return;
      frame.key = key;
      if (FORBIDDEN_KEYS.has(key)) {
        const path = pathTo(key);
        reservedAt.push(path.map(String));
        report(toPointer(path), offset, t('loader.syntax.reservedKey', { key }));
      } else if (frame.keys.has(key)) {
        report(toPointer(pathTo(key)), offset, t('loader.syntax.duplicateKey', { key: quote(key, 60, t) }));
      }
      frame.keys.add(key);
    },
  });
  // The path of a reserved key counts array entries as the scan saw them, which JSON.parse built alike.
  for (const path of reservedAt) {
    let parent: unknown = value;
    for (const segment of path.slice(0, -1))
      parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[segment] : undefined;
    const key = path[path.length - 1];
    if (key !== undefined && typeof parent === 'object' && parent !== null && Object.hasOwn(parent, key))
      delete (parent as Record<string, unknown>)[key];
  }
  return { findings, unlisted };
}

/** Parses strict JSON (no comments, no trailing commas) and collects every syntax error. */
export function parseDocument(text: string, t: Translate = ENGLISH): ParsedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, findings: syntaxErrors(text, e, t) };
  }
  return { ok: true, value, ...checkKeys(text, value, t) };
}

/** A node of the pointers asked for, by segment; offsets are filled in by the scan. */
interface Wanted {
  children: Map<string, Wanted>;
  offset?: number;
  keyOffset?: number;
}

/**
 * The offset of each pointer's value in the text (with `atKey`, of its key) or, when it does not
 * exist (a missing property), of the nearest existing ancestor: the object that lacks it. One scan
 * of the text for all pointers. A key given twice is located at its last occurrence, the one
 * whose value the document keeps.
 */
export function locateAll(text: string, requests: { pointer: string; atKey?: boolean }[]): number[] {
  const root: Wanted = { children: new Map() };
  const paths = requests.map((r) => fromPointer(r.pointer));
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
  }
  // For each open container: its node among the wanted ones (null: nothing wanted inside).
  const stack: { node: Wanted | null; array: boolean; index: number; key: Wanted | null }[] = [];
  const valueAt = (offset: number): Wanted | null => {
    const parent = stack[stack.length - 1];
    let node: Wanted | null;
    if (parent === undefined) node = root;
    else if (parent.array) node = parent.node?.children.get(String(parent.index++)) ?? null;
    else node = parent.key;
    if (node !== null) node.offset = offset;
    return node;
  };
  walkJson(text, {
    objectBegin: (offset) => void stack.push({ node: valueAt(offset), array: false, index: 0, key: null }),
    arrayBegin: (offset) => void stack.push({ node: valueAt(offset), array: true, index: 0, key: null }),
    end: () => void stack.pop(),
    literal: (offset) => void valueAt(offset),
    key: (key, offset) => {
      const frame = stack[stack.length - 1];
      if (frame === undefined) return;
      frame.key = frame.node?.children.get(key) ?? null;
      if (frame.key !== null) frame.key.keyOffset = offset;
    },
  });
  return requests.map((request, i) => {
    let node = root;
    let offset = root.offset ?? 0;
    const path = paths[i] ?? [];
    for (let k = 0; k < path.length; k++) {
      const child = node.children.get(path[k] ?? '');
      if (child?.offset === undefined) return offset;
      node = child;
      offset = k === path.length - 1 && request.atKey && child.keyOffset !== undefined ? child.keyOffset : child.offset;
    }
    return offset;
  });
}
