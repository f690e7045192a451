// @vitest-environment jsdom
/**
 * The outcome chart in words (screen readers, print; the single-device debrief and the class board) with fractional
 * points (GENIUS imports and the authoring tools allow them): it rounded every figure whole, so a BATNA of 52.5 read
 * "53" and a deal at (50.5, 20.4) read "51 and 20". It now gives them to one decimal, as the screens' language writes
 * numbers.
 */
import { afterAll, expect, it } from 'vitest';
import { describe as chartInWords } from '../../src/game/debrief/outcomeChart.ts';
import type { ChartData } from '../../src/game/widgets/chart/chartData.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

afterAll(() => initLocale(['en-GB'], null));

const data: ChartData = {
  x: { id: 'a', name: 'A', batna: 52.5 },
  y: { id: 'b', name: 'B', batna: 30 },
  packages: 2,
  cloud: new Float32Array([50.5, 20.4, 60, 10]),
  sample: 'all',
  frontier: [
    { x: 50.5, y: 20.4 },
    { x: 60, y: 10 },
  ],
  frontierExact: true,
  frontierShortfall: 0,
  nash2: { x: 50.5, y: 20.4 },
  nashAll: null,
  deal: { x: 50.5, y: 20.4 },
  history: null,
  historyDate: null,
  path: [{ x: 50.5, y: 20.4 }],
  leftOnTable: [],
};

it('gives the BATNAs and points to one decimal, in English and in French', () => {
  initLocale(['en-GB'], null);
  const en = chartInWords(data, []).textContent ?? '';
  expect(en).toContain('BATNAs 52.5 and 30');
  expect(en).toContain('the deal 50.5 and 20.4');
  initLocale(['fr-FR'], null);
  const fr = chartInWords(data, []).textContent ?? '';
  expect(fr).toContain('solutions de rechange 52,5 et 30');
  expect(fr).toContain('l’accord 50,5 et 20,4');
});

it('writes a negative BATNA and point with the minus sign, as the sheets do (it read "-2.5")', () => {
  initLocale(['en-GB'], null);
  const below = { ...data, x: { ...data.x, batna: -2.5 }, deal: { x: -1, y: 20.4 } };
  const en = chartInWords(below, []).textContent ?? '';
  expect(en).toContain('BATNAs \u22122.5 and 30');
  expect(en).toContain('the deal \u22121 and 20.4');
  initLocale(['fr-FR'], null);
  expect(chartInWords(below, []).textContent).toContain('solutions de rechange \u22122,5 et 30');
});
