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

export function translator(locale: Locale): Translate {
  const i = instance(locale);
  return (key, values) => i.t(key, values ?? {});
}
