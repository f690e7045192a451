/** Draws ChartData as an SVG scatter plot (dots, frontier, BATNA lines, Nash points, deal, path). */
import type { ChartData, ChartPoint } from './chartData.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 800;
const H = 600;
const M = { l: 70, r: 20, t: 20, b: 60 };

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function drawChart(d: ChartData): SVGSVGElement {
  const xs: number[] = [d.x.batna];
  const ys: number[] = [d.y.batna];
  for (let i = 0; i < d.cloud.length; i += 2) {
    xs.push(d.cloud[i] as number);
    ys.push(d.cloud[i + 1] as number);
  }
  const range = (v: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const pad = Math.max(1, (hi - lo) * 0.05);
    return [lo - pad, hi + pad] as const;
  };
  const [x0, x1] = range(xs);
  const [y0, y1] = range(ys);
  const sx = (x: number) => M.l + ((x - x0) / (x1 - x0)) * (W - M.l - M.r);
  const sy = (y: number) => H - M.b - ((y - y0) / (y1 - y0)) * (H - M.t - M.b);
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Outcome space: points for ${d.x.name} (horizontal) and ${d.y.name} (vertical)`);

  // Axes and labels.
  svg.append(
    el('line', { x1: M.l, y1: H - M.b, x2: W - M.r, y2: H - M.b, stroke: '#000', 'stroke-width': 2 }),
    el('line', { x1: M.l, y1: M.t, x2: M.l, y2: H - M.b, stroke: '#000', 'stroke-width': 2 }),
    el('text', { x: (M.l + W - M.r) / 2, y: H - 15, 'text-anchor': 'middle', 'font-size': 20 }, `${d.x.name} (points)`),
    el(
      'text',
      {
        x: 18,
        y: (M.t + H - M.b) / 2,
        'text-anchor': 'middle',
        'font-size': 20,
        transform: `rotate(-90 18 ${(M.t + H - M.b) / 2})`,
      },
      `${d.y.name} (points)`,
    ),
  );
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const xv = x0 + t * (x1 - x0);
    const yv = y0 + t * (y1 - y0);
    svg.append(
      el('text', { x: sx(xv), y: H - M.b + 20, 'text-anchor': 'middle', 'font-size': 14 }, String(Math.round(xv))),
      el('text', { x: M.l - 8, y: sy(yv) + 5, 'text-anchor': 'end', 'font-size': 14 }, String(Math.round(yv))),
    );
  }
  // Every package: one path of tiny squares (fast even for tens of thousands).
  let dots = '';
  for (let i = 0; i < d.cloud.length; i += 2)
    dots += `M${sx(d.cloud[i] as number).toFixed(1)} ${sy(d.cloud[i + 1] as number).toFixed(1)}h3v3h-3z`;
  svg.append(el('path', { d: dots, fill: '#7a8699', 'fill-opacity': 0.55 }));
  // BATNA lines: the region up and to the right beats both.
  svg.append(
    el('line', {
      x1: sx(d.x.batna),
      y1: M.t,
      x2: sx(d.x.batna),
      y2: H - M.b,
      stroke: '#b35c00',
      'stroke-dasharray': '8 6',
      'stroke-width': 2,
    }),
    el('line', {
      x1: M.l,
      y1: sy(d.y.batna),
      x2: W - M.r,
      y2: sy(d.y.batna),
      stroke: '#b35c00',
      'stroke-dasharray': '8 6',
      'stroke-width': 2,
    }),
  );
  // Pareto frontier.
  if (d.frontier.length > 0)
    svg.append(
      el('polyline', {
        points: d.frontier.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' '),
        fill: 'none',
        stroke: '#0072b2',
        'stroke-width': 3,
      }),
    );
  // Path of the texts on the table.
  if (d.path.length > 0) {
    svg.append(
      el('polyline', {
        points: d.path.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' '),
        fill: 'none',
        stroke: '#cc79a7',
        'stroke-width': 2,
        'stroke-dasharray': '4 3',
      }),
    );
    // Number the texts when few; with many, only the first and the last (the rest is noise).
    const labelled = (i: number) => d.path.length <= 12 || i === 0 || i === d.path.length - 1;
    d.path.forEach((p, i) => {
      svg.append(el('circle', { cx: sx(p.x), cy: sy(p.y), r: 5, fill: '#cc79a7', stroke: '#000' }));
      if (labelled(i))
        svg.append(el('text', { x: sx(p.x) + 7, y: sy(p.y) - 7, 'font-size': 15, 'font-weight': 700 }, String(i + 1)));
    });
  }
  const marker = (p: ChartPoint | null, shape: 'star' | 'diamond' | 'square', colour: string) => {
    if (!p) return;
    const x = sx(p.x);
    const y = sy(p.y);
    const pts =
      shape === 'diamond'
        ? [
            [0, -13],
            [13, 0],
            [0, 13],
            [-13, 0],
          ]
        : shape === 'square'
          ? [
              [-9, -9],
              [9, -9],
              [9, 9],
              [-9, 9],
            ]
          : Array.from({ length: 10 }, (_, i) => {
              const r = i % 2 ? 6 : 14;
              const a = -Math.PI / 2 + (i * Math.PI) / 5;
              return [r * Math.cos(a), r * Math.sin(a)];
            });
    svg.append(
      el('polygon', {
        points: pts.map(([a, b]) => `${x + (a ?? 0)},${y + (b ?? 0)}`).join(' '),
        fill: colour,
        stroke: '#000',
        'stroke-width': 2,
      }),
    );
  };
  marker(d.nashAll, 'square', '#009e73');
  marker(d.nash2, 'star', '#f0e442');
  marker(d.deal, 'diamond', '#d55e00');
  return svg;
}

/** The legend as HTML (shapes as well as colours, readable by screen readers). */
export const LEGEND: { colour: string; symbol: string; text: string }[] = [
  { colour: '#7a8699', symbol: '▪', text: 'every possible package' },
  { colour: '#0072b2', symbol: '━', text: 'Pareto frontier for these two parties' },
  { colour: '#f0e442', symbol: '★', text: 'Nash point for these two parties' },
  { colour: '#009e73', symbol: '■', text: 'Nash point for the whole table' },
  { colour: '#d55e00', symbol: '◆', text: 'the deal' },
  { colour: '#cc79a7', symbol: '●', text: 'the texts on the table, in order' },
  { colour: '#b35c00', symbol: '┅', text: 'each party’s BATNA (no-deal result)' },
];
