/**
 * The debrief's tour de table: who had said it could live with the deal's text, who left it out of its latest
 * word or gave no word on it, and the texts every party at the table had named (engine/debriefFacts.ts
 * `tourDeTableFacts`). A deal some party never said it could live with, or no deal where a text every party
 * named existed, is a question for the debrief. The single-device debrief shows it as a panel, the classroom's
 * public debrief (the server's `PublicDebrief`) inside its own.
 */
import type { PartyId, TourDeTableFacts } from '../../engine/index.ts';
import { versionRuns } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { formatList, t } from '../uiLocale.ts';

/** The sentences, in the screens' language; null when no party said a word. */
export function tourDeTableLines(facts: TourDeTableFacts | null, name: (p: PartyId) => string): string[] | null {
  if (!facts) return null;
  const parties = (ids: readonly PartyId[]) => formatList(ids.map(name));
  const deal = facts.deal;
  return [
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
}

/** The single-device debrief's panel (null when no party said a word). */
export function tourDeTableSection(facts: TourDeTableFacts | null, name: (p: PartyId) => string): HTMLElement | null {
  const lines = tourDeTableLines(facts, name);
  if (!lines) return null;
  return h(
    'section',
    { class: 'panel', id: 'tour-de-table-debrief' },
    h('h3', {}, t('uiDebrief.tourTitle')),
    h('ul', {}, ...lines.map((l) => h('li', {}, l))),
  );
}
