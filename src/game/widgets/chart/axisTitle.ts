/**
 * An axis title that fits its axis: a party's name can be long ("Pathogen-providing countries
 * (Indonesia, the Africa Group, the Group for Equity)", 80 characters), and on one line at the
 * chart's title size it ran past the chart's edges. The title wraps at word boundaries onto up to
 * MAX_LINES lines at its full size (the chart's margin grows to hold them: drawChart.ts); a title
 * longer still is set a little smaller, never under MIN_SIZE (the projector's body text, as the tick
 * numbers), and past that its last line ends with an ellipsis. Widths are estimated (the chart is built
 * before it is shown, so nothing can be measured): CHAR_EM, a generous average glyph width, keeps the
 * estimate on the safe side.
 */
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
export function axisTitle(text: string, length: number, fontSize: number): AxisTitle {
  const perLine = (size: number) => Math.max(1, Math.floor(length / (size * CHAR_EM)));
  for (let size = fontSize; size >= Math.min(fontSize, MIN_SIZE); size--) {
    const lines = wrap(text, perLine(size));
    if (lines.length <= MAX_LINES) return { lines, fontSize: size };
  }
  const size = Math.min(fontSize, MIN_SIZE);
  const lines = wrap(text, perLine(size));
  const last = lines.slice(MAX_LINES - 1).join(' ');
  return { lines: [...lines.slice(0, MAX_LINES - 1), ellipsised(last, perLine(size))], fontSize: size };
}

/** Greedy word wrap; a single word longer than a line stays whole on its own line. */
function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function ellipsised(text: string, perLine: number): string {
  return text.length <= perLine ? text : `${text.slice(0, Math.max(1, perLine - 1)).trimEnd()}…`;
}
