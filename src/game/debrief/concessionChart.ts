/**
 * A small chart of a party's concession curve: its own points for the text it last tabled or
 * backed, round by round, against its no-deal points (dashed) and the most it could get. SVG, with
 * the figures in its label for screen readers.
 */
import type { PartyReview } from '../../authoring/review/index.ts';
import { svg as el } from '../dom.ts';
import { formatFigure, t as tr, tenth } from '../uiLocale.ts';

const W = 320;
const H = 140;
const PAD = { left: 36, right: 10, top: 10, bottom: 24 };

export function concessionChart(curve: PartyReview['curve'], name: string): SVGSVGElement {
  const values = [curve.noDeal, curve.best, ...curve.points.flatMap((p) => (p.points === null ? [] : [p.points]))];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo > 1e-9 ? hi - lo : 1;
  const rounds = Math.max(1, curve.points.length);
  const x = (round: number) => PAD.left + ((round - 1) / Math.max(1, rounds - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / span) * (H - PAD.top - PAD.bottom);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'concession-chart', role: 'img' });
  const said = curve.points.map((p) =>
    tr('uiDebrief.concession.round', {
      round: p.round,
      points: p.points === null ? tr('uiDebrief.concession.noPosition') : formatFigure(tenth(p.points)),
    }),
  );
  svg.setAttribute(
    'aria-label',
    tr('uiDebrief.concession.label', {
      name,
      rounds: said.join(', '),
      noDeal: formatFigure(tenth(curve.noDeal)),
      best: formatFigure(tenth(curve.best)),
    }),
  );
  svg.append(
    el('line', {
      x1: PAD.left,
      x2: W - PAD.right,
      y1: y(curve.noDeal),
      y2: y(curve.noDeal),
      stroke: '#b00020',
      'stroke-dasharray': '4 3',
    }),
    el('line', {
      x1: PAD.left,
      x2: W - PAD.right,
      y1: y(curve.best),
      y2: y(curve.best),
      stroke: '#7a8699',
      'stroke-dasharray': '1 3',
    }),
  );
  for (const [v, label] of [
    [curve.noDeal, tr('uiDebrief.concession.noDeal')],
    [curve.best, tr('uiDebrief.concession.best')],
  ] as const) {
    const t = el(
      'text',
      { x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10 },
      formatFigure(tenth(v), { useGrouping: false }),
    );
    t.append(el('title', {}, label));
    svg.append(t);
  }
  const pts = curve.points.filter((p) => p.points !== null);
  if (pts.length > 0)
    svg.append(
      el('polyline', {
        points: pts.map((p) => `${x(p.round).toFixed(1)},${y(p.points!).toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: '#0072b2',
        'stroke-width': 2,
      }),
      ...pts.map((p) =>
        el('circle', { cx: x(p.round).toFixed(1), cy: y(p.points!).toFixed(1), r: 3, fill: '#0072b2' }),
      ),
    );
  for (const p of curve.points) {
    svg.append(el('text', { x: x(p.round), y: H - 8, 'text-anchor': 'middle', 'font-size': 10 }, String(p.round)));
  }
  return svg;
}
