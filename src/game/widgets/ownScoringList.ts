/**
 * The viewer's own scoring rules and consequences as a short list (for the confidential brief and
 * the room's private panel). The words come from ownScoringText.ts; this only lays them out.
 */
import type { PartyView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { asGameWord, gameLang, gameParts } from '../gameLanguage.ts';
import type { ScoringLineText } from '../ownScoringText.ts';
import { markedNames, namesFromView, ownScoringInWords } from '../ownScoringText.ts';
import { t } from '../uiLocale.ts';

/**
 * `told`: the game's language, which the scenario's reason (`detail`) and the names in the head (set apart by
 * `asGameWord`) are in.
 */
function item(l: ScoringLineText, told: string): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, ...gameParts(l.head, told)),
    l.detail === '' ? '.' : t('uiBrief.scoring.headSeparator'),
    l.detail === '' ? null : h('span', { class: 'muted', ...gameLang(told) }, l.detail),
  );
}

export function ownScoringList(view: PartyView): HTMLElement {
  // Party names are proper names (WCAG exempts them): only issues, options and evidence are set apart.
  const words = ownScoringInWords(view, markedNames(namesFromView(view), asGameWord));
  const told = view.scenario.language;
  return h(
    'ul',
    { class: 'own-scoring' },
    ...[...words.rules, words.legitimacy, words.noDeal].map((l) => item(l, told)),
  );
}
