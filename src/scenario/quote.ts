/**
 * A name from the file, in double quotes, cut short when long: a problem about a key of a million
 * characters must not be a million characters long itself.
 */
export function quote(text: string, max = 60): string {
  return text.length <= max ? `"${text}"` : `"${text.slice(0, max - 1)}…"`;
}
