/**
 * Aspirations: the normalised utility a bot aims at as the game goes on, the first part of bidding.
 *
 * Time-dependent concession after Faratin, Sierra & Jennings (1998): the aspiration falls from the
 * best package (`top`) to the floor (BATNA plus a margin) as the deadline nears,
 *   target(t) = top − (top − floor) · t^e,  t in 0..1,
 * with e > 1 Boulware (holds out, concedes at the end), e = 1 linear, e < 1 conceder.
 */
import { choiceOf, own, type Board } from '../board.ts';
import type { TextRecord } from '../history.ts';
import type { AspirationInput } from '../strategies/strategy.ts';

/** The time-dependent aspiration at progress t (0 first turn, 1 last turn), from `top` down to `floor`. */
export function timeDependentTarget(t: number, floor: number, exponent: number, top = 1): number {
  const tt = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return top - (top - floor) * Math.pow(tt, exponent);
}

/** Faratin's curve with the strategy's exponent. */
export function timeDependent(input: AspirationInput): number {
  return timeDependentTarget(input.time, input.floor, input.exponent, input.top);
}

/**
 * The table's mood sets the pace: while texts find broad support the bot can afford to hold out (its
 * full exponent); while none does a deal is in danger and it concedes as fast as a linear negotiator.
 */
export function moodAware(input: AspirationInput): number {
  const exponent = moodExponent(input.exponent, input.texts, input.board.others.length);
  return timeDependentTarget(input.time, input.floor, exponent, input.top);
}

/** Support is measured over the texts of the last round of turns. */
export function moodExponent(exponent: number, texts: readonly TextRecord[], others: number): number {
  const recent = texts.slice(-Math.max(1, others + 1));
  if (recent.length === 0 || others === 0) return exponent;
  const share = Math.max(...recent.map((t) => t.supporters.filter((p) => p !== t.author).length / others));
  return Math.min(exponent, 1 + (exponent - 1) * share);
}

/** Reciprocity: the time-dependent aspiration, but never above what the others' concessions earn. */
export function reciprocal(input: AspirationInput): number {
  const { board, texts, me, top } = input;
  return Math.min(timeDependent(input), reciprocalTarget(board, texts, me, board.others.length, top));
}

/**
 * Tit-for-tat's aspiration: it concedes as much as the others have conceded to it, measured on its
 * own utility: the best of their recent texts against the best of their first texts.
 */
export function reciprocalTarget(
  board: Board,
  texts: readonly TextRecord[],
  me: string,
  window: number,
  top: number,
): number {
  const theirs: number[] = [];
  for (const t of texts) {
    if (t.author === me) continue;
    const c = choiceOf(board, t.package);
    if (c) theirs.push(own(board, c));
  }
  if (theirs.length === 0) return top;
  const w = Math.max(1, window);
  const first = Math.max(...theirs.slice(0, w));
  const recent = Math.max(...theirs.slice(-w));
  return top - Math.max(0, recent - first);
}
