/**
 * Texts in several languages (`{ "en": "…", "fr": "…" }`, see `Text` in schema.ts) resolved to one
 * language, in a walk of a checked file guided by the schema: every text becomes the string in the
 * language asked for, else in the file's own language, else in English, else the first given. Past
 * this step every text of the file is a string, as the static types say.
 */
import { Kind, type TSchema } from '@sinclair/typebox';
import type { Finding } from './jsonDocument.ts';
import { toPointer, type Segment } from './jsonPointer.ts';
import { ENGLISH, type Translate } from './loaderText.ts';
import { Condition, LANGUAGE_TAG, Scenario } from './schema.ts';

type Schema = TSchema & {
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  anyOf?: Schema[];
  items?: Schema;
  localText?: boolean;
};

const TAG = new RegExp(LANGUAGE_TAG);
/** An object whose keys are all language tags: a text in several languages. */
export const isLocalised = (v: Record<string, unknown>): boolean => {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => TAG.test(k));
};

const kindOf = (schema: Schema): string => String((schema as unknown as Record<symbol, unknown>)[Kind] ?? '');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `texts` is the text in several languages, or undefined for a plain string (`plain`). */
type Visitor = (
  texts: Record<string, unknown> | undefined,
  path: Segment[],
  set: (text: string) => void,
  plain?: string,
) => void;

/** Calls `onText` for every text given in several languages, with a setter that replaces it. */
function walkTexts(root: unknown, onText: Visitor): void {
  const visit = (schema: Schema, value: unknown, path: Segment[], set: (v: unknown) => void): void => {
    switch (kindOf(schema)) {
      case 'This':
        return visit(Condition as Schema, value, path, set);
      case 'Object':
        if (isRecord(value))
          for (const key of Object.keys(value)) {
            const property = schema.properties?.[key];
            if (property !== undefined) visit(property, value[key], [...path, key], (v) => (value[key] = v));
          }
        return;
      case 'Union':
        if (schema.localText === true) {
          if (isRecord(value)) onText(value, path, set);
          else if (typeof value === 'string') onText(undefined, path, set, value);
          return;
        }
        {
          // A union with a text among its forms (a lesson: a text, or a text with conditions): a
          // string, or an object keyed by language tags, is that text.
          const text = schema.anyOf?.find((v) => v.localText === true);
          if (text !== undefined && (typeof value === 'string' || (isRecord(value) && isLocalised(value))))
            return visit(text, value, path, set);
        }
        if (isRecord(value))
          for (const key of Object.keys(value)) {
            const property = schema.anyOf?.find((v) => v.properties?.[key] !== undefined)?.properties?.[key];
            if (property !== undefined) visit(property, value[key], [...path, key], (v) => (value[key] = v));
          }
        return;
      case 'Array':
        if (Array.isArray(value) && schema.items !== undefined) {
          const items = schema.items;
          value.forEach((item, i) => visit(items, item, [...path, i], (v) => (value[i] = v)));
        }
        return;
      case 'Record': {
        const item = Object.values(schema.patternProperties ?? {})[0];
        if (isRecord(value) && item !== undefined)
          for (const key of Object.keys(value)) visit(item, value[key], [...path, key], (v) => (value[key] = v));
        return;
      }
      default:
        return;
    }
  };
  visit(Scenario as Schema, root, [], () => undefined);
}

/** The languages a file offers: its own (`language`, English by default) and every one a text names. */
export function languagesOf(file: unknown): string[] {
  const base = isRecord(file) && typeof file['language'] === 'string' ? file['language'] : 'en';
  const found = new Set<string>([base]);
  walkTexts(file, (texts) => Object.keys(texts ?? {}).forEach((tag) => found.add(tag)));
  return [...found];
}

/**
 * Resolves every text of `file` (in place) to `language`. Returns one warning per language that some
 * text lacks while others have it (with how many and where the first is), so an author sees what is
 * left to translate; a file in one language gets none.
 */
export function localise(file: unknown, language: string, t: Translate = ENGLISH): Finding[] {
  const base = isRecord(file) && typeof file['language'] === 'string' ? file['language'] : 'en';
  const offered = languagesOf(file);
  const missing = new Map<string, { count: number; first: string }>();
  walkTexts(file, (texts, path, set, plain) => {
    const given = texts ?? { [base]: plain };
    for (const tag of offered)
      if (typeof given[tag] !== 'string') {
        const seen = missing.get(tag);
        missing.set(tag, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? toPointer(path) });
      }
    if (texts === undefined) return;
    const chosen = [language, base, 'en'].map((l) => texts[l]).find((t) => typeof t === 'string');
    set(typeof chosen === 'string' ? chosen : String(Object.values(texts)[0] ?? ''));
  });
  return [...missing].map(([tag, { count, first }]) => ({
    severity: 'warning',
    pointer: first,
    message: t('loader.text.untranslated', { count, tag }),
  }));
}
