/**
 * No amendment wars (issue 15): at most two successive amendments of the same issue by the same pair
 * of parties. When the last two texts were both amendments of one issue, and the party about to
 * move is one of the (at most two) parties who made them, it may not amend that issue again: it
 * supports, objects, counters on another issue or proposes a new text instead. A third party may
 * still amend it. Applied to the legal moves before any strategy sees them, like the red lines.
 */
import type { Action, IssueId, LegalAction, PartyId } from '../engine/index.ts';
import type { TextRecord } from './history.ts';

export const MAX_SUCCESSIVE_AMENDMENTS = 2;

/** The issues `me` may not amend now. */
export function exhaustedIssues(texts: readonly TextRecord[], me: PartyId): Set<IssueId> {
  const tail = texts.slice(-MAX_SUCCESSIVE_AMENDMENTS);
  if (tail.length < MAX_SUCCESSIVE_AMENDMENTS || tail.some((t) => t.amended === null)) return new Set();
  const issue = tail[0]!.amended!.issue;
  if (tail.some((t) => t.amended!.issue !== issue)) return new Set();
  const pair = new Set([...tail.map((t) => t.author), me]);
  return pair.size <= 2 ? new Set([issue]) : new Set();
}

/** `legal` without amendments of the issues `me` may not amend now. */
export function withinAmendmentLimit(
  texts: readonly TextRecord[],
  me: PartyId,
  legal: readonly LegalAction[],
): LegalAction[] {
  const blocked = exhaustedIssues(texts, me);
  if (blocked.size === 0) return [...legal];
  return legal.filter((a) => a.type !== 'amend' || !blocked.has(a.issue));
}

/** True when the move is an amendment the limit forbids. */
export function breaksAmendmentLimit(texts: readonly TextRecord[], action: Action): boolean {
  return action.type === 'amend' && exhaustedIssues(texts, action.party).has(action.issue);
}
