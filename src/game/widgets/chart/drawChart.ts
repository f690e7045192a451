/** Draws ChartData as an SVG scatter plot (dots, frontier, BATNA lines, Nash points, deal, real deal, path). */
import { scaleLinear } from 'd3-scale';
import type { ChartData, ChartPoint } from './chartData.ts';
import { formatFigure, t } from '../../uiLocale.ts';
import { axisTitle, type AxisTitle } from './axisTitle.ts';
import { placeLabels, type LabelRequest, type Mark, type Side } from './labelPlacement.ts';
import { readerSpacing } from './readerSpacing.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 800;
const H = 600;
/** Margins for one-line axis titles; each further line of a title widens its margin by a line (`drawChart`). */
const MARGINS = { l: 90, r: 24, t: 20, b: 80 };
/**
 * Text sizes in the chart's own units (800 wide): the chart is shown up to 60rem wide, so these
 * read as about body text (the tick numbers) and a little more (the axis titles), on a projector too.
 */
const TICK_FONT = 24;
const AXIS_FONT = 26;
const PATH_FONT = 24;
/** About this many ticks per axis (d3 picks round values: 0, 20, 40…). */
const TICKS = 6;

/** Line height of a multi-line axis title, in its font size. */
const LINE_HEIGHT = 1.15;

