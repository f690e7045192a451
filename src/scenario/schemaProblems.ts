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
import { MAX_LISTED_PROBLEMS } from './limits.ts';
import { unknownFieldFinding } from './prune.ts';
import { graphemeCount } from './textChecks.ts';
import { isReservedName } from './reservedNames.ts';
import { ENGLISH, type Translate } from './loaderText.ts';
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

/** The common string patterns: the noun for what they expect, the sentence for a value that does not match. */
const PATTERNS: Record<
  string,
  { noun: Expected; sentence: 'patternId' | 'patternColour' | 'patternVersion' | 'patternUrl' | 'patternLanguage' }
> = {
  [ID_PATTERN]: { noun: 'id', sentence: 'patternId' },
  '^#[0-9a-fA-F]{6}$': { noun: 'colour', sentence: 'patternColour' },
  '^\\d+\\.\\d+(\\.\\d+)?$': { noun: 'version', sentence: 'patternVersion' },
  '^https?://': { noun: 'url', sentence: 'patternUrl' },
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': { noun: 'language', sentence: 'patternLanguage' },
};

type Expected = 'id' | 'colour' | 'version' | 'url' | 'language';

/** A short rendering of the value the author wrote. */
export function show(value: unknown, t: Translate = ENGLISH): string {
  if (value === undefined) return t('loader.schema.shown.missing');
  if (value === null) return 'null';
  if (Array.isArray(value))
    return value.length === 0 ? t('loader.schema.shown.emptyList') : t('loader.schema.shown.list');
  if (typeof value === 'object') return t('loader.schema.shown.object');
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 42 ? text.slice(0, 40) + '…"' : text;
  }
  return String(value);
}

function range(schema: Schema, t: Translate): string {
  const { minimum: min, maximum: max, exclusiveMinimum: exMin } = schema;
  if (exMin !== undefined)
    return max !== undefined
      ? t('loader.schema.range.aboveAtMost', { min: exMin, max })
      : t('loader.schema.range.above', { min: exMin });
  if (min !== undefined && max !== undefined) return t('loader.schema.range.between', { min, max });
  if (min !== undefined) return t('loader.schema.range.atLeast', { min });
  if (max !== undefined) return t('loader.schema.range.atMost', { max });
  return '';
}

const literals = (union: Schema): unknown[] | undefined =>
  union.anyOf?.every((v) => 'const' in v) ? union.anyOf.map((v) => v.const) : undefined;

