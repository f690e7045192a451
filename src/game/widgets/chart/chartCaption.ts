/** The outcome-space chart's caption (kept apart from chartData.ts so pages need not load the analysis). */
import type { ChartData } from './chartData.ts';

import { t } from '../../uiLocale.ts';

/** The chart's caption: how many packages there are and what exactly is drawn. */
export function chartCaption(d: ChartData): string {
  const dots = d.cloud.length / 2;
  const front = d.frontierExact
    ? t('uiDebrief.chart.exactFrontier')
    : t('uiDebrief.chart.approxFrontier', { points: Math.round(d.frontierShortfall * 10) / 10 });
  const values = { packages: d.packages, dots, front };
  switch (d.sample) {
    case 'all':
      return t('uiDebrief.chart.captionAll', values);
    case 'stride':
      return t('uiDebrief.chart.captionStride', values);
    case 'random':
      return t('uiDebrief.chart.captionRandom', values);
  }
}
