// @vitest-environment jsdom
/**
 * The outcome chart's axis ticks (on the single-device debrief and the class board) as the screens' language writes
 * numbers: a scenario whose points span a few units (GENIUS imports and the authoring tools allow fractional points)
 * has ticks at halves, which a French screen showed as "0.5".
 */
import { afterAll, expect, it } from 'vitest';
import { drawChart } from '../../src/game/widgets/chart/drawChart.ts';
import type { ChartData } from '../../src/game/widgets/chart/chartData.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

afterAll(() => initLocale(['en-GB'], null));

// Four packages between 0 and 1 point for each party (as GENIUS utilities are).
const data: ChartData = {
  x: { id: 'a', name: 'A', batna: 0.3 },
  y: { id: 'b', name: 'B', batna: 0.2 },
  packages: 4,
  cloud: new Float32Array([0, 1, 0.5, 0.8, 0.8, 0.5, 1, 0]),
  sample: 'all',
  frontier: [
    { x: 0, y: 1 },
    { x: 0.5, y: 0.8 },
    { x: 0.8, y: 0.5 },
    { x: 1, y: 0 },
  ],
  frontierExact: true,
  frontierShortfall: 0,
  nash2: null,
  nashAll: null,
  deal: null,
  history: null,
  historyDate: null,
  path: [],
  leftOnTable: [],
};

const ticks = (): string[] =>
  [...drawChart(data).querySelectorAll('text')]
    .map((t) => t.textContent ?? '')
    .filter((s) => /^-?[\d.,]+$/.test(s) && /[.,]/.test(s));

it('writes fractional ticks with a decimal comma in French, a point in English', () => {
  initLocale(['fr-FR'], null);
  expect(ticks()).toContain('0,5');
  expect(ticks().filter((s) => s.includes('.'))).toEqual([]);
  initLocale(['en-GB'], null);
  expect(ticks()).toContain('0.5');
});
