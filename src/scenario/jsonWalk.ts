/**
 * A walk over the tokens of a text that JSON.parse has already accepted, calling back at each
 * container, key and value with its offset. Because the text is known to be valid it needs no error
 * handling, and it allocates nothing per character (jsonc-parser's scanner builds a string of every
 * run of white space, which costs seconds for a file of megabytes of spaces).
 */
export interface JsonWalker {
  objectBegin(offset: number): void;
  arrayBegin(offset: number): void;
  end(): void;
  key(key: string, offset: number): void;
  literal(offset: number): void;
}

/** The offset just after the string that starts (with its quote) at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    // The quote closes the string unless an odd number of backslashes escape it.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

export function walkJson(text: string, walker: JsonWalker): void {
  const n = text.length;
  // Whether the string met next is a key: inside an object, after { or a comma.
  let expectKey = false;
  const inObject: boolean[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x7b /* { */:
        walker.objectBegin(i);
        inObject.push(true);
        expectKey = true;
        i++;
        break;
      case 0x5b /* [ */:
        walker.arrayBegin(i);
        inObject.push(false);
        expectKey = false;
        i++;
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
        walker.end();
        inObject.pop();
        expectKey = false;
        i++;
        break;
      case 0x2c /* , */:
        expectKey = inObject[inObject.length - 1] === true;
        i++;
        break;
      case 0x22 /* " */: {
        const end = stringEnd(text, i);
        if (expectKey) {
          const raw = text.slice(i + 1, end - 1);
          walker.key(raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw, i);
          expectKey = false;
        } else walker.literal(i);
        i = end;
        break;
      }
      case 0x3a /* : */:
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        i++;
        break;
      default: {
        // A number, true, false or null: up to the next delimiter.
        walker.literal(i);
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
          i++;
        }
      }
    }
  }
}
