/** No amendment wars (issue 15, src/bots/amendmentLimit.ts): at most two successive amendments of one issue by one pair. */
import { describe, expect, it } from 'vitest';
import { exhaustedIssues } from '../../src/bots/amendmentLimit.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { textHistory, type TextRecord } from '../../src/bots/history.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { harborcoLike, researchLike } from '../support/negotiationGames.ts';
import { FLAGSHIPS, loadScenario } from './support.ts';

/** The longest run of successive amendments of one issue made by at most two parties. */
function longestWar(texts: readonly TextRecord[]): number {
  let longest = 0;
  for (let end = 0; end < texts.length; end++) {
    let k = end;
    const authors = new Set<string>();
    while (k >= 0) {
      const t = texts[k]!;
      if (!t.amended || t.amended.issue !== texts[end]!.amended?.issue) break;
      authors.add(t.author);
      if (authors.size > 2) break;
      k--;
    }
    longest = Math.max(longest, end - k);
  }
  return longest;
}

const amend = (author: string, issue: string): TextRecord => ({
  author,
  kind: 'amend',
  package: {},
  round: 1,
  amended: { issue, from: 'x', to: 'y' },
  supporters: [],
  objectors: [],
  fixedObjectors: [],
});

describe('amendment limit', () => {
  it('blocks a third successive amendment of one issue by the same pair, not by a third party', () => {
    const texts = [amend('a', 'i1'), amend('b', 'i1')];
    expect([...exhaustedIssues(texts, 'a')]).toEqual(['i1']);
    expect([...exhaustedIssues(texts, 'b')]).toEqual(['i1']);
    expect(exhaustedIssues(texts, 'c').size).toBe(0);
    expect(exhaustedIssues([amend('a', 'i1'), amend('b', 'i2')], 'a').size).toBe(0);
    expect(exhaustedIssues([amend('a', 'i1')], 'b').size).toBe(0);
  });

  it('seeded games never show more than two successive amendments of one issue by one pair', () => {
    const scenarios: Scenario[] = [
      ...FLAGSHIPS.map(loadScenario),
      harborcoLike(1),
      harborcoLike(2),
      researchLike(1),
      researchLike(2, 20),
    ];
    // Before the limit, GDPR all-adaptive seed 1 (easy, hard), Boulware seeds 1–3 (easy) and linear seed 1
    // (hard) each amended one issue three or more times in a row between two parties.
    for (const s of scenarios)
      for (const strategies of [
        ['adaptive'],
        ['boulware'],
        ['linear'],
        ['boulware', 'conceder', 'linear', 'tit-for-tat', 'adaptive'],
      ] as const)
        for (const difficulty of ['easy', 'hard'] as const)
          for (const seed of [1, 2]) {
            const g = playGame(s, { seed, strategies, difficulty });
            expect(
              longestWar(textHistory(g.state.log)),
              `${s.id} ${strategies.join(',')} ${difficulty} seed ${seed}`,
            ).toBeLessThanOrEqual(2);
          }
    // 96 games: about 3.3 s of CPU, but over 20 s of wall time on a loaded machine (the full suite).
  }, 120_000);
});
