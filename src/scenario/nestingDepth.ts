/**
 * A linear scan for over-deep nesting and over-full objects and lists, run before the parser:
 * jsonc-parser is recursive, so a file of 100,000 `[` would overflow the stack, and an object of
 * 500,000 fields takes JSON.parse seconds. The scan reads strings and comments the way the parser's
 * scanner does (a string ends at its closing quote or at a line break; comments are skipped), so it
 * never counts fewer brackets than the parser will see.
 */
export type Shape =
  | { problem: 'too-deep'; /** Offset of the bracket that went past the limit. */ offset: number }
  | {
      problem: 'too-many-entries';
      /** Offset of the object's { or the list's [. */
      offset: number;
      kind: 'object' | 'list';
    };

export function findBadShape(text: string, maxDepth: number, maxEntries: number): Shape | null {
  let depth = 0;
  // For each open container (by depth): where it starts and how many commas it holds so far.
  const starts: number[] = [];
  const commas: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22 || d === 10 || d === 13) {
          if (d === 0x22) i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        i += 2;
        while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
        continue;
      }
      if (next === 0x2a /* * */) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      }
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > maxDepth) return { problem: 'too-deep', offset: i };
      starts[depth] = i;
      commas[depth] = 0;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    else if (c === 0x2c /* , */ && depth > 0) {
      const n = (commas[depth] ?? 0) + 1;
      commas[depth] = n;
      if (n >= maxEntries) {
        const offset = starts[depth] ?? 0;
        return { problem: 'too-many-entries', offset, kind: text.charCodeAt(offset) === 0x7b ? 'object' : 'list' };
      }
    }
    i++;
  }
  return null;
}
