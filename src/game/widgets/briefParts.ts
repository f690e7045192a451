/** Parts of a confidential brief and of the public background, shared by the screens and the printed packs. */
import { h } from '../dom.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { gameLang } from '../gameLanguage.ts';
import { formatList, t, uiLocale } from '../uiLocale.ts';

const RULES = ['unanimity', 'majority', 'weighted-majority'];

/**
 * A party's BATNA, boxed: its points and what it means (the brief on screen and on paper). `told`: the language
 * of its description (the game's), marked where the screens speak another (gameLanguage.ts).
 */
export function batnaBox(batna: { points: number; description: string }, told: string = uiLocale()): HTMLElement {
  return h(
    'div',
    { class: 'batna keep' },
    h('h3', {}, t('ui.batna', { points: batna.points })),
    h('p', gameLang(told), batna.description),
  );
}

/** How agreement comes, in one sentence (the background screen and the printed packs). */
export function howAgreementComes(rule: string, required: string[], rounds: number, threshold: number): string {
  const values = {
    rule: RULES.includes(rule) ? t(`ui.rules.${rule}` as MessageKey) : rule,
    required: formatList(required),
    rounds,
    threshold,
  };
  return required.length > 0 ? t('ui.howAgreementComesRequired', values) : t('ui.howAgreementComes', values);
}
