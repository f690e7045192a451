/**
 * Ordinals ("2nd", « 2e ») by the platform's ordinal plural rules and each catalog's forms: the
 * worksheet's ranks on the trainee's form, in the debrief's comparison and on the class's devices.
 */
import type { Locale } from './locale.ts';
import { translator } from './translate.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/** `n` as an ordinal in `locale`. */
export function ordinal(locale: Locale, n: number): string {
  let r = rules.get(locale);
  if (r === undefined) rules.set(locale, (r = new Intl.PluralRules(locale, { type: 'ordinal' })));
  const form = r.select(n);
  const key =
    form === 'one' ? 'ordinalOne' : form === 'two' ? 'ordinalTwo' : form === 'few' ? 'ordinalFew' : 'ordinalOther';
  return translator(locale)(`worksheet.${key}`, { n });
}
