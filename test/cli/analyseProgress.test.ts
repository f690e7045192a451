/**
 * `analyse` on a large file gives a sign of life on standard error, and keeps the instructor view's frontier
 * budget: it ran for over ten minutes on 8 parties × 12 issues × 8 options without a word, on a budget ten
 * times the browser's, so the two gave different figures for one file.
 */
import { expect, it } from 'vitest';
import { progressLines } from '../../src/cli/verbs/analyse.ts';
import { frontierBudget, LARGE_FRONTIER_BUDGET, LARGE_SPACE } from '../../src/analysis/index.ts';
import { translator } from '../../src/i18n/index.ts';

it('says nothing for the first seconds, then a line at most every five seconds', () => {
  let now = 1000;
  const lines: string[] = [];
  const steps = progressLines(
    translator('en'),
    (l) => lines.push(l),
    () => now,
  );
  const frontier = steps('frontier').onProgress!;
  frontier(1, 10, 'frontier');
  now += 3500;
  frontier(4, 10, 'frontier');
  now += 1000;
  frontier(5, 10, 'frontier');
  now += 5000;
  steps('zone').onProgress!(1, 4, 'search');
  expect(lines).toEqual(['Analysing the Pareto frontier: 40%…', 'Analysing the zone of agreement: 25%…']);
  const fr: string[] = [];
  const french = progressLines(
    translator('fr'),
    (l) => fr.push(l),
    () => (now += 4000),
  );
  french('frontier').onProgress!(1, 2, 'frontier');
  expect(fr).toEqual(['Analyse de la frontière de Pareto\u202f: 50\u202f%…']);
});

it('keeps a large space’s frontier to the budget the instructor view and the debrief use', () => {
  expect(frontierBudget(LARGE_SPACE)).toEqual({});
  expect(frontierBudget(LARGE_SPACE + 1)).toEqual({ maxFrontier: LARGE_FRONTIER_BUDGET });
});
