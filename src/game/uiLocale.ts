/**
 * The language of the screens: the browser's (`navigator.languages`, matched to one Accord speaks)
 * unless the person chose another with the language switch, which is remembered on this device.
 * Every screen reads its words through `t` and its numbers through `formatNumber`/`formatPercent`;
 * a change of language tells the listeners (the app shell re-renders the screen that is up). The
 * store's notices follow the same language (setStoreLocale).
 */
import {
  LOCALES,
  isLocale,
  matchLocale,
  ordinal as ordinalIn,
  translator,
  type Locale,
  type MessageKey,
  type MessageValues,
  type Translate,
  withMinusSign,
} from '../i18n/index.ts';
import type { KeyValueStorage } from '../store/storage.ts';
import { setStoreLocale } from '../store/storeLocale.ts';
import { joinList } from '../scenario/joinList.ts';
import type { Flaw } from '../scenario/types.ts';

/**
 * Marks an element whose sentences a lower layer wrote (the engine's log and lessons, the analysis,
 * the game review): they are in the game's language, not necessarily the screens'.
 */
export const GENERATED = { 'data-generated': 'game' } as const;

/** Where the chosen language is kept (beside the settings, in localStorage). */
export const LANGUAGE_KEY = 'accord:language';

let current: Locale = 'en';
/** The browser's preferred languages, as initLocale was given them: where dates take their region from. */
let preferredTags: readonly string[] = [];
let translate: Translate = translator('en');
let remembered: KeyValueStorage | null = null;
const listeners = new Set<(locale: Locale) => void>();

/** Whatever the document is (none in Node tests), its `lang` says the language of the screens. */
function markDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * Picks the language when the page opens: the one chosen before on this device, else the first of
 * the browser's preferred languages Accord speaks. `prefs` is null when storage is blocked: the
 * choice then lasts until the page closes.
 */
export function initLocale(preferred: readonly string[], prefs: KeyValueStorage | null): Locale {
  remembered = prefs;
  preferredTags = preferred;
  let saved: string | null = null;
  try {
    saved = prefs?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    saved = null;
  }
  current = isLocale(saved) ? saved : matchLocale(preferred);
  translate = translator(current);
  setStoreLocale(current);
  markDocument(current);
  return current;
}

export function uiLocale(): Locale {
  return current;
}

/** The sentence for `key` in the language of the screens. */
export function t(key: MessageKey, values?: MessageValues): string {
  return translate(key, values);
}

/**
 * Switches the screens' language, remembers it (a full or blocked storage only means it is not
 * remembered), and tells the listeners.
 */
export function setLocale(locale: Locale): void {
  if (!(LOCALES as readonly string[]).includes(locale)) return;
  try {
    remembered?.setItem(LANGUAGE_KEY, locale);
  } catch {
    /* storage full or blocked: the choice holds for this visit */
  }
  if (locale === current) return;
  current = locale;
  translate = translator(locale);
  setStoreLocale(locale);
  markDocument(locale);
  for (const listener of [...listeners]) listener(locale);
}

/** Calls `listener` after each change of language; returns the unsubscribe. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number as the language of the screens writes it ("1 234,5" in French). */
/**
 * A figure to one decimal, for the screens (0 rather than −0): points may be fractional (GENIUS imports, the
 * authoring tools), and rounding them whole said a BATNA of 52.5 was 53.
 */
export const tenth = (v: number): number => Math.round(v * 10) / 10 || 0;

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(current, options).format(value);
}

/**
 * A figure of points as the language of the screens writes it (with `options` as for formatNumber: a sign, decimals),
 * a negative one with a real minus sign (U+2212) as the scoring lines write it: "−46", « −46,5 », "−2" for a surplus,
 * where Intl writes a hyphen ("-46"); 0 for −0.
 */
export function formatFigure(value: number, options?: Intl.NumberFormatOptions): string {
  return withMinusSign(formatNumber(value || 0, options));
}

/** A share (0.42) as a percentage in the language of the screens ("42 %" in French). */
export function formatPercent(share: number, fractionDigits = 0): string {
  // A negative share with the minus sign, as every figure for people (the class board's "−30%, counted as 0").
  return withMinusSign(
    new Intl.NumberFormat(current, {
      style: 'percent',
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    }).format(share),
  );
}

/**
 * Items joined as the language of the screens lists them ("A, B and C", « A, B et C »): English
 * keeps the game's own joinList (no serial comma), other languages use the platform's Intl.ListFormat.
 */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  if (current === 'en' && type !== 'unit') return joinList(items, type === 'disjunction' ? 'or' : 'and');
  return new Intl.ListFormat(current, { style: 'long', type }).format(items);
}

/** A language's name in the language of the screens ("fr" → "French", or « français »). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(current, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The tag dates are written in: the screens' language, in the region of the first preferred language that is it
 * (en-GB writes 7 Dec 2026, 09:30 where plain en writes Dec 7, 2026, 9:30 PM).
 */
function dateTag(): string {
  const regional = preferredTags.find((tag) => tag.split('-')[0]?.toLowerCase() === current);
  try {
    return regional === undefined ? current : (Intl.DateTimeFormat.supportedLocalesOf([regional])[0] ?? current);
  } catch {
    return current; // a malformed tag from the browser
  }
}

/** A moment as the language of the screens writes a date and time. */
export function formatDateTime(date: Date): string {
  return date.toLocaleString(dateTag());
}

/** A moment to the minute, as the language of the screens writes it ("7 Dec 2026, 09:30", « 7 déc. 2026, 09:30 »). */
export function formatMinute(date: Date): string {
  return date.toLocaleString(dateTag(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** An ordinal as the language of the screens writes it ("2nd", « 2e »). */
export function ordinal(n: number): string {
  return ordinalIn(current, n);
}

/** A flaw evidence may have, as the screens name it. */
export const flawLabel = (flaw: Flaw): string => t(`log.flaw.${flaw}`);
