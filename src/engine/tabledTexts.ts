/**
 * The texts tabled in a game, by version (index + 1), read from the log's proposals and amendments: what a
 * tour-de-table statement (live-with) names. Versions never restart (GameState.textsTabled), so the log alone
 * tells them, even where an event dropped the text on the table.
 */
import type { LogEntry, Package } from './types.ts';

export function tabledTexts(log: readonly LogEntry[]): Package[] {
  const out: Package[] = [];
  for (const e of log) {
    if (e.action?.type === 'propose') out.push(e.action.package);
    else if (e.action?.type === 'amend') out.push({ ...(out.at(-1) ?? {}), [e.action.issue]: e.action.option });
  }
  return out;
}
