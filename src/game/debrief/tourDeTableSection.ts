/**
 * The debrief's tour de table: who had said it could live with the deal's text, who left it out of its latest
 * word or said nothing of it, and the texts every party at the table had named (engine/debriefFacts.ts
 * `tourDeTableFacts`). A deal some party never said it could live with, or no deal where a text every party
 * named existed, is a question for the debrief. Null when no party said a word.
 */
import type { GameState, PartyId } from '../../engine/index.ts';
import { tourDeTableFacts, versionRuns } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { formatList, t } from '../uiLocale.ts';

export function tourDeTableSection(state: GameState, name: (p: PartyId) => string): HTMLElement | null {
  const facts = tourDeTableFacts(state);
  if (!facts) return null;
  const parties = (ids: readonly PartyId[]) => formatList(ids.map(name));
  const deal = facts.deal;
  const lines = [
    deal && deal.named.length > 0
      ? t('uiDebrief.tourNamed', { version: deal.version, parties: parties(deal.named) })
      : null,
    deal && deal.leftOut.length > 0 ? t('uiDebrief.tourLeftOut', { parties: parties(deal.leftOut) }) : null,
    deal && deal.silent.length > 0 ? t('uiDebrief.tourSilent', { parties: parties(deal.silent) }) : null,
    facts.byEveryone.length > 0
      ? t('uiDebrief.tourEveryone', {
          count: facts.byEveryone.length,
          versions: formatList(versionRuns(facts.byEveryone)),
        })
      : t('uiDebrief.tourEveryoneNone'),
  ].filter((l): l is string => l !== null);
  return h(
    'section',
    { class: 'panel', id: 'tour-de-table-debrief' },
    h('h3', {}, t('uiDebrief.tourTitle')),
    h('ul', {}, ...lines.map((l) => h('li', {}, l))),
  );
}
