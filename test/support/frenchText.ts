/**
 * "These lines are French sentences of these catalog areas, none of their English ones, with French
 * typography (never a plain space before « : ; ! ? % » or inside guillemets)": the check the French
 * log and refusal tests share.
 */
import { expect } from 'vitest';
import { pattern, sentences, worded } from './catalogText.ts';

type Tree = Parameters<typeof sentences>[0];

export function expectFrenchOf(
  english: Tree | readonly Tree[],
  french: Tree | readonly Tree[],
  lines: readonly string[],
): void {
  const all = (t: Tree | readonly Tree[]) => (Array.isArray(t) ? (t as readonly Tree[]) : [t as Tree]);
  const en = all(english)
    .flatMap((t) => sentences(t))
    .filter(worded)
    .map((t) => pattern(t));
  const fr = all(french)
    .flatMap((t) => sentences(t))
    .map((t) => pattern(t));
  for (const line of lines) {
    expect(en.filter((p) => p.test(line)).map(String), line).toEqual([]);
    expect(
      fr.some((p) => p.test(line)),
      line,
    ).toBe(true);
    expect(line, line).not.toMatch(/ [:;!?»%]|« /);
  }
}
