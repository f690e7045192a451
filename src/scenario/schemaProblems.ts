/**
 * Checks a parsed value against the TypeBox `Scenario` schema and turns every error into a
 * sentence an instructor understands (TypeBox's own messages, "Expected union value", are for
 * programmers). Unions (conditions, effects, triggers) are explained through the variant the author
 * evidently meant, chosen by its keys. Unknown fields are warnings, returned so the caller can strip
 * them: newer files still load in older versions of Accord.
 */
import { Kind, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { didYouMean } from './closest.ts';
import { capitalise, describeLocation } from './describeLocation.ts';
import type { Finding } from './jsonDocument.ts';
import { lastSegment, parentPointer, toPointer } from './jsonPointer.ts';
import { count, MAX_LISTED_PROBLEMS } from './limits.ts';
import { unknownFieldFinding } from './prune.ts';
import { graphemeCount } from './textChecks.ts';
import { isReservedName } from './reservedNames.ts';
import { Condition, Effect, ID_PATTERN, LANGUAGE_TAG, Scenario, Trigger } from './schema.ts';

export interface SchemaCheck {
  findings: Finding[];
  /** Pointers of the unknown fields (each reported as a warning), to strip before normalising. */
  unknownFields: string[];
  /** Problems found past the listed ones (counted, not explained). */
  unlisted: { errors: number; warnings: number };
}

const NONE = { errors: 0, warnings: 0 };

/** A JSON Schema node as TypeBox builds it (string keys are JSON Schema keywords). */
type Schema = TSchema & {
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  items?: Schema;
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  maxGraphemes?: number;
  examples?: unknown[];
  $id?: string;
  localText?: boolean;
};

const kindOf = (schema: Schema): string => String((schema as unknown as Record<symbol, unknown>)[Kind] ?? '');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the common string patterns mean, in words. */
const PATTERNS: Record<string, { noun: string; lookLike: string }> = {
  [ID_PATTERN]: {
    noun: 'an id',
    lookLike:
      'must be an id: lower-case words (letters and digits) joined by single hyphens, such as "research-community"',
  },
  '^#[0-9a-fA-F]{6}$': { noun: 'a colour', lookLike: 'must look like #1f77b4 (a # and six hexadecimal digits)' },
  '^\\d+\\.\\d+(\\.\\d+)?$': { noun: 'a version', lookLike: 'must look like 1.0 or 1.0.0' },
  '^https?://': { noun: 'a web address', lookLike: 'must be a web address starting with http:// or https://' },
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': {
    noun: 'a language tag',
    lookLike: 'must be a language tag such as "en", "fr" or "pt-BR"',
  },
};

/** A short rendering of the value the author wrote. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 42 ? text.slice(0, 40) + '…"' : text;
  }
  return String(value);
}

function range(schema: Schema): string {
  const { minimum: min, maximum: max, exclusiveMinimum: exMin } = schema;
  if (exMin !== undefined)
    return max !== undefined ? ` greater than ${exMin} and at most ${max}` : ` greater than ${exMin}`;
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

const literals = (union: Schema): unknown[] | undefined =>
  union.anyOf?.every((v) => 'const' in v) ? union.anyOf.map((v) => v.const) : undefined;

const listOf = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What a schema expects, as a noun phrase: "a whole number between 1 and 50". */
function expectation(schema: Schema): string {
  switch (kindOf(schema)) {
    case 'Integer':
      return 'a whole number' + range(schema);
    case 'Number':
      return 'a number' + range(schema);
    case 'String':
      return schema.pattern !== undefined
        ? (PATTERNS[schema.pattern]?.noun ?? 'text') + ' in double quotes'
        : 'text in double quotes';
    case 'Boolean':
      return 'true or false';
    case 'Array':
      return 'a list [ … ]';
    case 'Literal':
      return JSON.stringify(schema.const);
    case 'Union': {
      if (schema.localText === true) return 'text in double quotes';
      const values = literals(schema);
      return values ? `one of ${listOf(values)}` : 'an object { … }';
    }
    default:
      return 'an object { … }';
  }
}

