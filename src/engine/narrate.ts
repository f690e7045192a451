/**
 * The words of the move log: party names, issue titles and option labels instead of ids, so the log
 * reads as plain sentences ("Patient organisations supported the text on the table (version 3).").
 *
 * Moves are told in the past tense on purpose: a party's name may be singular ("European
 * Commission") or plural ("Patient organisations") and the scenario format does not say which, but
 * English past-tense verbs do not agree in number, so every name reads right. Names are used as
 * the scenario writes them (no article added: "The Netherlands" already has one).
 * The log entries keep their structured fields (kind, party, action) for programs; only `text` is
 * for people.
 */
import type { Package } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import type { GameState } from './types.ts';
import { joinList } from '../scenario/joinList.ts';

/** A party's name, or its id if the scenario has no such party. */
export function partyName(s: GameState, party: string): string {
  return compile(s.scenario).partyById.get(party)?.name ?? party;
}

export function partyNames(s: GameState, parties: string[]): string {
  return joinList(parties.map((p) => partyName(s, p)));
}

export function issueTitle(s: GameState, issue: string): string {
  return s.scenario.issues.find((i) => i.id === issue)?.title ?? issue;
}

export function optionLabel(s: GameState, issue: string, option: string): string {
  return s.scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** "Legal basis — Broad consent": one issue of a text. */
export function describeChoice(s: GameState, issue: string, option: string): string {
  return `${issueTitle(s, issue)} — ${optionLabel(s, issue, option)}`;
}

/** "Legal basis — Broad consent; Safeguards — …": a whole text, in the scenario's issue order. */
export function describePackage(s: GameState, pkg: Package): string {
  return s.scenario.issues
    .flatMap((i) => (pkg[i.id] === undefined ? [] : [describeChoice(s, i.id, pkg[i.id] as string)]))
    .join('; ');
}

/** "the text on the table (version 3)". */
export const textOnTable = (version: number): string => `the text on the table (version ${version})`;
