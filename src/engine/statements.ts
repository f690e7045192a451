/**
 * The tour de table's words (the `live-with` move), read from the public log: each party's latest word, the texts
 * it names by version (tabledTexts.ts), and who named a given text. One reading for the bots (which act on the
 * words), the room's panels (which show them) and the debrief (what the table said of the deal).
 */
import type { LogEntry, PartyId } from './types.ts';

/** A party's latest word: the versions it could live with, among the first `tabled` texts. */
export interface Statement {
  versions: ReadonlySet<number>;
  tabled: number;
}

/**
 * Every party's latest statement, read from the public log: a statement speaks of the texts tabled
 * before it (counted as the log goes: each proposal and amendment is the next version).
 */
export function statements(log: readonly LogEntry[]): Map<PartyId, Statement> {
  const out = new Map<PartyId, Statement>();
  let tabled = 0;
  for (const e of log) {
    if (e.kind === 'propose' || e.kind === 'amend') tabled++;
    else if (e.kind === 'live-with' && e.party !== undefined && e.action?.type === 'live-with')
      out.set(e.party, { versions: new Set(e.action.versions), tabled });
  }
  return out;
}

/** True when the party said it could live with this text (its version: index in the history + 1). */
export function saidLiveable(stated: ReadonlyMap<PartyId, Statement>, party: PartyId, version: number): boolean {
  return stated.get(party)?.versions.has(version) ?? false;
}

/**
 * True when the party's latest word spoke of this text (its version): a statement speaks of the texts tabled before
 * it, naming those it can live with and leaving out the others. The one reading of "has it said anything of this
 * text" for the bots and the debrief.
 */
export function spokeOf(stated: ReadonlyMap<PartyId, Statement>, party: PartyId, version: number): boolean {
  return (stated.get(party)?.tabled ?? 0) >= version;
}

/** True when the party's latest word spoke of this text and left it out: it said it cannot live with it. */
export function saidNotLiveable(stated: ReadonlyMap<PartyId, Statement>, party: PartyId, version: number): boolean {
  return spokeOf(stated, party, version) && !saidLiveable(stated, party, version);
}

/** The parties whose latest word names this text (its version), in the order of `parties`. */
export function livingWith(
  stated: ReadonlyMap<PartyId, Statement>,
  version: number,
  parties: readonly PartyId[],
): PartyId[] {
  return parties.filter((p) => saidLiveable(stated, p, version));
}
