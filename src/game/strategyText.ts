/**
 * One sentence per computer strategy, for the setup screen: what a player will notice at the table.
 * The names come from the bots layer's registry (STRATEGIES); a strategy added there without a
 * sentence in the catalogs (`uiSetup.strategies`) still shows, with a plain fallback (and
 * test/game/strategyText.test.ts says so).
 */
import { hasMessage, strategyLabel, type MessageKey } from '../i18n/index.ts';
import { t, uiLocale } from './uiLocale.ts';

/** Whether `name` has a sentence of its own (not the fallback). */
export function hasStrategySentence(name: string): boolean {
  return hasMessage(uiLocale(), `uiSetup.strategies.${name}`);
}

export function strategySentence(name: string): string {
  return hasStrategySentence(name)
    ? t(`uiSetup.strategies.${name}` as MessageKey)
    : t('uiSetup.unknownStrategy', { name });
}

/** A strategy's name as the setup's menu shows it. */
export function strategyName(name: string): string {
  return strategyLabel(uiLocale(), name);
}