const listOf = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What a schema expects, as a noun phrase: "a whole number between 1 and 50". */
function expectation(schema: Schema, t: Translate): string {
  switch (kindOf(schema)) {
    case 'Integer':
      return t('loader.schema.expect.integer', { range: range(schema, t) });
    case 'Number':
      return t('loader.schema.expect.number', { range: range(schema, t) });
    case 'String': {
      const known = schema.pattern === undefined ? undefined : PATTERNS[schema.pattern];
      return t(`loader.schema.expect.${known?.noun ?? 'text'}`);
    }
    case 'Boolean':
      return t('loader.schema.expect.boolean');
    case 'Array':
      return t('loader.schema.expect.list');
    case 'Literal':
      return JSON.stringify(schema.const);
    case 'Union': {
      if (schema.localText === true) return t('loader.schema.expect.text');
      const values = literals(schema);
      return values ? t('loader.schema.expect.oneOf', { values: listOf(values) }) : t('loader.schema.expect.object');
    }
    default:
      return t('loader.schema.expect.object');
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

  constructor(
    private readonly root: unknown,
    private readonly t: Translate,
  ) {}

  private where(pointer: string): string {
    return describeLocation(this.root, pointer, this.t);
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
    const t = this.t;
    const where = () => capitalise(this.where(pointer));
    const shown = () => show(value, t);

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
          t,
        ),
      );
      return;
    }

    if (value === undefined) {
      const key = lastSegment(pointer);
      this.error(pointer, () =>
        t('loader.schema.missing', {
          where: capitalise(this.where(parentPointer(pointer))),
          key,
          suggestion: suggestion(schema),
        }),
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
            ? t('loader.schema.empty', { where: where() })
            : t('loader.schema.minLength', { where: where(), min: schema.minLength ?? 0 }),
        );
        return;
      case ValueErrorType.StringMaxLength:
        // Too many characters is reported by the text checks (prune.ts); here, a text whose few
        // characters carry thousands of stacked accents or joiners.
        if (schema.maxGraphemes !== undefined && typeof value === 'string') {
          if (graphemeCount(value, schema.maxGraphemes) <= schema.maxGraphemes)
            this.error(pointer, () => t('loader.schema.stacked', { where: where(), n: value.length }));
          return;
        }
        this.error(pointer, () =>
          t('loader.schema.maxLength', {
            where: where(),
            max: schema.maxLength ?? 0,
            n: typeof value === 'string' ? value.length : '?',
          }),
        );
        return;
      case ValueErrorType.StringPattern: {
        if (schema.pattern === ID_PATTERN && typeof value === 'string' && isReservedName(value)) {
          const other = slug(value) === value ? `${value}-1` : slug(value);
          this.error(pointer, () => t('loader.schema.reserved', { where: where(), value: shown(), other }));
          return;
        }
        const known = schema.pattern !== undefined ? PATTERNS[schema.pattern] : undefined;
        this.error(pointer, () => {
          if (known === undefined)
            return t('loader.schema.patternOther', { where: where(), pattern: String(schema.pattern), value: shown() });
          if (known.sentence !== 'patternId')
            return t(`loader.schema.${known.sentence}`, { where: where(), value: shown() });
          const fix =
            typeof value === 'string' && slug(value) !== '' ? t('loader.schema.forExample', { id: slug(value) }) : '';
          return t('loader.schema.patternId', { where: where(), value: shown(), fix });
        });
        return;
      }
      case ValueErrorType.ArrayMinItems:
        this.error(pointer, () =>
          t('loader.schema.minItems', {
            where: where(),
            count: schema.minItems ?? 0,
            n: Array.isArray(value) ? value.length : 0,
          }),
        );
        return;
      case ValueErrorType.ArrayMaxItems:
        this.error(pointer, () =>
          t('loader.schema.maxItems', {
            where: where(),
            max: schema.maxItems ?? 0,
            n: Array.isArray(value) ? value.length : '?',
          }),
        );
        return;
      case ValueErrorType.ObjectMaxProperties:
        this.error(pointer, () =>
          t('loader.schema.maxProperties', {
            where: where(),
            max: schema.maxProperties ?? 0,
            n: isRecord(value) ? Object.keys(value).length : 0,
          }),
        );
        return;
      case ValueErrorType.Literal:
        this.error(pointer, () =>
          t('loader.schema.mustBe', { where: where(), expected: JSON.stringify(schema.const), value: shown() }),
        );
        return;
      default: {
        const type = kindOf(schema);
        if (['Integer', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Record', 'Null'].includes(type)) {
          this.error(pointer, () =>
            t('loader.schema.mustBe', { where: where(), expected: expectation(schema, t), value: shown() }),
          );
        } else {
          this.error(pointer, () => t('loader.schema.notValid', { where: where(), reason: error.message }));
        }
      }
    }
  }

  private explainUnion(union: Schema, pointer: string, value: unknown): void {
    const t = this.t;
    const subject = () => this.where(pointer);
    const where = () => capitalise(subject());
    const shown = () => show(value, t);
    if (union.localText === true) {
      const [plain, several] = union.anyOf ?? [];
      if (typeof value === 'string' && plain) return this.check(plain, pointer, value);
      if (isRecord(value) && several) {
        const tags = Object.keys(value);
        const bad = tags.filter((tag) => !new RegExp(LANGUAGE_TAG).test(tag));
        for (const tag of bad)
          this.error(pointer + toPointer([tag]), () =>
            t('loader.schema.badTag', { where: where(), tag: JSON.stringify(tag) }),
          );
        if (tags.length === 0) this.error(pointer, () => t('loader.schema.noText', { where: where() }));
        if (bad.length === 0 && tags.length > 0) this.check(several, pointer, value);
        return;
      }
      this.error(pointer, () => t('loader.schema.textOrLanguages', { where: where(), value: shown() }));
      return;
    }
    const values = literals(union);
    if (values) {
      const hint = typeof value === 'string' ? didYouMean(value, values.map(String), t) : '';
      this.error(pointer, () =>
        t('loader.schema.oneOf', { where: where(), values: listOf(values), value: shown(), hint }),
      );
      return;
    }
    const variants = union.anyOf ?? [];
    const kind =
      union === Condition || union.$id === 'Condition'
        ? 'condition'
        : union === Effect
          ? 'effect'
          : union === Trigger
            ? 'trigger'
            : 'object';
    const noun = t(`loader.schema.noun.${kind}`);
    const forms = variants.map((v) => `{ ${(v.required ?? []).map((k) => `"${k}": …`).join(', ')} }`).join(', ');
    if (!isRecord(value)) {
      const example = variants.find((v) => v.examples?.[0] !== undefined)?.examples?.[0];
      this.error(pointer, () =>
        example === undefined
          ? t('loader.schema.mustBe', { where: where(), expected: noun, value: shown() })
          : t('loader.schema.mustBeLike', { where: where(), noun, example: JSON.stringify(example), value: shown() }),
      );
      return;
    }

    // Effects say what they are with "type": go by it.
    if (variants.every((v) => v.properties?.['type']?.const !== undefined)) {
      const types = variants.map((v) => v.properties?.['type']?.const);
      const chosen = variants.find((v) => v.properties?.['type']?.const === value['type']);
      if (chosen) return this.check(chosen, pointer, value);
      if (value['type'] === undefined) {
        this.error(pointer + '/type', () => t('loader.schema.noType', { where: where(), types: listOf(types) }));
      } else {
        const hint = typeof value['type'] === 'string' ? didYouMean(value['type'], types.map(String), t) : '';
        this.error(pointer + '/type', () =>
          t('loader.schema.badType', { where: subject(), types: listOf(types), value: show(value['type'], t), hint }),
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
      this.error(pointer, () => t('loader.schema.notNoun', { where: where(), noun, forms }));
      return;
    }
    const only = tied[0];
    if (tied.length === 1 && only !== undefined) return this.check(only, pointer, value);
    const missing = tied.map((v) => (v.required ?? []).filter((k) => !keys.includes(k)));
    if (missing.every((m) => m.length > 0)) {
      const options = [...new Set(missing.flat())].map((k) => `"${k}"`).join(t('loader.schema.orJoin'));
      this.error(pointer, () => t('loader.schema.incomplete', { where: where(), keys: options }));
      return;
    }
    const shared = (k: string) => tied.every((v) => v.properties?.[k] !== undefined);
    const mixed = keys.filter((k) => !shared(k) && tied.some((v) => v.properties?.[k] !== undefined));
    const names = mixed.map((k) => `"${k}"`).join(t('loader.schema.andJoin'));
    this.error(pointer, () =>
      t(kind === 'condition' ? 'loader.schema.mixesConditions' : 'loader.schema.mixes', {
        where: where(),
        keys: names,
        noun,
      }),
    );
  }
}

/** Every schema problem of the value, in words; unknown fields as warnings. */
export function checkSchema(value: unknown, t: Translate = ENGLISH): SchemaCheck {
  // Checking is several times faster than listing errors: most files are valid.
  if (Value.Check(Scenario, [Condition], value)) return { findings: [], unknownFields: [], unlisted: NONE };
  const explainer = new Explainer(value, t);
  explainer.check(Scenario as Schema, '', value);
  return { findings: explainer.findings, unknownFields: explainer.unknownFields, unlisted: explainer.unlisted };
}
