/**
 * The texts that have been on the table, rebuilt from the public log a party can read: who put each
 * one there (proposal or amendment), in which round, and who supported or objected to it. This is
 * all a bot knows of the others' wishes; the opponent model and tit-for-tat read it.
 */
import type { IssueId, LogEntry, OptionId, Package, PartyId } from '../engine/index.ts';

export interface TextRecord {
  author: PartyId;
  kind: 'propose' | 'amend';
  package: Package;
  round: number;
  /** For an amendment: the issue changed and the option it replaced. */
  amended: { issue: IssueId; from: OptionId | undefined; to: OptionId } | null;
  supporters: PartyId[];
  objectors: PartyId[];
  /** Parties the engine made object at once when the text was tabled: it crosses their red lines (public notice). */
  fixedObjectors: PartyId[];
}

export function textHistory(log: readonly LogEntry[]): TextRecord[] {
  const texts: TextRecord[] = [];
  let current: TextRecord | null = null;
  for (const entry of log) {
    const a = entry.action;
    if (entry.kind === 'notice' && entry.redLineObjectors && current) {
      current.fixedObjectors = [...entry.redLineObjectors];
      continue;
    }
    if (!a) continue;
    switch (a.type) {
      case 'propose':
        current = {
          author: a.party,
          kind: 'propose',
          package: { ...a.package },
          round: entry.round,
          amended: null,
          supporters: [],
          objectors: [],
          fixedObjectors: [],
        };
        texts.push(current);
        break;
      case 'amend': {
        if (!current) break; // the text was taken off the table by an event we cannot see the details of
        const pkg: Package = { ...current.package, [a.issue]: a.option };
        current = {
          author: a.party,
          kind: 'amend',
          package: pkg,
          round: entry.round,
          amended: { issue: a.issue, from: current.package[a.issue], to: a.option },
          supporters: [],
          objectors: [],
          fixedObjectors: [],
        };
        texts.push(current);
        break;
      }
      case 'support':
      case 'call-vote':
        if (current && !current.supporters.includes(a.party)) current.supporters.push(a.party);
        if (current) current.objectors = current.objectors.filter((p) => p !== a.party);
        break;
      case 'object':
        if (current && !current.objectors.includes(a.party)) current.objectors.push(a.party);
        if (current) current.supporters = current.supporters.filter((p) => p !== a.party);
        break;
      default:
        break;
    }
  }
  return texts;
}

/**
 * Amendment wars: how often each of `party`'s amendments (issue → option) was undone by another
 * party amending the same issue right after it on the text. Key `issue=option`. A bot that keeps
 * setting an issue that another keeps setting back wins nothing and burns the turns the text needs
 * to gather support; `mainMove` makes it yield (or seek a middle option) after a few rounds of it.
 */
export function revertedAmendments(texts: readonly TextRecord[], party: PartyId): Map<string, number> {
  const out = new Map<string, number>();
  const live = new Map<IssueId, OptionId>();
  for (const t of texts) {
    if (t.kind === 'propose') {
      live.clear();
      continue;
    }
    if (!t.amended) continue;
    const { issue, to } = t.amended;
    if (t.author === party) {
      live.set(issue, to);
      continue;
    }
    const mine = live.get(issue);
    if (mine !== undefined && mine !== to) {
      const key = `${issue}=${mine}`;
      out.set(key, (out.get(key) ?? 0) + 1);
      live.delete(issue);
    }
  }
  return out;
}
