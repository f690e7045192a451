/**
 * The viewer's own scoring rules and consequences as a short list (for the confidential brief and
 * the room's private panel). The words come from ownScoringText.ts; this only lays them out.
 */
import type { PartyView } from '../../engine/index.ts';
import { h } from '../dom.ts';
import type { ScoringLineText } from '../ownScoringText.ts';
import { ownScoringInWords } from '../ownScoringText.ts';
import { t } from '../uiLocale.ts';

function item(l: ScoringLineText): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, l.head),
    l.detail === '' ? '.' : t('uiBrief.scoring.headSeparator'),
    l.detail === '' ? null : h('span', { class: 'muted' }, l.detail),
  );
}

export function ownScoringList(view: PartyView): HTMLElement {
  const words = ownScoringInWords(view);
  return h('ul', { class: 'own-scoring' }, ...words.rules.map(item), item(words.legitimacy), item(words.noDeal));
}
