/**
 * The texts tabled in a game, by version (index + 1), read from the log's proposals and amendments: what a
 * tour-de-table statement (live-with) names. Versions never restart (GameState.textsTabled), so the log alone
 * tells them, even where an event dropped the text on the table. One reading for the game review and the
 * room's panels (the bots keep their own, richer history: bots/history.ts).
 */
import type { LogEntry, Package, PartyId } from './types.ts';

/** A text as tabled: its package and who tabled it (proposed it, or amended the one before). */
export interface TabledText {
  package: Package;
  author: PartyId;
}

export function tabledTexts(log: readonly LogEntry[]): TabledText[] {
  const out: TabledText[] = [];
  for (const e of log) {
    const a = e.action;
    if (a?.type === 'propose') out.push({ package: a.package, author: a.party });
    else if (a?.type === 'amend')
      out.push({ package: { ...(out.at(-1)?.package ?? {}), [a.issue]: a.option }, author: a.party });
  }
  return out;
}
