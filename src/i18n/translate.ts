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
 * Sentences whose placeholders are plain `{{name}}` (no plural, no format) are filled in directly:
 * the engine writes one on every move, bots replay moves by the thousand, and i18next's `t` costs
 * tens of microseconds a call (it doubled a bot game's time). The rest, and any call missing a
 * value, goes to i18next.
 */
type Fill = (values: MessageValues) => string | null;
const fills = new Map<string, Fill | null>();

function plainFill(locale: Locale, key: string): Fill | null {
  const id = `${locale}:${key}`;
  const known = fills.get(id);
  if (known !== undefined) return known;
  let node: unknown = CATALOGS[locale];
  for (const part of key.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  let fill: Fill | null = null;
  if (typeof node === 'string' && !/\{\{[^}]*[,(]|\$t\(/.test(node)) {
    const parts = node.split(/\{\{\s*([\w.]+)\s*\}\}/);
    fill = (values) => {
      let out = '';
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k] as string;
        if (k % 2 === 0) out += part;
        else {
          const v = values[part];
          if (v === undefined) return null;
          out += String(v);
        }
      }
      return out;
    };
  }
  fills.set(id, fill);
  return fill;
}

export function translator(locale: Locale): Translate {
  const i = instance(locale);
  return (key, values) => {
    const given = values ?? {};
    if (given['count'] === undefined) {
      const text = plainFill(locale, key)?.(given);
      if (text !== null && text !== undefined) return text;
    }
    return i.t(key, given);
  };
}
