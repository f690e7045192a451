/**
 * The language of the store's notices and save problems: the screens' (the game layer sets it when
 * the page opens and at each change of language; English until then, and in tests).
 */
import { translator, type Locale, type MessageKey, type MessageValues, type Translate } from '../i18n/index.ts';

let translate: Translate = translator('en');

export function setStoreLocale(locale: Locale): void {
  translate = translator(locale);
}

/** A store sentence in the screens' language. */
export function say(key: MessageKey, values?: MessageValues): string {
  return translate(key, values);
}
