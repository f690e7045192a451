/**
 * A linear scan for over-deep nesting, run before the parser: jsonc-parser is recursive, so a file
 * of 100,000 `[` would overflow the stack. The scan reads strings and comments the way the parser's
 * scanner does (a string ends at its closing quote or at a line break; comments are skipped), so it
 * never counts fewer brackets than the parser will see.
 */
export interface TooDeep {
  /** Offset of the bracket that went past the limit. */
  offset: number;
}

export function findTooDeep(text: string, limit: number): TooDeep | null {
  let depth = 0;
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
      if (depth > limit) return { offset: i };
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    i++;
  }
  return null;
}
