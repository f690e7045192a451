/**
 * The words of the move log: party names, issue titles and option labels instead of ids, so the log
 * reads as plain sentences ("Patient organisations supported the text on the table (version 3).").
 *
 * Sentences are in the game's language (the scenario's `language`, matched to one Accord speaks),
 * from the log catalog (src/i18n/catalogs/<language>/log.ts): the same game replayed tells the same
 * log. Each language handles a name's unknown gender and number in its catalog (English by the past
 * tense, French by "la partie « X »"). Names are used as the scenario writes them (no article added:
 * "The Netherlands" already has one).
 * The log entries keep their structured fields (kind, party, action) for programs; only `text` is
 * for people.
 */
import { formatList, matchLocale, translator, type Locale, type Translate } from '../i18n/index.ts';
import type { Package } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import type { GameState } from './types.ts';

/** The language the game is told in. */
export function gameLocale(s: GameState): Locale {
  return matchLocale([s.scenario.language]);
}

/** The game's sentences: `say(s)('log.passed', { party })`. */
export function say(s: GameState): Translate {
  return translator(gameLocale(s));
}

/** A party's name, or its id if the scenario has no such party. */
export function partyName(s: GameState, party: string): string {
  return compile(s.scenario).partyById.get(party)?.name ?? party;
}

/** A party's name as it stands in a log sentence (`party` values of the log catalog). */
export function partyRef(s: GameState, party: string): string {
  return say(s)('log.party', { name: partyName(s, party) });
}

/** Several parties as one `parties` value, with `count` for the sentence's plural form. */
export function partyList(s: GameState, parties: readonly string[]): { parties: string; count: number } {
  return {
    parties: formatList(
      gameLocale(s),
      parties.map((p) => partyRef(s, p)),
    ),
    count: parties.length,
  };
}

export function issueTitle(s: GameState, issue: string): string {
  return s.scenario.issues.find((i) => i.id === issue)?.title ?? issue;
}

export function optionLabel(s: GameState, issue: string, option: string): string {
  return s.scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** "Legal basis — Broad consent": one issue of a text. */
export function describeChoice(s: GameState, issue: string, option: string): string {
  return say(s)('log.choice', { issue: issueTitle(s, issue), option: optionLabel(s, issue, option) });
}

/** "Legal basis — Broad consent; Safeguards — …": a whole text, in the scenario's issue order. */
export function describePackage(s: GameState, pkg: Package): string {
  return s.scenario.issues
    .flatMap((i) => (pkg[i.id] === undefined ? [] : [describeChoice(s, i.id, pkg[i.id] as string)]))
    .join(say(s)('log.choiceSeparator'));
}

/**
 * Text versions as a list with runs of three or more as ranges, "1, 3, 4, 6–9 and 12" (versions in increasing
 * order, each once): a party that could live with thirty texts of forty is read at a glance.
 */
export function describeVersions(s: GameState, versions: readonly number[]): string {
  return formatList(gameLocale(s), versionRuns(versions));
}

/** The items of such a list, "1", "3", "4", "6–9", "12": each screen joins them in its own language. */
export function versionRuns(versions: readonly number[]): string[] {
  const runs: string[] = [];
  for (let k = 0; k < versions.length;) {
    let j = k;
    while (j + 1 < versions.length && versions[j + 1] === (versions[j] ?? 0) + 1) j++;
    if (j - k >= 2) {
      runs.push(`${versions[k]}–${versions[j]}`);
      k = j + 1;
    } else runs.push(String(versions[k++]));
  }
  return runs;
}
