/** The outcome-space chart's caption (kept apart from chartData.ts so pages need not load the analysis). */
import type { ChartData } from './chartData.ts';

const count = (n: number) => n.toLocaleString('en');

/** The chart's caption: how many packages there are and what exactly is drawn. */
export function chartCaption(d: ChartData): string {
  const dots = d.cloud.length / 2;
  const front = d.frontierExact
    ? 'the exact Pareto frontier of these two parties'
    : `these two parties’ Pareto frontier, approximated to within ${Math.round(d.frontierShortfall * 10) / 10} points`;
  switch (d.sample) {
    case 'all':
      return `${count(d.packages)} possible packages, each drawn as a dot, and ${front}.`;
    case 'stride':
      return `${count(d.packages)} possible packages: ${count(dots)} of them are drawn (an even spread), and ${front}.`;
    case 'random':
      return `${count(d.packages)} possible packages, too many to visit one by one: ${count(dots)} drawn at random (the same sample every time) are plotted, with ${front}. The Nash points are exact.`;
  }
}
