/**
 * A silent party read by what the texts it refused have in common (the adaptive bot's opponent model,
 * opponentModel.ts). A party that has tabled, amended and backed nothing, only objected, was left flat:
 * every text estimated alike. A human reads it by the options held in the texts it refused: an option
 * held in every one of them, while the texts varied elsewhere, is what it objects to; an option it was
 * offered in a text it refused and not in another is less to blame.
 *
 * Now, for such a party only (no own text, no support), and only where the agreement rule cannot do
 * without it (tableOutlook.ts `isNeeded`: its objection blocks), each issue's options are valued by how
 * seldom the texts it refused held them (1 − the share of refused texts that held the option, min–max
 * normalised; an issue all its refused texts agreed on gets its held option at 0 and the rest at 1), and
 * an issue weighs more the more its refused texts agreed on it (the agreed issues are the suspects).
 *
 * Traced on random 'median' table 82 (unanimity, 7 parties): delta, Track II (it cannot table text),
 * objected to every text; nearly all held option-3-3, its worst option (1 point of 28), nobody moved
 * issue 3, and the one package every party takes needs option-3-1. Read so, the end game's texts move
 * issue 3 off option-3-3 and the deal passes.
 * Measured (bench/botsRandom.ts, median shape): deals where a package beats every BATNA 400/471 (84.9%)
 * -> 405/471 (86.0%), held-out seeds 1001-2000 362/431 (84.0%) -> 370/431 (85.8%); the library, the
 * believable and teaching benches, Harborco-like (1-100 and 101-200) unchanged (hash of 56 adaptive logs
 * unchanged). For every silent party, needed or not: random 404/471 and 370/431, but GDPR deals 100% ->
 * 80%, every party at or above its BATNA 100% -> 0%, joint gain 97% -> 63%, pathogen joint gain 94% ->
 * 64%, Osaka 93% -> 70% (their Track II parties, not needed, object to what falls short of their aims and
 * the bots then chased them). Further seeds: 2001-3000 368/428 -> 374/428, 3001-4000 379/440 -> 382/440.
 * Variants, none better beyond a table or two either way (1-1000 / 1001-2000): issue weights by agreement
 * ×0 or ×3 instead of ×1: 405 / 371, 407 / 370; later refusals weighing more (by round): 411 / 366; values
 * halfway to flat: 407 / 371 (2001-3000 379, 3001-4000 380); options no refused text held put in the middle
 * rather than at the top: 402 / 363 and 405 / 366; values only on issues where 75% (or all) of the refused
 * texts agreed: 406 / 368 (405 / 368); read too for a needed party that supported texts but never tabled
 * (support share minus refusal share): 406 / 370.
 */
import type { Refusal } from './pairwisePreferences.ts';

/** How much an issue on which every refused text agreed weighs against one on which they all differed. */
const AGREED_ISSUE_WEIGHT = 1;

/**
 * Values and weights for a party that has only refused (changed in place); leaves them as they are
 * when it refused nothing.
 */
export function readSilentRefusals(values: number[][], weights: number[], refused: readonly Refusal[]): void {
  const n = refused.length;
  if (n === 0) return;
  const raw: number[] = [];
  values.forEach((row, i) => {
    const held = row.map(() => 0);
    for (const r of refused) {
      const k = r.text[i] ?? -1;
      if (k >= 0 && k < held.length) held[k] = (held[k] ?? 0) + 1;
    }
    const share = held.map((h) => h / n);
    const lo = Math.min(...share);
    const hi = Math.max(...share);
    for (let k = 0; k < row.length; k++) row[k] = hi - lo > 1e-9 ? (hi - (share[k] ?? 0)) / (hi - lo) : 0.5;
    // Agreement on the issue: the share of the option held most, 1/n (all differ) .. 1 (all agree).
    raw.push(1 + AGREED_ISSUE_WEIGHT * hi);
  });
  const total = raw.reduce((x, y) => x + y, 0);
  raw.forEach((w, i) => (weights[i] = w / total));
}