/** An axis title's lines at (x, y), turned `angle` degrees about that point; one tspan a line. */
function titleText(title: AxisTitle, x: number, y: number, angle: number): SVGElement {
  const text = el('text', {
    x,
    y,
    'text-anchor': 'middle',
    'font-size': Math.round(title.fontSize * 10) / 10,
    ...(angle !== 0 ? { transform: `rotate(${angle} ${x} ${y})` } : {}),
  });
  title.lines.forEach((line, i) => text.append(el('tspan', { x, ...(i > 0 ? { dy: `${LINE_HEIGHT}em` } : {}) }, line)));
  return text;
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A labelled point drawn on top (the class board: each table's deal, "T1", "T2"…). */
export interface ChartMark {
  label: string;
  point: ChartPoint;
}

/** A tick's value as the screens' language writes a number (a French chart read "0.5" on a scale of one point). */
const tick = (v: number): string => formatFigure(v, { useGrouping: false });

export function drawChart(d: ChartData, marks: readonly ChartMark[] = []): SVGSVGElement {
  // Every point drawn is inside the axes: the texts tabled as well as the packages at the end (a text
  // may hold an option an event later took off the table, or be scored on a sheet an event changed:
  // Safe Harbor's first texts lay left of its axes), the deal, the real deal and the Nash points.
  const drawn = [...marks.map((m) => m.point), ...d.path, d.deal, d.history, d.nash2, d.nashAll].filter(
    (p): p is ChartPoint => p !== null,
  );
  // The axis titles first: a long party name takes more lines, and its margin grows to hold them.
  // Their widths, as the labels', are estimated with the reader's own text spacing (readerSpacing.ts).
  const spacing = readerSpacing();
  const xTitle = axisTitle(t('uiDebrief.chart.axis', { party: d.x.name }), W - 20, AXIS_FONT, spacing);
  const yTitle = axisTitle(
    t('uiDebrief.chart.axis', { party: d.y.name }),
    H - MARGINS.t - MARGINS.b,
    AXIS_FONT,
    spacing,
  );
  const lineOf = (title: AxisTitle) => title.fontSize * LINE_HEIGHT;
  const M = {
    ...MARGINS,
    l: MARGINS.l + (yTitle.lines.length - 1) * lineOf(yTitle),
    b: MARGINS.b + (xTitle.lines.length - 1) * lineOf(xTitle),
  };
  const xs: number[] = [d.x.batna, ...drawn.map((p) => p.x)];
  const ys: number[] = [d.y.batna, ...drawn.map((p) => p.y)];
  for (let i = 0; i < d.cloud.length; i += 2) {
    xs.push(d.cloud[i] as number);
    ys.push(d.cloud[i + 1] as number);
  }
  const range = (v: number[]): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const pad = Math.max(1, (hi - lo) * 0.05);
    return [lo - pad, hi + pad];
  };
  // Round ticks (0, 20, 40… rather than −6, 22, 50…): d3-scale's nice() widens the domain to them.
  const xScale = scaleLinear()
    .domain(range(xs))
    .range([M.l, W - M.r])
    .nice(TICKS);
  const yScale = scaleLinear()
    .domain(range(ys))
    .range([H - M.b, M.t])
    .nice(TICKS);
  const sx = (x: number) => xScale(x);
  const sy = (y: number) => yScale(y);
  /** Points that land on the same spot of the drawing, each spot with its items in order (one dot, one label). */
  const atSpots = <T>(points: readonly { p: ChartPoint; item: T }[]): { x: number; y: number; items: T[] }[] => {
    const spots = new Map<string, { x: number; y: number; items: T[] }>();
    for (const { p, item } of points) {
      const x = sx(p.x);
      const y = sy(p.y);
      const key = `${Math.round(x)},${Math.round(y)}`;
      const spot = spots.get(key) ?? { x, y, items: [] };
      spot.items.push(item);
      spots.set(key, spot);
    }
    return [...spots.values()];
  };
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('uiDebrief.chart.ariaLabel', { x: d.x.name, y: d.y.name }));

  // Axes, light grid lines at the ticks, and labels.
  for (const t of xScale.ticks(TICKS))
    svg.append(
      el('line', { x1: sx(t), y1: M.t, x2: sx(t), y2: H - M.b, stroke: '#e3e6ea', 'stroke-width': 1 }),
      el('text', { x: sx(t), y: H - M.b + 30, 'text-anchor': 'middle', 'font-size': TICK_FONT }, tick(t)),
    );
  for (const t of yScale.ticks(TICKS))
    svg.append(
      el('line', { x1: M.l, y1: sy(t), x2: W - M.r, y2: sy(t), stroke: '#e3e6ea', 'stroke-width': 1 }),
      el('text', { x: M.l - 10, y: sy(t) + 8, 'text-anchor': 'end', 'font-size': TICK_FONT }, tick(t)),
    );
  svg.append(
    el('line', { x1: M.l, y1: H - M.b, x2: W - M.r, y2: H - M.b, stroke: '#000', 'stroke-width': 2 }),
    el('line', { x1: M.l, y1: M.t, x2: M.l, y2: H - M.b, stroke: '#000', 'stroke-width': 2 }),
    // The x title under the tick numbers, centred on the chart (it may use the chart's whole width).
    titleText(xTitle, W / 2, H - 14 - (xTitle.lines.length - 1) * lineOf(xTitle), 0),
    // The y title turned a quarter, its first line 26 units from the edge, later lines toward the axis.
    titleText(yTitle, 26, (M.t + H - M.b) / 2, -90),
  );
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
  // The texts on the table, in order: no connecting lines (they crossed into a tangle), but numbered
  // dots that darken from the first text to the last; texts that landed on the same point share a
  // dot and list their numbers ("2, 5"). With many texts, only the first and the last are numbered.
  // Every label is placed at the end, clear of the marks and of each other (labelPlacement.ts).
  const labels: { request: LabelRequest; attrs: Record<string, string> }[] = [];
  const marksDrawn: Mark[] = [];
  if (d.path.length > 0) {
    const n = d.path.length;
    const numbered = (k: number) => n <= 12 || k === 1 || k === n;
    for (const { x, y, items: numbers } of atSpots(d.path.map((p, i) => ({ p, item: i + 1 })))) {
      const last = numbers[numbers.length - 1] as number;
      svg.append(
        el('circle', { cx: x, cy: y, r: 8, fill: pathColour(n > 1 ? (last - 1) / (n - 1) : 1), stroke: '#000' }),
      );
      marksDrawn.push({ x, y, radius: 8 });
      const text = numbers.filter(numbered).join(', ');
      if (text !== '') labels.push({ request: { x, y, radius: 8, text, prefer: ['above-right'] }, attrs: {} });
    }
  }
  const marker = (
    p: ChartPoint | null,
    shape: 'star' | 'diamond' | 'square' | 'triangle',
    colour: string,
    attrs: Record<string, string> = {},
  ) => {
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
        : shape === 'triangle'
          ? [
              [0, -14],
              [13, 10],
              [-13, 10],
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
    marksDrawn.push({ x, y, radius: 14 });
    svg.append(
      el('polygon', {
        points: pts.map(([a, b]) => `${x + (a ?? 0)},${y + (b ?? 0)}`).join(' '),
        fill: colour,
        stroke: '#000',
        'stroke-width': 2,
        ...attrs,
      }),
    );
  };
  /** Sides a label tries first: right of the middle it reads leftwards, toward the room. */
  const towardRoom = (x: number, row: 'above' | 'below'): Side[] =>
    x > W / 2 ? [`${row}-left`, `${row}-right`] : [`${row}-right`, `${row}-left`];
  marker(d.nashAll, 'square', '#009e73');
  marker(d.nash2, 'star', '#f0e442');
  marker(d.deal, 'diamond', '#d55e00');
  // Tables that ended on the same point share one mark and one label ("T1–T4, T7"): drawn one on another,
  // the last table's label hid the others (a class of 12 tables showed two labels, T6 and T12).
  // The spots most tables share are labelled first, next to their mark; a lone table's label gives way.
  const spots = atSpots(marks.map((m) => ({ p: m.point, item: m.label }))).sort(
    (a, b) => b.items.length - a.items.length,
  );
  for (const { x, y, items: tables } of spots) {
    svg.append(
      el('circle', {
        cx: x,
        cy: y,
        r: 10,
        fill: '#d55e00',
        stroke: '#000',
        'stroke-width': 2,
        class: 'chart-mark',
        // Every label this mark stands for, whole (its text may shorten them to a range).
        'data-labels': tables.join(' '),
      }),
    );
    marksDrawn.push({ x, y, radius: 10 });
    labels.push({
      request: { x, y, radius: 10, text: compactLabels(tables), prefer: towardRoom(x, 'above') },
      attrs: { 'data-mark': 'tables' },
    });
  }
  // The real deal last, so a table's outcome on the same spot never hides it; its label placed first.
  if (d.history) {
    marker(d.history, 'triangle', '#56b4e9', { 'data-mark': 'history' });
    const x = sx(d.history.x);
    const y = sy(d.history.y);
    labels.unshift({
      request: { x, y, radius: 14, text: historyLabel(d.historyDate), prefer: towardRoom(x, 'below') },
      attrs: { 'data-mark': 'history' },
    });
  }
  const area = { x: M.l, y: M.t, w: W - M.r - M.l, h: H - M.b - M.t };
  const placed = placeLabels(
    labels.map((l) => l.request),
    marksDrawn,
    area,
    PATH_FONT,
    spacing,
  );
  placed.forEach((at, i) => {
    const { request, attrs } = labels[i]!;
    if (at.leader) svg.append(el('line', { ...at.leader, stroke: '#000', 'stroke-width': 1.5, ...attrs }));
    svg.append(
      el(
        'text',
        {
          x: at.x,
          y: at.y,
          'text-anchor': at.anchor,
          'font-size': PATH_FONT,
          'font-weight': 700,
          stroke: '#fff',
          'stroke-width': 5,
          'paint-order': 'stroke',
          ...attrs,
        },
        request.text,
      ),
    );
  });
  return svg;
}

/**
 * Labels of one spot, runs of consecutive numbers with the same prefix shortened to a range:
 * T1, T2, T3, T4, T7 → "T1–T4, T7". Labels without a number are listed as they are.
 */
export function compactLabels(labels: readonly string[]): string {
  const parsed = labels.map((l) => /^(.*?)(\d+)$/.exec(l));
  if (parsed.some((m) => m === null) || new Set(parsed.map((m) => m?.[1])).size > 1) return labels.join(', ');
  const prefix = parsed[0]?.[1] ?? '';
  const numbers = [...new Set(parsed.map((m) => Number(m?.[2])))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    const from = `${prefix}${numbers[i]}`;
    // Two in a row read better listed ("T1, T2") than as a range.
    if (j === i) runs.push(from);
    else if (j === i + 1) runs.push(from, `${prefix}${numbers[j]}`);
    else runs.push(`${from}–${prefix}${numbers[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The colour of the `t`-th share of the texts on the table: light pink (first) to deep purple (last). */
export function pathColour(t: number): string {
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.min(1, Math.max(0, t)));
  return `rgb(${mix(0xf4, 0x6a)} ${mix(0xc6, 0x1b)} ${mix(0xe0, 0x6b)})`;
}

/** The real deal's label on the chart. */
export function historyLabel(date: string | null): string {
  return date ? t('uiChart.historyDated', { date }) : t('uiChart.history');
}

/** The legend as HTML (shapes as well as colours, readable by screen readers). */
/** A legend entry: `id` names it, `text` says it in the language of the screens. */
export interface LegendItem {
  id: LegendId;
  colour: string;
  symbol: string;
  readonly text: string;
}
export type LegendId =
  'packages' | 'frontier' | 'nash2' | 'nashAll' | 'deal' | 'history' | 'texts' | 'batna' | 'tables';

export const legendItem = (id: LegendId, colour: string, symbol: string): LegendItem => ({
  id,
  colour,
  symbol,
  get text() {
    return t(`uiDebrief.chart.legendItems.${id}`);
  },
});

export const LEGEND: LegendItem[] = [
  legendItem('packages', '#7a8699', '▪'),
  legendItem('frontier', '#0072b2', '━'),
  legendItem('nash2', '#f0e442', '★'),
  legendItem('nashAll', '#009e73', '■'),
  legendItem('deal', '#d55e00', '◆'),
  legendItem('history', '#56b4e9', '▲'),
  legendItem('texts', '#cc79a7', '●'),
  legendItem('batna', '#b35c00', '┅'),
];
