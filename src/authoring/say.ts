/**
 * How the authoring report speaks one language: its sentences (`t`, the `authoring` catalog area),
 * and the numbers, percentages and lists it puts into them. English keeps the report's historical
 * forms exactly (tests and tools read them); French writes a decimal comma, « 45 % » and its own
 * list words.
 */
import { formatList, translator, type Locale, type Translate } from '../i18n/index.ts';
import { joinList } from '../scenario/joinList.ts';

export interface Say {
  locale: Locale;
  t: Translate;
  /** A number already rounded as shown (`12`, `3.5`), written with the language's decimal sign. */
  num(x: number | string): string;
  /** A percentage already rounded (`45`, `33.3`), with the language's sign and spacing. */
  pct(x: number | string): string;
  /** "A, B and C". */
  and(items: readonly string[]): string;
  /** "A or B or C" (English), « A, B ou C » (French). */
  or(items: readonly string[]): string;
  /** Items separated by semicolons. */
  semicolons(items: readonly string[]): string;
}

const cache = new Map<Locale, Say>();

export function sayIn(locale: Locale = 'en'): Say {
  let found = cache.get(locale);
  if (found === undefined) {
    const t = translator(locale);
    const num = (x: number | string) => (locale === 'en' ? String(x) : String(x).replace('.', ','));
    found = {
      locale,
      t,
      num,
      pct: (x) => t('authoring.percent', { value: num(x) }),
      and: (items) => (locale === 'en' ? joinList(items) : formatList(locale, items)),
      or: (items) => (locale === 'en' ? items.join(' or ') : formatList(locale, items, 'disjunction')),
      semicolons: (items) => items.join(t('authoring.semicolon')),
    };
    cache.set(locale, found);
  }
  return found;
}
