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

/**
 * The history read so far, per the first entry it read: every move's view is built afresh, so the
 * whole log was read again on every move (2% of a Safe Harbor tournament). Only public entries count
 * (`readsFrom`: texts tabled, stances, red-line notices), so every party's view of a game reads the same
 * ones, and a history is carried on with the new entries only while the log holds the very entries it
 * read (compared one by one, by identity: a log's entries are never changed once appended); any other
 * log is read afresh. The records are read-only (the finished ones are shared by the histories
 * returned); the text still open to stances, the only record later entries change, is returned as a
 * copy, so a history once returned never changes.
 */
interface Reading {
  read: LogEntry[];
  texts: TextRecord[];
  current: TextRecord | null;
}

const readings = new WeakMap<LogEntry, Reading>();

/** The entries a history reads: the others change nothing in it. */
function readsFrom(entry: LogEntry): boolean {
  if (entry.kind === 'notice' && entry.redLineObjectors) return true;
  const t = entry.action?.type;
  return t === 'propose' || t === 'amend' || t === 'support' || t === 'call-vote' || t === 'object';
}

export function textHistory(log: readonly LogEntry[]): TextRecord[] {
  const entries = log.filter(readsFrom);
  const first = entries[0];
  if (first === undefined) return [];
  let r = readings.get(first);
  if (r && (r.read.length > entries.length || r.read.some((e, k) => e !== entries[k]))) r = undefined;
  if (!r) readings.set(first, (r = { read: [], texts: [], current: null }));
  for (let k = r.read.length; k < entries.length; k++) {
    const entry = entries[k]!;
    r.current = readEntry(r.texts, r.current, entry);
    r.read.push(entry);
  }
  const out = r.texts.slice();
  const c = r.current;
  if (c && out[out.length - 1] === c)
    out[out.length - 1] = {
      ...c,
      supporters: c.supporters.slice(),
      objectors: c.objectors.slice(),
      fixedObjectors: c.fixedObjectors.slice(),
    };
  return out;
}

/** Reads one entry into `texts`; returns the text now on the table as the history knows it. */
function readEntry(texts: TextRecord[], current: TextRecord | null, entry: LogEntry): TextRecord | null {
  const a = entry.action;
  if (entry.kind === 'notice' && entry.redLineObjectors && current) {
    current.fixedObjectors = [...entry.redLineObjectors];
    return current;
  }
  if (!a) return current;
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
  return current;
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

/** The index of the text that text `k` amended (the table it changed one issue of), or null for a proposal. */
export function amendedIndex(texts: readonly TextRecord[], k: number): number | null {
  return texts[k]?.kind === 'amend' && k > 0 ? k - 1 : null;
}
