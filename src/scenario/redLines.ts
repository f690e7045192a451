/**
 * Red lines: options a party declared it will never accept (`Party.redLines`). One definition of
 * "a text crosses a party's red line", read by the engine (the fixed objection), the bots (never
 * tabling or supporting such a text), the room (the warning before a human does) and the authoring
 * report.
 */
import type { Package, Party, PartyId } from './types.ts';

export interface RedLine {
  issue: string;
  option: string;
}

/** The red lines among `lines` that the package (possibly partial) crosses, in declared order. */
export function crossedRedLines(lines: readonly RedLine[], pkg: Readonly<Package>): RedLine[] {
  return lines.filter((r) => pkg[r.issue] === r.option);
}

/** True when the package crosses at least one of these red lines. */
export function crossesRedLine(lines: readonly RedLine[], pkg: Readonly<Package>): boolean {
  return lines.some((r) => pkg[r.issue] === r.option);
}

/**
 * `crossesRedLine` of the package with `issue` set to `option`, without building that package (a bot filters
 * every amendment on every move).
 */
export function amendedCrossesRedLine(
  lines: readonly RedLine[],
  pkg: Readonly<Package>,
  issue: string,
  option: string,
): boolean {
  for (const r of lines) if ((r.issue === issue ? option : pkg[r.issue]) === r.option) return true;
  return false;
}

/** The parties (in scenario order) whose red lines the package crosses. */
export function partiesWithRedLineIn(parties: readonly Party[], pkg: Readonly<Package>): PartyId[] {
  return parties.filter((p) => crossesRedLine(p.redLines, pkg)).map((p) => p.id);
}

/**
 * A red line's words: its issue's title and its option's label (ids when the issue or option is unknown). The
 * punctuation between them is the reader's language's (a French colon has a space before it), so each screen or
 * sentence puts them together with its own catalog (src/game/redLineText.ts).
 */
export function redLineWords(
  issues: readonly { id: string; title: string; options: readonly { id: string; label: string }[] }[],
  r: RedLine,
): { issue: string; option: string } {
  const issue = issues.find((i) => i.id === r.issue);
  return { issue: issue?.title ?? r.issue, option: issue?.options.find((o) => o.id === r.option)?.label ?? r.option };
}
