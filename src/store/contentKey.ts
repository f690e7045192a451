/**
 * A key for a text derived from its content, so that every save of the same scenario shares one copy
 * of its text. Two 53-bit string hashes (cyrb53 with two seeds) and the length: synchronous, and
 * available on plain-http classroom addresses where `crypto.subtle` is not. The persistence code
 * still compares the stored text before sharing a key, so even a collision could not swap scenarios.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function contentKey(text: string): string {
  return `${cyrb53(text, 1).toString(36)}-${cyrb53(text, 2).toString(36)}-${text.length.toString(36)}`;
}
