/**
 * "These lines are French sentences of this catalog area, none of its English ones, with French
 * typography": the check the French refusal tests share.
 */
import { expect } from 'vitest';
import { pattern, sentences, worded } from './catalogText.ts';

type Tree = Parameters<typeof sentences>[0];

export function expectFrenchOf(english: Tree, french: Tree, lines: readonly string[]): void {
  const en = sentences(english)
    .filter(worded)
    .map((t) => pattern(t));
  const fr = sentences(french).map((t) => pattern(t));
  for (const line of lines) {
    expect(en.filter((p) => p.test(line)).map(String), line).toEqual([]);
    expect(
      fr.some((p) => p.test(line)),
      line,
    ).toBe(true);
    expect(line, line).not.toMatch(/ [:;!?»]|« /);
  }
}
