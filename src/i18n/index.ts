export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, matchLocale, type Locale } from './locale.ts';
export {
  CATALOGS,
  catalogOf,
  hasCatalog,
  hasMessage,
  translator,
  type MessageValues,
  type Translate,
} from './translate.ts';
export type { Catalog, MessageKey } from './catalog.ts';
export { asClause } from './clause.ts';
export { formatList, SEPARATOR } from './list.ts';
export { withMinusSign } from './minusSign.ts';
export { ordinal } from './ordinal.ts';
export { strategyLabel } from './strategyLabel.ts';
