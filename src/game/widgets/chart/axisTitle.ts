/**
 * An axis title that fits its axis: a party's name can be long ("Pathogen-providing countries
 * (Indonesia, the Africa Group, the Group for Equity)", 80 characters), and on one line at the
 * chart's title size it ran past the chart's edges. The title wraps at word boundaries onto up to
 * MAX_LINES lines at its full size (the chart's margin grows to hold them: drawChart.ts); a title
 * longer still is set a little smaller, never under MIN_SIZE (the projector's body text, as the tick
 * numbers), and past that its last line ends with an ellipsis. Widths are estimated (the chart is built
 * before it is shown, so nothing can be measured): CHAR_EM, a generous average glyph width, keeps the
 * estimate on the safe side, and a reader's own letter and word spacing widens it (readerSpacing.ts).
 */
import { NO_SPACING, spacingEm, type TextSpacing } from './readerSpacing.ts';

/** Average glyph width of the app's font, in em (a little over, so estimates err on the short side). */
const CHAR_EM = 0.6;
const MAX_LINES = 3;
/** The smallest a title is set, in the chart's units (its tick numbers' size). */
const MIN_SIZE = 24;

export interface AxisTitle {
  lines: string[];
  fontSize: number;
}

/** `text` set in at most MAX_LINES lines within `length` units, at `fontSize` or as little smaller as that needs. */
export function axisTitle(
  text: string,
  length: number,
  fontSize: number,
  spacing: TextSpacing = NO_SPACING,
): AxisTitle {
  const fits = (size: number) => (line: string) => size * (line.length * CHAR_EM + spacingEm(line, spacing)) <= length;
  for (let size = fontSize; size >= Math.min(fontSize, MIN_SIZE); size--) {
    const lines = wrap(text, fits(size));
    if (lines.length <= MAX_LINES) return { lines, fontSize: size };
  }
  const size = Math.min(fontSize, MIN_SIZE);
  const lines = wrap(text, fits(size));
  const last = lines.slice(MAX_LINES - 1).join(' ');
  return { lines: [...lines.slice(0, MAX_LINES - 1), ellipsised(last, fits(size))], fontSize: size };
}

/** Greedy word wrap; a single word longer than a line stays whole on its own line. */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (fits(`${line} ${word}`)) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `text` as it fits, or cut to what fits with an ellipsis (one character at least). */
function ellipsised(text: string, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  let n = text.length - 1;
  while (n > 1 && !fits(`${text.slice(0, n).trimEnd()}…`)) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}
