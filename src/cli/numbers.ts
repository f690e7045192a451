/**
 * Numbers in the command line's sentences and tables. English keeps the plain forms the tool has
 * always printed ("12.50", "1,234", "12.5%"), which tests and scripts read; other languages use the
 * platform's Intl formats ("12,50", "1 234", "12,5 %", with the narrow no-break spaces French wants).
 * A negative number is written with the minus sign, as the screens and printed sheets write it ("−2",
 * not "-2"); `--json` writes numbers, not these.
 */
import { withMinusSign, type Locale } from '../i18n/index.ts';

const cache = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (found === undefined) cache.set(key, (found = new Intl.NumberFormat(locale, options)));
  return found;
}

/** `x` with exactly `digits` decimals, without grouping ("12.50"). */
export function fixed(locale: Locale, x: number, digits: number): string {
  return withMinusSign(
    locale === 'en'
      ? x.toFixed(digits)
      : format(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(x),
  );
}

/** A whole number as it is, anything else with two decimals ("12", "12.50"). */
export function wholeOrTwo(locale: Locale, x: number): string {
  return Number.isInteger(x) ? plain(locale, x) : fixed(locale, x, 2);
}

/** `x` as JavaScript writes it ("12.5"), without grouping. */
export function plain(locale: Locale, x: number): string {
  return withMinusSign(
    locale === 'en' ? String(x) : format(locale, { maximumFractionDigits: 6, useGrouping: false }).format(x),
  );
}

/** `x` with a sign, "+0" included ("+12", "−3"). */
export function signed(locale: Locale, x: number): string {
  return x >= 0 ? `+${plain(locale, x)}` : plain(locale, x);
}

/** A count with the language's thousands separator ("12,345"). */
export function grouped(locale: Locale, x: number): string {
  return withMinusSign(locale === 'en' ? x.toLocaleString('en') : format(locale, {}).format(x));
}

/** A share (0.125) as a percentage with one decimal ("12.5%"). */
export function percent(locale: Locale, x: number): string {
  return withMinusSign(
    locale === 'en'
      ? `${(100 * x).toFixed(1)}%`
      : format(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x),
  );
}