/** A placeholder for a value of this schema, used in "add …" suggestions. */
function placeholder(schema: Schema): string {
  switch (kindOf(schema)) {
    case 'Integer':
    case 'Number':
      return '…';
    case 'String':
      return '"…"';
    case 'Boolean':
      return 'true';
    case 'Array':
      return '[ … ]';
    case 'Union': {
      if (schema.localText === true) return '"…"';
      const values = literals(schema);
      return values?.[0] !== undefined ? JSON.stringify(values[0]) : '{ … }';
    }
    default:
      return '{ … }';
  }
}

/** What to write for a missing property: an example when short, else a skeleton of its required keys. */
function suggestion(schema: Schema): string {
  if (kindOf(schema) === 'Object' && schema.properties !== undefined) {
    const keys = schema.required ?? [];
    if (keys.length === 0) return '{ }';
    return `{ ${keys.map((k) => `"${k}": ${schema.properties?.[k] ? placeholder(schema.properties[k]) : '…'}`).join(', ')} }`;
  }
  const example = schema.examples?.[0];
  if (example !== undefined) {
    const text = JSON.stringify(example);
    if (text.length <= 70) return text.replace(/,"/g, ', "').replace(/":/g, '": ');
  }
  return placeholder(schema);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
}

class Explainer {
  readonly findings: Finding[] = [];
  readonly unknownFields: string[] = [];
  private readonly reported = new Set<string>();
  /** Unknown fields past the listed ones: counted, still stripped, not explained one by one. */
  private unlistedUnknownFields = 0;
  private listedErrors = 0;
  private unlistedErrorCount = 0;

  constructor(private readonly root: unknown) {}

  private where(pointer: string): string {
    return describeLocation(this.root, pointer);
  }

  get unlisted(): { errors: number; warnings: number } {
    return { errors: this.unlistedErrorCount, warnings: this.unlistedUnknownFields };
  }

  /** The message is built only for the errors listed: a file can have a hundred thousand. */
  private error(pointer: string, message: () => string): void {
    if (this.reported.has(pointer)) return; // one sentence per place: fix it, then see the next
    this.reported.add(pointer);
    if (this.listedErrors >= MAX_LISTED_PROBLEMS) this.unlistedErrorCount++;
    else {
      this.listedErrors++;
      this.findings.push({ severity: 'error', pointer, message: message() });
    }
  }

  /** Runs TypeBox on `value` (found at `base`) and explains each error. */
  check(schema: Schema, base: string, value: unknown): void {
    for (const error of Value.Errors(schema, [Condition], value)) this.explain(error, base + error.path);
  }

  private explain(error: ValueError, pointer: string): void {
    const schema = error.schema as Schema;
    const value = error.value;
    const subject = () => this.where(pointer);

    if (error.type === ValueErrorType.ObjectAdditionalProperties) {
      this.unknownFields.push(pointer);
      if (this.unknownFields.length > MAX_LISTED_PROBLEMS) {
        this.unlistedUnknownFields++;
        return;
      }
      this.findings.push(
        unknownFieldFinding(
          this.root,
          parentPointer(pointer),
          lastSegment(pointer),
          Object.keys(schema.properties ?? {}),
        ),
      );
      return;
    }

    if (value === undefined) {
      const key = lastSegment(pointer);
      this.error(
        pointer,
        () => `${capitalise(this.where(parentPointer(pointer)))} has no "${key}": add "${key}": ${suggestion(schema)}.`,
      );
      return;
    }

    switch (error.type) {
      case ValueErrorType.Union:
        this.explainUnion(schema, pointer, value);
        return;
      case ValueErrorType.StringMinLength:
        this.error(pointer, () =>
          schema.minLength === 1
            ? `${capitalise(subject())} is empty: write some text.`
            : `${capitalise(subject())} must have at least ${schema.minLength} characters.`,
        );
        return;
      case ValueErrorType.StringMaxLength:
        // Too many characters is reported by the text checks (prune.ts); here, a text whose few
        // characters carry thousands of stacked accents or joiners.
        if (schema.maxGraphemes !== undefined && typeof value === 'string') {
          if (graphemeCount(value, schema.maxGraphemes) <= schema.maxGraphemes)
            this.error(
              pointer,
              () =>
                `${capitalise(subject())} stacks too many accents or joined symbols on its characters (${count(value.length)} UTF-16 units): write plain text.`,
            );
          return;
        }
        this.error(
          pointer,
          () =>
            `${capitalise(subject())} is too long: at most ${schema.maxLength} characters; it has ${typeof value === 'string' ? value.length : '?'}.`,
        );
        return;
      case ValueErrorType.StringPattern: {
        if (schema.pattern === ID_PATTERN && typeof value === 'string' && isReservedName(value)) {
          const other = slug(value) === value ? `${value}-1` : slug(value);
          this.error(
            pointer,
            () =>
              `${capitalise(subject())} is ${show(value)}, a name JavaScript reserves for its own use: choose another id (for example "${other}").`,
          );
          return;
        }
        const known = schema.pattern !== undefined ? PATTERNS[schema.pattern] : undefined;
        const fix =
          known?.noun === 'an id' && typeof value === 'string' && slug(value) !== ''
            ? ` (for example "${slug(value)}")`
            : '';
        this.error(
          pointer,
          () =>
            `${capitalise(subject())} ${known?.lookLike ?? `must match the pattern ${schema.pattern}`}; it is ${show(value)}${fix}.`,
        );
        return;
      }
      case ValueErrorType.ArrayMinItems:
        this.error(
          pointer,
          () =>
            `${capitalise(subject())} needs at least ${schema.minItems} ${schema.minItems === 1 ? 'entry' : 'entries'}; it has ${Array.isArray(value) ? value.length : 0}.`,
        );
        return;
      case ValueErrorType.ArrayMaxItems:
        this.error(
          pointer,
          () =>
            `${capitalise(subject())} can have at most ${schema.maxItems} entries; it has ${Array.isArray(value) ? value.length : '?'}.`,
        );
        return;
      case ValueErrorType.ObjectMaxProperties:
        this.error(
          pointer,
          () =>
            `${capitalise(subject())} can have at most ${schema.maxProperties} entries; it has ${isRecord(value) ? count(Object.keys(value).length) : '?'}.`,
        );
        return;
      case ValueErrorType.Literal:
        this.error(
          pointer,
          () => `${capitalise(subject())} must be ${JSON.stringify(schema.const)}; it is ${show(value)}.`,
        );
        return;
      default: {
        const type = kindOf(schema);
        if (['Integer', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Record', 'Null'].includes(type)) {
          this.error(pointer, () => `${capitalise(subject())} must be ${expectation(schema)}; it is ${show(value)}.`);
        } else {
          this.error(pointer, () => `${capitalise(subject())} is not valid here (${error.message}).`);
        }
      }
    }
  }

  private explainUnion(union: Schema, pointer: string, value: unknown): void {
    const subject = () => this.where(pointer);
    if (union.localText === true) {
      const [plain, several] = union.anyOf ?? [];
      if (typeof value === 'string' && plain) return this.check(plain, pointer, value);
      if (isRecord(value) && several) {
        const tags = Object.keys(value);
        const bad = tags.filter((tag) => !new RegExp(LANGUAGE_TAG).test(tag));
        for (const tag of bad)
          this.error(
            pointer + toPointer([tag]),
            () =>
              `${capitalise(subject())} gives a text under ${JSON.stringify(tag)}, which is not a language tag: use one such as "en", "fr" or "pt-BR".`,
          );
        if (tags.length === 0)
          this.error(pointer, () => `${capitalise(subject())} gives no text: write it in at least one language.`);
        if (bad.length === 0 && tags.length > 0) this.check(several, pointer, value);
        return;
      }
      this.error(
        pointer,
        () =>
          `${capitalise(subject())} must be text in double quotes, or the text in several languages such as {"en": "…", "fr": "…"}; it is ${show(value)}.`,
      );
      return;
    }
    const values = literals(union);
    if (values) {
      const hint = typeof value === 'string' ? didYouMean(value, values.map(String)) : '';
      this.error(
        pointer,
        () => `${capitalise(subject())} must be one of ${listOf(values)}; it is ${show(value)}${hint}.`,
      );
      return;
    }
    const variants = union.anyOf ?? [];
    const noun =
      union === Condition || union.$id === 'Condition'
        ? 'a condition'
        : union === Effect
          ? 'an effect'
          : union === Trigger
            ? 'a trigger'
            : 'an object';
    const forms = variants.map((v) => `{ ${(v.required ?? []).map((k) => `"${k}": …`).join(', ')} }`).join(', ');
    if (!isRecord(value)) {
      const example = variants.find((v) => v.examples?.[0] !== undefined)?.examples?.[0];
      const like = example === undefined ? '' : ` such as ${JSON.stringify(example)}`;
      this.error(pointer, () => `${capitalise(subject())} must be ${noun}${like}; it is ${show(value)}.`);
      return;
    }

    // Effects say what they are with "type": go by it.
    if (variants.every((v) => v.properties?.['type']?.const !== undefined)) {
      const types = variants.map((v) => v.properties?.['type']?.const);
      const chosen = variants.find((v) => v.properties?.['type']?.const === value['type']);
      if (chosen) return this.check(chosen, pointer, value);
      if (value['type'] === undefined) {
        this.error(
          pointer + '/type',
          () => `${capitalise(subject())} has no "type": add "type": one of ${listOf(types)}.`,
        );
      } else {
        const hint = typeof value['type'] === 'string' ? didYouMean(value['type'], types.map(String)) : '';
        this.error(
          pointer + '/type',
          () => `"type" in ${subject()} must be one of ${listOf(types)}; it is ${show(value['type'])}${hint}.`,
        );
      }
      return;
    }

    // Otherwise by the keys present: the variant that knows most of them.
    const keys = Object.keys(value);
    const hits = variants.map((v) => keys.filter((k) => v.properties?.[k] !== undefined).length);
    const best = Math.max(0, ...hits);
    const tied = variants.filter((_, i) => hits[i] === best);
    if (best === 0) {
      this.error(pointer, () => `${capitalise(subject())} is not ${noun}: use one of these forms: ${forms}.`);
      return;
    }
    const only = tied[0];
    if (tied.length === 1 && only !== undefined) return this.check(only, pointer, value);
    const missing = tied.map((v) => (v.required ?? []).filter((k) => !keys.includes(k)));
    if (missing.every((m) => m.length > 0)) {
      const options = [...new Set(missing.flat())].map((k) => `"${k}"`).join(' or ');
      this.error(pointer, () => `${capitalise(subject())} is incomplete: add ${options}.`);
      return;
    }
    const shared = (k: string) => tied.every((v) => v.properties?.[k] !== undefined);
    const mixed = keys.filter((k) => !shared(k) && tied.some((v) => v.properties?.[k] !== undefined));
    this.error(
      pointer,
      () =>
        `${capitalise(subject())} mixes ${mixed.map((k) => `"${k}"`).join(' and ')}: ${noun} uses only one of them` +
        (noun === 'a condition' ? ' (to combine conditions, list them inside "all" or "any").' : '.'),
    );
  }
}

/** Every schema problem of the value, in words; unknown fields as warnings. */
export function checkSchema(value: unknown): SchemaCheck {
  // Checking is several times faster than listing errors: most files are valid.
  if (Value.Check(Scenario, [Condition], value)) return { findings: [], unknownFields: [], unlisted: NONE };
  const explainer = new Explainer(value);
  explainer.check(Scenario as Schema, '', value);
  return { findings: explainer.findings, unknownFields: explainer.unknownFields, unlisted: explainer.unlisted };
}
