/**
 * Lists of words in a sentence ("A, B and C", « A, B et C »), by the platform's Intl.ListFormat.
 * English is written without the serial comma, as everywhere else in Accord (scenario/joinList.ts).
 */
import type { Locale } from './locale.ts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr' };

const formats = new Map<string, Intl.ListFormat>();

/** `items` joined by "and" (`type` 'conjunction') or "or" ('disjunction') in `locale`. */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${locale}|${type}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type });
    formats.set(key, format);
  }
  return format.format(items);
}

/**
 * The middle dot between the parts of a line ("Round 3 of 8 · paused", "Table 2 · KQXBRT"), with a no-break
 * space before it: the dot stays with the part it follows, so a wrapped line never starts with it. The
 * catalogs' sentences write it the same way (test/i18n/catalogs.test.ts).
 */
export const SEPARATOR = '\u00a0· ';
