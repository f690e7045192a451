/**
 * Translation: `translator(locale)` gives a function from a message key and its values to a
 * sentence in that language. Backed by i18next (plural rules and number formats from the platform's
 * Intl), one instance per locale, initialised synchronously from the catalogs at hand so that the
 * pure layers (engine, authoring) can narrate without waiting or touching the network.
 *
 * The catalogs at hand: all of them in Node and the workers (catalogs/bundled.ts); in the browser's
 * page, those it has loaded (load.ts). A sentence asked of a language not loaded is a mistake of the
 * page's and throws, naming the language; making a translator does not (modules make theirs early).
 */
import i18next, { type i18n } from 'i18next';
import type { Catalog, MessageKey } from './catalog.ts';
import { BUNDLED } from './catalogs/bundled.ts';
import { type Locale } from './locale.ts';
import { withMinusSign } from './minusSign.ts';

const catalogs: Partial<Record<Locale, Catalog>> = { ...BUNDLED };

/**
 * Every catalog, for Node programs and tests that read the sentences themselves. Not for the browser's
 * code: its page holds only the languages it loaded (`catalogOf`, `hasMessage`; test/i18n/catalogsOnDemand.test.ts).
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = BUNDLED;

/** Whether the sentences of `locale` are here (always, but in the browser's page: load.ts). */
export function hasCatalog(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Adds a loaded language (load.ts). */
export function addCatalog(locale: Locale, catalog: Catalog): void {
  catalogs[locale] = catalog;
}

/** The sentences of `locale`; throws when the page has not loaded them. */
export function catalogOf(locale: Locale): Catalog {
  const found = catalogs[locale];
  if (found === undefined)
    throw new Error(`The ${locale} sentences are not loaded on this page (loadCatalogs in src/i18n/load.ts).`);
  return found;
}

/** Whether `key` names a sentence of its own in `locale` (a strategy registered without one, for instance). */
export function hasMessage(locale: Locale, key: string): boolean {
  let node: unknown = catalogOf(locale);
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

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
      resources: { [locale]: { translation: catalogOf(locale) } },
      // Texts are added to the page as text nodes, never parsed as HTML: nothing to escape, and
      // escaping would show "&amp;" in a party's name.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    addFigureFormats(found, locale);
    instances.set(locale, found);
  }
  return found;
}

/**
 * `{{name, number}}` (and `number(…)`): a figure as the language writes it, a negative one with the minus sign
 * (withMinusSign: a BATNA of "−12" in a computer's reason, a logroll's "Industry −2", as the sheets write them, not
 * "-12"), and 0 for −0.
 */
export function numberFormat(locale: Locale): (value: unknown, options?: Intl.NumberFormatOptions) => string {
  return (value, options) =>
    withMinusSign(new Intl.NumberFormat(locale, options).format(Object.is(value, -0) ? 0 : (value as number)));
}

/**
 * `{{name, points}}` (and `points(…)`, the number's options as for `number`): the figure, as `number` writes it, and
 * the word for points as the language makes it agree with it (common.pointWord_one / _other): "1 point",
 * "12 points", « 0 point », « 1,5 point ». A sentence that wrote "{{n, number}} points" said "1 points", and in
 * French « 0 points » wherever a text was worth nothing to the reader.
 */
export function pointsFormat(locale: Locale): (value: unknown, options?: Intl.NumberFormatOptions) => string {
  const unit = unitWord(locale);
  const figure = numberFormat(locale);
  return (value, options) => figure(value, options) + unit(value);
}

/** Teaches an i18next instance Accord's `number` and `points` formats (translator.test.ts's reference instance too). */
export function addFigureFormats(instance: i18n, locale: Locale): void {
  const number = numberFormat(locale);
  const points = pointsFormat(locale);
  instance.services.formatter?.add('number', (value, _lng, options) =>
    number(value, options as Intl.NumberFormatOptions),
  );
  instance.services.formatter?.add('points', (value, _lng, options) =>
    points(value, options as Intl.NumberFormatOptions),
  );
}

/**
 * A sentence whose placeholders are plain `{{name}}` ones or numbers (`{{name, number}}`,
 * `{{name, number(useGrouping: false)}}`), split once into its text and value slots, so filling it is a
 * join. The engine narrates every move and explains every preview (thousands per tournament) and
 * i18next resolves each call afresh (about 10 µs); this path gives the same string in a fraction of
 * that (test/i18n/translator.test.ts compares every sentence of every catalog with i18next's).
 * Plurals (`count`), other formats and nesting go to i18next.
 */
