/**
 * Pairwise preferences read from support and refusal (the adaptive bot's opponent model, issue 15):
 * a party that supported text A and, no earlier, refused text B (objected to it, or replaced it)
 * prefers A to B: its threshold falls with time, so A was above it when supported and B under it when
 * refused. The frequency model need not order them so (it counts options, not texts);
 * `orderByPreferences` nudges its values on the issues where A and B differ until A's estimate leads
 * B's by PREFERENCE_MARGIN (a few passes of a perceptron, values kept in 0..1).
 *
 * Only supported texts stand as A, not the party's own: its own texts already lead the counts, and its
 * later ones are concessions made to move the table, not a measure of what it would take. Counted as A
 * (measured), they changed no library or Harborco-like figure for
 * the better (library misses 12 either way; Harborco-like deals 86% → 85%) and turned the traced
 * Harborco-like game 15 (test/bots/supportAtBatna.test.ts) from a deal into none. Supported texts
 * alone: the benches unchanged, the model's ordering of what a party said it would take right.
 *
 * Under unanimity in effect (every party can block a text) only explicit objections are compared:
 * replacing a text there is how the table searches for the package every party can take (a lap of
 * turns tests one or two texts), not a sign that the replacer could not take it.
 */
import type { Choice } from './board.ts';

/** A text a party took a stance on, and when (the round). */
export interface StanceOn {
  text: Choice;
  round: number;
}

/** A text a party refused: by objecting to it, or by replacing it with its own. */
export interface Refusal extends StanceOn {
  objection: boolean;
}

/**
 * How far a supported text's estimate should lead a refused one's. Thresholds are guessed within a few
 * hundredths (othersAcceptance.ts: 0.02 above the highest text refused lately), so a lead of that order
 * separates them without flattening the rest of the model.
 */
export const PREFERENCE_MARGIN = 0.05;
/** Passes over the pairs: each moves every violated pair to its margin, later ones may undo a little. */
const PASSES = 4;

/** The (preferred, refused) pairs: A supported no later than B was refused, and they differ. */
export function preferencePairs(
  supported: readonly StanceOn[],
  refused: readonly Refusal[],
  objectionsOnly: boolean,
): [Choice, Choice][] {
  const out: [Choice, Choice][] = [];
  for (const b of refused) {
    if (objectionsOnly && !b.objection) continue;
    for (const a of supported)
      if (a.round <= b.round && a.text.some((k, i) => k !== b.text[i])) out.push([a.text, b.text]);
  }
  return out;
}

/**
 * Nudge `values` (per issue and option, 0..1; changed in place) so that each supported text's estimate
 * (Σ weight × value) leads its refused one's by PREFERENCE_MARGIN where the issues they differ on allow.
 */
export function orderByPreferences(values: number[][], weights: readonly number[], pairs: readonly [Choice, Choice][]) {
  const value = (i: number, k: number) => values[i]?.[k] ?? 0.5;
  for (let pass = 0; pass < PASSES; pass++)
    for (const [a, b] of pairs) {
      let lead = 0;
      let span = 0;
      for (let i = 0; i < a.length; i++) {
        const ka = a[i] ?? 0;
        const kb = b[i] ?? 0;
        if (ka === kb) continue;
        const w = weights[i] ?? 0;
        lead += w * (value(i, ka) - value(i, kb));
        span += w;
      }
      const gap = PREFERENCE_MARGIN - lead;
      if (gap <= 0 || span <= 0) continue;
      // Raising A's option and lowering B's by d on every differing issue adds 2·d·span to the lead.
      const d = gap / (2 * span);
      for (let i = 0; i < a.length; i++) {
        const ka = a[i] ?? 0;
        const kb = b[i] ?? 0;
        const row = values[i];
        if (ka === kb || !row) continue;
        row[ka] = Math.min(1, value(i, ka) + d);
        row[kb] = Math.max(0, value(i, kb) - d);
      }
    }
}
