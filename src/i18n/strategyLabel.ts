/**
 * A computer strategy's name as people read it: the catalogs' name (`uiSetup.strategyNames`), or the
 * registry's own id for a strategy no catalog names yet (one just added to the bots' registry). The
 * setup's menus, the console's and the saved game's player names all show it, so it is worked out once.
 */
import type { MessageKey } from './catalog.ts';
import type { Locale } from './locale.ts';
import { hasMessage, translator } from './translate.ts';

export function strategyLabel(locale: Locale, name: string): string {
  const key = `uiSetup.strategyNames.${name}`;
  return hasMessage(locale, key) ? translator(locale)(key as MessageKey) : name;
}