interface Slot {
  name: string;
  /** The number format of a `{{name, number(…)}}` slot, as i18next would build it. */
  number: Intl.NumberFormat | null;
  /** For a `{{name, points(…)}}` slot: the word after the figure, for its value (pointsFormat). */
  unit: ((v: unknown) => string) | null;
  /**
   * Values this slot's number format has written (Intl's format costs microseconds, and the previews
   * and scores of a tournament write the same few figures thousands of times; 2% of a Safe Harbor
   * tournament): the same string for the same value. −0 (written 0, but the same Map key as 0) is
   * never looked up.
   */
  written: Map<unknown, string>;
}

/** How many values a slot keeps written (a bound on its memory, whatever the values). */
const MAX_WRITTEN = 512;

function written(slot: Slot, format: Intl.NumberFormat, v: unknown): string {
  // A figure is never "−0", and a negative one has the minus sign (numberFormat).
  if (Object.is(v, -0)) return format.format(0);
  let s = slot.written.get(v);
  if (s === undefined) {
    s = withMinusSign(format.format(v as number));
    if (slot.written.size < MAX_WRITTEN) slot.written.set(v, s);
  }
  return s;
}

interface Compiled {
  texts: string[];
  slots: Slot[];
}

const SLOT = /\{\{\s*([A-Za-z_][\w]*)\s*(?:,\s*(number|points)\s*(?:\(([^)]*)\))?\s*)?\}\}/g;
const FORMATTED = /\{\{\s*[A-Za-z_][\w]*\s*,/;

/** i18next's reading of `number(a: x; b: y)` options: booleans, integers, else the text. */
function numberOptions(spec: string | undefined): Intl.NumberFormatOptions {
  const out: Record<string, string | number | boolean> = {};
  for (const opt of (spec ?? '').split(';')) {
    if (!opt) continue;
    const [key, ...rest] = opt.split(':');
    const val = rest
      .join(':')
      .trim()
      .replace(/^'+|'+$/g, '');
    const k = (key ?? '').trim();
    out[k] =
      val === 'false' ? false : val === 'true' ? true : val !== '' && !isNaN(Number(val)) ? parseInt(val, 10) : val;
  }
  return out as Intl.NumberFormatOptions;
}

function compile(catalog: Catalog, locale: Locale, key: string): Compiled | null {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string' || node.includes('$t(')) return null;
  const texts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of node.matchAll(SLOT)) {
    texts.push(node.slice(last, m.index));
    const number = m[2] ? new Intl.NumberFormat(locale, numberOptions(m[3])) : null;
    const unit = m[2] === 'points' ? unitWord(locale) : null;
    slots.push({ name: m[1] as string, number, unit, written: new Map() });
    last = m.index + m[0].length;
  }
  const rest = node.slice(last);
  // Any other braces (another format, a nested placeholder) are i18next's to read.
  if (rest.includes('{{') || texts.some((t) => t.includes('{{') || FORMATTED.test(t))) return null;
  texts.push(rest);
  return { texts, slots };
}

/** The ' point' or ' points' after a `points` slot's figure (pointsFormat's word, for the fast path). */
function unitWord(locale: Locale): (v: unknown) => string {
  const rules = new Intl.PluralRules(locale);
  const words = (catalogOf(locale) as { common: Record<string, string> }).common;
  return (v) => ` ${words[`pointWord_${rules.select(Number(v))}`] ?? words.pointWord_other}`;
}

const translators = new Map<Locale, Translate>();

/** The translator of a locale (one per locale, so its compiled sentences are kept across callers). */
export function translator(locale: Locale): Translate {
  let found = translators.get(locale);
  if (found === undefined) translators.set(locale, (found = makeTranslator(locale)));
  return found;
}

function makeTranslator(locale: Locale): Translate {
  // Made at its first sentence, not here: a module may make its translator before the page has loaded
  // the language (catalogOf throws then).
  let made: i18n | null = null;
  const i = { t: (key: string, values: MessageValues) => (made ??= instance(locale)).t(key, values) };
  const compiled = new Map<string, Compiled | null>();
  return (key, values) => {
    let c = compiled.get(key);
    if (c === undefined) compiled.set(key, (c = compile(catalogOf(locale), locale, key)));
    if (c !== null && (values === undefined || !('count' in values))) {
      let out = c.texts[0] as string;
      for (let k = 0; k < c.slots.length; k++) {
        const slot = c.slots[k] as Slot;
        const v = values?.[slot.name];
        if (v === undefined) return i.t(key, values ?? {});
        // Intl reads a numeric string exactly, as i18next passes it on.
        out +=
          (slot.number ? written(slot, slot.number, v) : String(v)) +
          (slot.unit ? slot.unit(v) : '') +
          (c.texts[k + 1] as string);
      }
      return out;
    }
    return i.t(key, values ?? {});
  };
}
