/**
 * The spacing a reader's own style sheet adds to text (WCAG 1.4.12, text spacing: letter spacing up to
 * 0.12 em, word spacing up to 0.16 em), in em, as the page's body has it when a chart is built. The chart is
 * built before it is shown, so its labels' and axis titles' widths are estimated from their characters
 * (labelPlacement.ts, axisTitle.ts); without the reader's spacing in the estimate, the real deal's label ran
 * past the edge of a phone's chart. Spacing a reader applies after the chart is drawn (a bookmarklet) reaches
 * it when the chart is next drawn.
 */
export interface TextSpacing {
  /** Added after each character, in em. */
  letter: number;
  /** Added to each space between words, in em. */
  word: number;
}

export const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

export function readerSpacing(): TextSpacing {
  if (typeof document === 'undefined' || !document.body) return NO_SPACING;
  const style = getComputedStyle(document.body);
  const size = Number.parseFloat(style.fontSize) || 16;
  // Computed lengths are in px ('normal' reads as none); a negative spacing only leaves more room.
  const em = (value: string) => Math.max(0, (Number.parseFloat(value) || 0) / size);
  return { letter: em(style.letterSpacing), word: em(style.wordSpacing) };
}

/** What `spacing` adds to `text`'s width, in em. */
export function spacingEm(text: string, spacing: TextSpacing): number {
  if (spacing.letter === 0 && spacing.word === 0) return 0;
  let em = 0;
  for (const ch of text) em += spacing.letter + (ch === ' ' ? spacing.word : 0);
  return em;
}
