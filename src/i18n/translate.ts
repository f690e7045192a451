/**
 * Translation: `translator(locale)` gives a function from a message key and its values to a
 * sentence in that language. Backed by i18next (plural rules and number formats from the platform's
 * Intl), one instance per locale, initialised synchronously from the bundled catalogs so that the
 * pure layers (engine, authoring) can narrate without waiting or touching the network.
 */
import i18next, { type i18n } from 'i18next';
import type { Catalog, MessageKey } from './catalog.ts';
import { en } from './catalogs/en/index.ts';
import { fr } from './catalogs/fr/index.ts';
import { type Locale } from './locale.ts';

export const CATALOGS: Record<Locale, Catalog> = { en, fr };

/** Values put into a message: names and texts as given, numbers formatted by the locale. */
export type MessageValues = Record<string, string | number>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

const instances = new Map<Locale, i18n>();

function instance(locale: Locale): i18n {
  let found = instances.get(locale);
  if (found === undefined) {
    found = i18next.createInstance();
    void found.init({
      lng: locale,
      fallbackLng: false,
      initAsync: false,
      resources: { [locale]: { translation: CATALOGS[locale] } },
      // Texts are added to the page as text nodes, never parsed as HTML: nothing to escape, and
      // escaping would show "&amp;" in a party's name.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, found);
  }
  return found;
}

/**
 * A sentence whose only placeholders are plain `{{name}}` ones, split once into its text and value
 * names, so filling it is a join. The engine narrates every move (thousands per tournament) and
 * i18next resolves each call afresh (about 10 µs); this path gives the same string in a fraction of
 * that. Plurals (`count`), formats (`{{v, number}}`) and nesting go to i18next.
 */
interface Compiled {
  texts: string[];
  names: string[];
}

const PLAIN = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

function compile(catalog: Catalog, key: string): Compiled | null {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string' || node.includes('$t(')) return null;
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of node.matchAll(PLAIN)) {
    texts.push(node.slice(last, m.index));
    names.push(m[1] as string);
    last = m.index + m[0].length;
  }
  const rest = node.slice(last);
  // Any other braces (a format, a nested placeholder) are i18next's to read.
  if (rest.includes('{{') || texts.some((t) => t.includes('{{'))) return null;
  texts.push(rest);
  return { texts, names };
}

const translators = new Map<Locale, Translate>();

/** The translator of a locale (one per locale, so its compiled sentences are kept across callers). */
export function translator(locale: Locale): Translate {
  let found = translators.get(locale);
  if (found === undefined) translators.set(locale, (found = makeTranslator(locale)));
  return found;
}

/** i18next's own answer, for tests that check the fast path against it. */
export function i18nextTranslate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return instance(locale).t(key, values ?? {});
}

function makeTranslator(locale: Locale): Translate {
  const i = instance(locale);
  const compiled = new Map<string, Compiled | null>();
  return (key, values) => {
    let c = compiled.get(key);
    if (c === undefined) compiled.set(key, (c = compile(CATALOGS[locale], key)));
    if (c !== null && (values === undefined || !('count' in values))) {
      let out = c.texts[0] as string;
      for (let k = 0; k < c.names.length; k++) {
        const v = values?.[c.names[k] as string];
        if (v === undefined) return i.t(key, values ?? {});
        out += String(v) + (c.texts[k + 1] as string);
      }
      return out;
    }
    return i.t(key, values ?? {});
  };
}
