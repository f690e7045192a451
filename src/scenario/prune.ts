/**
 * What the schema check need not see, cut before it runs, in one walk of the value guided by the
 * schema:
 * - lists (and id maps) longer than the schema allows: a file of 2 million entries where 20 are
 *   allowed is refused with one sentence; checking each entry would take TypeBox and the
 *   cross-reference checks minutes and produce millions of problems. The list is trimmed in place to
 *   the allowed length (the file is refused anyway), so every later check looks only at its start;
 * - text that misleads (textChecks.ts), checked here because this walk knows each string's rules;
 * - unknown fields of plain objects: each is a warning and is removed (newer files still load in
 *   older versions of Accord). Listing errors with TypeBox costs microseconds per field, too much
 *   for a file of 200,000 of them. Unknown fields inside conditions and effects, whose shape
 *   depends on the variant meant, are left to the schema check.
 */
import { Kind, type TSchema } from '@sinclair/typebox';
import { didYouMean } from './closest.ts';
import { capitalise, describeLocation } from './describeLocation.ts';
import type { Finding } from './jsonDocument.ts';
import { toPointer, type Segment } from './jsonPointer.ts';
import { ENGLISH, type Translate } from './loaderText.ts';
import { MAX_LISTED_PROBLEMS } from './limits.ts';
import { quote } from './quote.ts';
import { isLocalised } from './localise.ts';
import { Condition, Scenario } from './schema.ts';
import { checkString } from './textChecks.ts';

type Schema = TSchema & {
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  anyOf?: Schema[];
  items?: Schema;
  maxItems?: number;
  maxProperties?: number;
  additionalProperties?: unknown;
  maxGraphemes?: number;
  pattern?: string;
  localText?: boolean;
};

/** The schema's pattern for web addresses; the loader checks such strings are whole http(s) URLs. */
const WEB_ADDRESS = '^https?://';

export interface Pruned {
  findings: Finding[];
  /** Unknown fields removed but not listed (past MAX_LISTED_PROBLEMS). */
  unlistedWarnings: number;
}

/** The warning for an unknown field (`key` in the object at `parent`), with a likely typo. */
export function unknownFieldFinding(
  root: unknown,
  parent: string,
  key: string,
  known: string[],
  t: Translate = ENGLISH,
): Finding {
  return {
    severity: 'warning',
    pointer: parent + toPointer([key]),
    atKey: true,
    message: t('loader.text.unknownField', {
      key: quote(key, 60, t),
      where: describeLocation(root, parent, t),
      hint: didYouMean(key, known, t, 'typoOf'),
    }),
  };
}

const kindOf = (schema: Schema): string => String((schema as unknown as Record<symbol, unknown>)[Kind] ?? '');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Refuses and trims every over-long list and id map of `root`; removes (and reports) unknown fields. */
export function prune(root: unknown, t: Translate = ENGLISH): Pruned {
  const findings: Finding[] = [];
  let unknownFields = 0;
  const unknownField = (path: Segment[], key: string, schema: Schema) => {
    if (++unknownFields > MAX_LISTED_PROBLEMS) return;
    findings.push(unknownFieldFinding(root, toPointer(path), key, Object.keys(schema.properties ?? {}), t));
  };
  const tooMany = (path: Segment[], n: number, max: number) =>
    findings.push({
      severity: 'error',
      pointer: toPointer(path),
      message: t('loader.text.tooManyEntries', {
        where: capitalise(describeLocation(root, toPointer(path), t)),
        n,
        max,
      }),
    });

  const visit = (schema: Schema, value: unknown, path: Segment[]): void => {
    switch (kindOf(schema)) {
      case 'This': // the recursive reference inside Condition
        return visit(Condition as Schema, value, path);
      case 'Object':
        if (isRecord(value))
          for (const key of Object.keys(value)) {
            const property = schema.properties?.[key];
            if (property !== undefined) visit(property, value[key], [...path, key]);
            else if (schema.additionalProperties === false) {
              unknownField(path, key, schema);
              delete value[key];
            }
          }
        return;
      case 'Union':
        // A text, plain or in several languages: walk the form the author used.
        if (schema.localText === true) {
          const form = schema.anyOf?.[typeof value === 'string' ? 0 : 1];
          if (form !== undefined) visit(form, value, path);
          return;
        }
        // A union with a text among its forms (a lesson): a string or a text in several languages.
        {
          const text = schema.anyOf?.find((v) => v.localText === true);
          if (text !== undefined && (typeof value === 'string' || (isRecord(value) && isLocalised(value))))
            return visit(text, value, path);
        }
        // Conditions and effects: each key belongs to the variant that declares it.
        if (isRecord(value))
          for (const key of Object.keys(value)) {
            const property = schema.anyOf?.find((v) => v.properties?.[key] !== undefined)?.properties?.[key];
            if (property !== undefined) visit(property, value[key], [...path, key]);
          }
        return;
      case 'Array':
        if (Array.isArray(value)) {
          const max = schema.maxItems;
          if (max !== undefined && value.length > max) {
            tooMany(path, value.length, max);
            value.length = max;
          }
          const items = schema.items;
          if (items !== undefined) value.forEach((item, i) => visit(items, item, [...path, i]));
        }
        return;
      case 'Record':
        if (isRecord(value)) {
          const keys = Object.keys(value);
          const max = schema.maxProperties;
          if (max !== undefined && keys.length > max) {
            tooMany(path, keys.length, max);
            for (const key of keys.slice(max)) delete value[key];
          }
          const item = Object.values(schema.patternProperties ?? {})[0];
          if (item !== undefined) for (const key of Object.keys(value)) visit(item, value[key], [...path, key]);
        }
        return;
      case 'String':
        if (typeof value === 'string')
          findings.push(
            ...checkString(
              root,
              path,
              value,
              {
                ...(schema.maxGraphemes === undefined ? {} : { maxGraphemes: schema.maxGraphemes }),
                url: schema.pattern === WEB_ADDRESS,
              },
              t,
            ),
          );
        return;
      default:
        return;
    }
  };
  visit(Scenario as Schema, root, []);
  return { findings, unlistedWarnings: Math.max(0, unknownFields - MAX_LISTED_PROBLEMS) };
}
