/** "Did you mean …?": the known name closest to a mistyped one, by edit distance. */
import { ENGLISH, type Translate } from './loaderText.ts';

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest candidate, if it is close enough to be a plausible typo: a few edits, the same
 * words with `_` for `-` or different case, or a name that contains the other.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[_\s]/g, '-');
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const a = normal(name); // once: a hostile file's names can be megabytes long
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const b = normal(candidate);
    // Same words with other separators or case; or one name contains the other ("colour_hex", "colour").
    const contains = Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a));
    const d =
      a === b
        ? 0.5
        : contains
          ? Math.min(1.5, editDistance(name, candidate, limit))
          : editDistance(name, candidate, limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` (or, `as` 'typoOf', ` (a typo of "x"?)`) in the language of `t`, or ''. */
export function didYouMean(
  name: string,
  candidates: Iterable<string>,
  t: Translate = ENGLISH,
  as: 'didYouMean' | 'typoOf' = 'didYouMean',
): string {
  const best = closestName(name, candidates);
  return best === undefined ? '' : t(`loader.hint.${as}`, { name: best });
}
