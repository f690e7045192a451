/** "A", "A and B", "A, B and C": a list of words in a sentence (`conjunction` 'or' gives "A, B or C"). */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}
