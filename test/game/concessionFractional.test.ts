// @vitest-environment jsdom
/**
 * A party's concession curve on the single-device debrief with fractional points (GENIUS imports and the authoring
 * tools allow them): it rounded every figure whole, so no-deal points of 52.5 read "53" (and a text worth 60.5, "61").
 * It now gives them to one decimal, as the screens' language writes numbers.
 */
import { afterAll, expect, it } from 'vitest';
import { concessionChart } from '../../src/game/debrief/concessionChart.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

afterAll(() => initLocale(['en-GB'], null));

const curve = {
  points: [
    { round: 1, points: 80.5 },
    { round: 2, points: 60.5 },
  ],
  noDeal: 52.5,
  best: 80.5,
};
const labels = (el: SVGSVGElement) => [...el.querySelectorAll('text')].map((t) => t.firstChild?.textContent ?? '');

it('gives the curve’s figures to one decimal, in English and in French', () => {
  initLocale(['en-GB'], null);
  const en = concessionChart(curve, 'North');
  expect(en.getAttribute('aria-label')).toBe(
    'Concession curve of North: round 1: 80.5, round 2: 60.5; no-deal points 52.5, best possible at the end 80.5.',
  );
  expect(labels(en)).toEqual(expect.arrayContaining(['52.5', '80.5']));
  initLocale(['fr-FR'], null);
  const fr = concessionChart(curve, 'North');
  expect(fr.getAttribute('aria-label')).toContain('tour 2\u202f: 60,5');
  expect(fr.getAttribute('aria-label')).toContain('points sans accord 52,5, meilleur résultat possible à la fin 80,5.');
  expect(labels(fr)).toEqual(expect.arrayContaining(['52,5', '80,5']));
});

it('writes negative no-deal points with the minus sign, in its words and on its axis (they read "-2.5")', () => {
  initLocale(['en-GB'], null);
  const below = concessionChart(
    { ...curve, points: [...curve.points, { round: 3, points: -1 }], noDeal: -2.5 },
    'North',
  );
  expect(below.getAttribute('aria-label')).toBe(
    'Concession curve of North: round 1: 80.5, round 2: 60.5, round 3: \u22121; no-deal points \u22122.5, best possible at the end 80.5.',
  );
  expect(labels(below)).toEqual(expect.arrayContaining(['\u22122.5', '80.5']));
});
