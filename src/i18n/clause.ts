/**
 * A sentence made into a clause of another: its final full stop dropped, so that a catalog sentence
 * embedding it ("This saved game cannot be continued: {{reason}}.") ends with one stop, not two
 * (the engine's refusals are whole sentences: "Unknown party “x”."). An ellipsis or a question mark stays.
 */
export function asClause(sentence: string): string {
  const trimmed = sentence.trimEnd();
  return trimmed.endsWith('.') && !trimmed.endsWith('...') ? trimmed.slice(0, -1) : trimmed;
}
