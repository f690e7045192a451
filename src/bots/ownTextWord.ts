/**
 * A party's own text is its word (issue 15, the tour de table): a party that tabled a text after its latest
 * live-with statement has not named it, yet tabling it said it could live with it. People at a table hold a
 * party to its own offer; the last round's stated shot (`statedLastShot.ts`) now does too, unless the party
 * has objected to that text since.
 *
 * Why (read in care.data's all-adaptive transcripts, 2026-12-07): in 13 of the 30 games without a deal on seeds
 * 1-300 (8 of the 22 on 101-300, which no rule was tuned on), the GPs, a required party, had tabled a text the rule
 * would carry after their own statement, and in the last round NHS England, moving first, found no earlier text the
 * GPs had named and countered for itself: the GPs objected, no deal. Seed 106: the GPs amend the table to text 37
 * in round 7 (NHS England and the GPs at or above their BATNAs, four more back it); medConfidential, not needed,
 * amends it away. Counting the GPs' own text, NHS England tables it again and it passes, in all 13.
 *
 * Measured (all-adaptive, deals / every party at or above its BATNA / joint gain of deals): care.data seeds 1-300
 * 90.0 / 14.0 / 96.5 -> 94.3 / 14.0 / 94.4 (101-200: deals 85 -> 89; held out 301-500: 92.0 / 12.5 / 95.6 ->
 * 94.0 / 12.5 / 94.6; the new deals are the narrow zone's low-gain texts, as the GPs' concessions are); Harborco-like
 * seeds 1-500 93.4 / 55.4 / 86.7 -> 93.6 / 55.4 / 86.7; every other library row unchanged on seeds 1-300. Counting
 * a party that supported the text since its word as well changed none of these figures: left out.
 */
import { spokeOf, type PartyId, type Statement } from '../engine/index.ts';
import type { TextRecord } from './history.ts';

/**
 * True when `party` tabled text `k` (index in the history) after its latest statement and has not objected to
 * it since: its own text, which it has said nothing of in the tour de table.
 */
export function standsByOwnText(
  stated: ReadonlyMap<PartyId, Statement>,
  texts: readonly TextRecord[],
  party: PartyId,
  k: number,
): boolean {
  const text = texts[k];
  if (!text || text.author !== party || text.objectors.includes(party)) return false;
  return !spokeOf(stated, party, k + 1);
}
