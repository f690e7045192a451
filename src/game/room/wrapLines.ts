/**
 * How the table canvas wraps a text into lines (Phaser's own wrap breaks only at spaces, so a name such as
 * "Maximiliane-Charlotte von Hohenzollern" came out "Maximiliane-Charlott / e von Hohenzollern" in a narrow
 * seat column). Lines break at spaces, else after a hyphen inside a word, and split a word between its characters
 * only when no break fits it in the line. Pure: `measure` gives a string's width.
 */

/** The breakable pieces of a word: "Data-protection" → "Data-", "protection". */
const pieces = (word: string): string[] => word.match(/[^-]*-+|[^-]+$/g) ?? [word];

/** `word` in lines no wider than `width`, each as many whole characters as fit (at least one). */
function splitWord(word: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0) {
    let n = rest.length;
    while (n > 1 && measure(rest.slice(0, n).join('')) > width) n--;
    out.push(rest.slice(0, n).join(''));
    rest = rest.slice(n);
  }
  return out;
}

/** `text` as lines no wider than `width` where a break allows it; its own line breaks kept. */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const put = (piece: string, joiner: string) => {
      const candidate = line === '' ? piece : line + joiner + piece;
      if (measure(candidate) <= width) {
        line = candidate;
        return;
      }
      if (line !== '') lines.push(line);
      const parts = measure(piece) <= width ? [piece] : splitWord(piece, width, measure);
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1] ?? '';
    };
    for (const word of paragraph.split(' ').filter((w) => w !== ''))
      pieces(word).forEach((piece, i) => put(piece, i === 0 ? ' ' : ''));
    lines.push(line);
  }
  return lines;
}
