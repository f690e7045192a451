/**
 * The review's words: names, options and points as the scenario writes them, sentences in the
 * game's language (the scenario's, as the log: src/i18n/catalogs/<language>/review.ts).
 */
import type { Package, PartyId, Scenario } from '../../engine/index.ts';
import { formatList, matchLocale, translator, type Translate } from '../../i18n/index.ts';
import type { PointsChange } from './types.ts';

/** The review's sentences for a game of `scenario`. */
export function say(scenario: Scenario): Translate {
  return translator(matchLocale([scenario.language]));
}

/** A party's name as a sentence of the game's language writes it. */
export function partyRef(scenario: Scenario, id: PartyId): string {
  return say(scenario)('log.party', { name: partyName(scenario, id) });
}

export function partyName(scenario: Scenario, id: PartyId): string {
  return scenario.parties.find((p) => p.id === id)?.name ?? id;
}

export function issueTitle(scenario: Scenario, issue: string): string {
  return scenario.issues.find((i) => i.id === issue)?.title ?? issue;
}

export function optionLabel(scenario: Scenario, issue: string, option: string): string {
  return scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** Points as a person reads them: rounded to a tenth (the catalogs write the number). */
export function pts(n: number): number {
  return Math.round(n * 10) / 10 + 0;
}

/** "Issue: option; Issue: option" for the issues where `to` differs from `from` (all of `to` when no `from`). */
export function changedOptions(scenario: Scenario, to: Package, from: Package | null): string {
  const t = say(scenario);
  const parts = scenario.issues
    .filter((i) => to[i.id] !== undefined && (from === null || from[i.id] !== to[i.id]))
    .map((i) => t('review.choice', { issue: i.title, option: optionLabel(scenario, i.id, to[i.id] as string) }));
  return parts.length > 0 ? parts.join(t('review.choiceSeparator')) : t('review.sameText');
}

/** " and cost no one anything" / ", at a cost of 4 to the Council" / " and cost no one anything, giving 3 more to the Council". */
export function othersWords(scenario: Scenario, others: readonly PointsChange[]): string {
  const losers = others.filter((o) => o.points < -1e-9);
  const gainers = others.filter((o) => o.points > 1e-9);
  const t = say(scenario);
  const locale = matchLocale([scenario.language]);
  const list = (xs: readonly PointsChange[], key: 'review.costTo' | 'review.moreTo') =>
    formatList(
      locale,
      xs.map((o) => t(key, { points: pts(Math.abs(o.points)), party: partyRef(scenario, o.party) })),
    );
  if (losers.length > 0) return t('review.othersCost', { list: list(losers, 'review.costTo') });
  if (gainers.length > 0) return t('review.othersGive', { list: list(gainers, 'review.moreTo') });
  return t('review.othersNone');
}
