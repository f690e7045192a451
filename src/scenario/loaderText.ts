/**
 * The language of the loader's problems: the one the caller asks for (`parseScenario`'s `language`,
 * the user's locale) when Accord speaks it, else English. Every check takes the resulting `Translate`;
 * its default, English, serves the callers that have no user (tests, the engine's own checks).
 */
import { matchLocale, translator, type Translate } from '../i18n/index.ts';

export type { Translate };

export const ENGLISH: Translate = translator('en');

/** The translator for a requested language tag ("fr", "fr-BE"); English when absent or not spoken. */
export function loaderTranslator(language: string | undefined): Translate {
  return translator(matchLocale(language === undefined ? [] : [language]));
}
