/**
 * The only party at the table that may table text (the others all Track II, who may only support or
 * object) does not wait on its own text once an objection blocks it: no one else can counter, so
 * waiting for a counter ends the game without a deal. It counters its own text as it would another's
 * (counter.ts), unless no new text could gather support in the turns left.
 *
 * Why: fuzzed all-adaptive normal tables (test/support/randomScenario.ts, red lines, events and scoring
 * rules stripped, each BATNA at the median of the party's packages) missed 73 deals in the 471 of 1,000
 * tables where a package beats every BATNA; in 11 the bot was the only Track I party and, its opening
 * text objected to, waited "it already supports the text" to the deadline (seed 966: two parties,
 * weighted majority, the Track II party needed, 17 packages above both BATNAs). Measured: seeds 1-1000
 * 703 -> 706 deals, misses 73 -> 71; held-out seeds 1001-2000 690 -> 694, misses 75 -> 70. Library,
 * generated (Harborco-like 1-100 and 101-200, research-like, Nash), teaching and believable figures
 * unchanged, as is the hash of 56 adaptive logs (no library table has a single Track I party). Tried:
 * never re-tabling a text it tabled before (its claims back after a concession): misses 71 -> 73.
 */
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import type { Context } from './context.ts';
import { chooseCounter } from './counter.ts';
import { futile } from './leaving.ts';
import { wouldAgree } from './tableOutlook.ts';

/** The counter of the sole party that tables text, on a text an objection blocks; null otherwise. */
export function soleTablerCounter(
  ctx: Context,
  legal: readonly LegalAction[],
  stances: Readonly<Record<PartyId, Stance>>,
): Action | null {
  const { view } = ctx;
  if (!view.table || !Object.values(stances).includes('object') || wouldAgree(view, stances)) return null;
  if (view.parties.some((p) => p.atTable && p.id !== view.party && p.track !== 'II')) return null;
  if (futile(ctx)) return null;
  return chooseCounter(ctx, legal);
}
