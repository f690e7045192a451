/**
 * Clear of the floors, in the last round (the adaptive bot's end game, endgame.ts). A text tabled then is
 * carried only by the parties after its author (narrowZone.ts `lastShot`), and the candidates the bot weighs
 * there are those its estimates say they carry: each party at or above its estimated floor less a slack
 * (THRESHOLD_SLACK, for the models' noise), but for the parties the rule can do without. Among the texts
 * nearest to the table, the one with most backing came first, even where it reached the carrying coalition
 * only through that slack. Now, among those nearest to the table, a text whose carrying coalition clears
 * every estimated floor without the slack (`clearsFloors`: leaving out first the parties it falls furthest
 * under, as many as the rule can do without, those that objected to a text their model says leaves them more
 * counted out for sure) comes before one that needs the slack; then the backing decides, as before.
 *
 * Traced on the humanitarian lab (all adaptive, seed 14): in the last round the data diplomacy lab, first to
 * move, faced a blocked text (the NGOs and the refugees' representatives objecting) and amended its oversight
 * to the independent audit, the change with most backing. Its models put the NGOs far under (the rule can
 * leave out one party) and the technology company under its floor within the slack only; in truth the audit
 * left both under their BATNAs, and both walked out. Sub-district data instead cleared every floor but the
 * representatives' (the one party left out): the deal passed with every other party behind it.
 * Measured (all-adaptive, 50 seeded games each): humanitarian lab deals 74% -> 82%, joint gain 92% -> 92%,
 * walk-outs 6% -> 2% (games 51-150: 69% -> 73% deals); every other library row unchanged; generated
 * Harborco-like seeds 1-100 83 / 46 / 86.1 and 101-200 86 / 46 / 88.1 unchanged; teaching bench 0 missed (the
 * humanitarian lab's mixed tournament 57% -> 59% deals, autonomous-vehicle data's 61% -> 63%, the data
 * passport's 42%); believable bench unchanged but for the lab's walk-outs (5 -> 1). Ranking instead by the chance of being carried (carriedChance.ts, the
 * parties after the bot) cost the humanitarian lab its deals (74% -> 48%), and so did ranking by the least
 * margin itself rather than by clear or not (46%), or in bands of 0.05 (60%); bands of 0.1 to 1 are clear or
 * not, as kept. Applied before the last round as well, it moved no deal and cost joint gain (92% -> 88%).
 */
import type { PartyId, PartyView, Stance } from '../engine/index.ts';
import type { Choice } from './board.ts';
import type { Floor } from './nearestCarried.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { changedIssues } from './narrowZone.ts';
import { wouldAgree } from './tableOutlook.ts';

/**
 * How far under its floor a party's estimate may fall and still count as clear: a tenth of the slack, for
 * estimates that match the floor but for the last digits. Measured (humanitarian lab, all-adaptive, games
 * 1-50 / 51-150; deals, walk-outs): 0 -> 82% 6% / 73% 9% (seed 24: the refugee agency, required, 0.006 under
 * on the lab's model of it, put the text that passed before behind one that needed the NGOs' walk-out to pass,
 * which the believable bench counts as shrinking the table); 0.01 -> 82% 2% / 73% 8% (kept); 0.02 the same on
 * 1-50; 0.03 -> 70%; 0.05 -> 54% 10%.
 */
const CLEAR_TOLERANCE = 0.01;

/**
 * True when the parties that carry `c` with the bot (`carriers`, all supporting but those the rule can do
 * without) are each at or above their estimated floor without the slack. `out` are the parties known to be out
 * (they objected to a text their model says leaves them more, or refused this very text).
 */
export function clearsFloors(
  view: PartyView,
  me: PartyId,
  carriers: readonly PartyId[],
  floors: readonly Floor[],
  est: (m: OpponentEstimate, c: Choice) => number,
  out: readonly PartyId[],
  c: Choice,
): boolean {
  const floorOf = new Map(floors.map((f) => [f.party, f] as const));
  const margin = new Map<PartyId, number>();
  for (const p of carriers) {
    const f = floorOf.get(p);
    margin.set(p, out.includes(p) ? -Infinity : f ? est(f.model, c) - f.floor : 0);
  }
  // Leave out the parties furthest under first, as many as the rule can do without.
  const left = new Set<PartyId>();
  for (const p of [...carriers].sort((a, b) => (margin.get(a) ?? 0) - (margin.get(b) ?? 0))) {
    left.add(p);
    if (!wouldAgree(view, stancesOf(me, carriers, left))) {
      left.delete(p);
      break;
    }
  }
  return carriers.every((p) => left.has(p) || (margin.get(p) ?? 0) >= -CLEAR_TOLERANCE);
}

function stancesOf(me: PartyId, carriers: readonly PartyId[], left: ReadonlySet<PartyId>): Record<PartyId, Stance> {
  const out: Record<PartyId, Stance> = { [me]: 'support' };
  for (const p of carriers) out[p] = left.has(p) ? 'object' : 'support';
  return out;
}

/**
 * Candidates `refused` does not hold for first (refusedOptions.ts), then sorted nearest to `texts` (narrowZone.ts
 * `nearestFirst`), then those `clear` holds for, then by value.
 */
export function nearestClearFirst<T extends { c: Choice; value: number }>(
  ranked: T[],
  texts: readonly Choice[],
  clear: (c: Choice) => boolean,
  refused: (c: Choice) => boolean = () => false,
): T[] {
  const d = new Map(ranked.map((r) => [r, changedIssues(r.c, texts)] as const));
  const ok = new Map(ranked.map((r) => [r, clear(r.c) ? 0 : 1] as const));
  const off = new Map(ranked.map((r) => [r, refused(r.c) ? 1 : 0] as const));
  return ranked.sort(
    (a, b) =>
      (off.get(a) ?? 0) - (off.get(b) ?? 0) ||
      (d.get(a) ?? 0) - (d.get(b) ?? 0) ||
      (ok.get(a) ?? 0) - (ok.get(b) ?? 0) ||
      b.value - a.value,
  );
}
