/**
 * The debrief's outcome-space chart for any two parties: every package as a dot, the two parties'
 * Pareto frontier, the Nash points, the deal, the real (historical) deal, the path of the texts on the table, and both
 * BATNAs. The numbers come from a Web Worker (analysisWorker.ts) with a progress bar; the drawing is
 * SVG, crisp on any projector, with a text summary for screen readers.
 */
import type { GameState, PartyId } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { chartCaption } from '../widgets/chart/chartCaption.ts';
import type { ChartData, ChartPoint } from '../widgets/chart/chartData.ts';
import type { WorkerIn, WorkerOut } from './analysisWorker.ts';
import { LEGEND, drawChart, legendItem } from '../widgets/chart/drawChart.ts';
import { GENERATED, formatFigure, t, tenth, uiLocale } from '../uiLocale.ts';
import { spareWorker } from './spareWorker.ts';
import type { ChartMark, LegendItem } from '../widgets/chart/drawChart.ts';

/** The class board's legend: the tables' outcomes instead of one game's texts and deal. */
const CLASS_LEGEND = [
  ...LEGEND.filter((l) => l.id !== 'deal' && l.id !== 'texts'),
  legendItem('tables', '#d55e00', '●'),
];

/**
 * The legend of what the chart draws (the class board's, `classBoard`, has the tables' outcomes instead of
 * one game's texts and deal): a game without a deal, a scenario without a real deal or a whole-table Nash
 * point listed them all the same.
 */
export function legendItems(data: ChartData, classBoard: boolean): LegendItem[] {
  return (classBoard ? CLASS_LEGEND : LEGEND).filter((l) => drawn(data, l.id));
}

function drawn(data: ChartData, id: string): boolean {
  switch (id) {
    case 'frontier':
      return data.frontier.length > 0;
    case 'nash2':
      return data.nash2 !== null;
    case 'nashAll':
      return data.nashAll !== null;
    case 'deal':
      return data.deal !== null;
    case 'history':
      return data.history !== null;
    case 'texts':
      return data.path.length > 0;
    default:
      return true;
  }
}

const ahead = spareWorker(() => new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' }));

/**
 * Starts this panel's worker while the game is played, so its code is loaded by the debrief even if the
 * network has dropped meanwhile (app.ts warmUpGame).
 */
export const startChartWorker = (): void => ahead.startAhead();

/**
 * `own`: the party the player played (the chart opens on it, horizontally, against the first other
 * party); null when nobody in particular is looking (computers only), then the first two parties.
 */
export function outcomeChart(
  state: GameState,
  own: PartyId | null = null,
  /** Points to draw instead of this game's own texts and deal (the class board: every table's deal). */
  marks?: (x: PartyId, y: PartyId) => ChartMark[],
  /**
   * The class board: the table (its label, "T2") whose game the frontier, the Nash points, the BATNA lines and
   * "what was left on the table" are drawn from. Named, or a board whose first table had no deal read "nothing
   * was left on the table" about another table's deal.
   */
  reference?: string,
): { el: HTMLElement; destroy(): void } {
  const parties = state.scenario.parties;
  const first = parties.some((p) => p.id === own) ? (own as PartyId) : (parties[0]?.id ?? '');
  const second = parties.find((p) => p.id !== first)?.id ?? first;
  const pick = (id: string, label: string, selected: PartyId) =>
    h(
      'select',
      { id, 'aria-label': label },
      ...parties.map((p) => h('option', { value: p.id, selected: p.id === selected }, p.name)),
    );
  const xSel = pick('chart-x', t('uiDebrief.chart.horizontalAxis'), first);
  const ySel = pick('chart-y', t('uiDebrief.chart.verticalAxis'), second);
  const progress = h('progress', { max: '1', value: '0', 'aria-label': t('uiDebrief.chart.progress') });
  const status = h('p', { 'aria-live': 'polite', class: 'muted' }, t('uiDebrief.chart.analysing'));
  const figure = h('div', { class: 'chart-figure' });
  const left = h('div', { 'aria-live': 'polite' });
  const el = h(
    'section',
    { class: 'panel chart', 'aria-labelledby': 'chart-title' },
    h('h3', { id: 'chart-title' }, t('uiDebrief.chart.title')),
    h(
      'p',
      { class: 'no-print' },
      h('label', { for: 'chart-x' }, t('uiDebrief.chart.horizontal')),
      xSel,
      ' ',
      h('label', { for: 'chart-y' }, t('uiDebrief.chart.vertical')),
      ySel,
    ),
    progress,
    status,
    figure,
    ...(reference
      ? [h('p', { class: 'muted', id: 'chart-reference' }, t('uiDebrief.chart.drawnFrom', { table: reference }))]
      : []),
    h(
      'h3',
      {},
      reference ? t('uiDebrief.chart.leftOnTableAt', { table: reference }) : t('uiDebrief.chart.leftOnTable'),
    ),
    left,
  );

  let worker: Worker | null = null;
  let requestId = 0;
  try {
    worker = ahead.take();
  } catch {
    status.textContent = t('uiDebrief.chart.noWorkers');
  }
  // Its script did not load (the network dropped before it was started): say so rather than "analysing" for good.
  worker?.addEventListener('error', () => {
    progress.hidden = true;
    status.textContent = t('uiDebrief.chart.notLoaded');
  });
  const show = (data: ChartData) => {
    progress.hidden = true;
    status.textContent = chartCaption(data);
    const shown = marks ? { ...data, path: [], deal: null } : data;
    const legend = h(
      'ul',
      { class: 'tags legend', 'aria-label': t('uiDebrief.chart.legend') },
      ...legendItems(shown, marks !== undefined).map((l) =>
        h(
          'li',
          {},
          h('span', { style: `color:${l.colour};-webkit-text-stroke:1px #000`, 'aria-hidden': 'true' }, l.symbol),
          ` ${l.text}`,
        ),
      ),
    );
    const extra = marks?.(data.x.id, data.y.id) ?? [];
    figure.replaceChildren(drawChart(shown, extra), legend, describe(shown, extra));
    left.replaceChildren(h('ul', GENERATED, ...data.leftOnTable.map((s) => h('li', {}, s))));
    el.dataset.ready = 'true';
  };
  const request = () => {
    if (!worker) return;
    requestId++;
    progress.hidden = false;
    progress.value = 0;
    el.dataset.ready = 'false';
    status.textContent = t('uiDebrief.chart.analysing');
    const msg: WorkerIn = { id: requestId, state, x: xSel.value, y: ySel.value, locale: uiLocale() };
    worker.postMessage(msg);
  };
  worker?.addEventListener('message', (e: MessageEvent<WorkerOut>) => {
    const m = e.data;
    if (m.id !== requestId) return;
    if (m.type === 'progress') {
      progress.value = m.total > 0 ? m.done / m.total : 0;
      status.textContent = t('uiDebrief.chart.analysingPhase', { phase: t(`protocolRefusals.phases.${m.phase}`) });
    } else if (m.type === 'result') show(m.data);
    else {
      progress.hidden = true;
      status.textContent = t('uiDebrief.chart.failed', { message: m.message });
    }
  });
  xSel.addEventListener('change', request);
  ySel.addEventListener('change', request);
  request();
  return { el, destroy: () => worker?.terminate() };
}

const fmt = (p: ChartPoint | null) =>
  p
    ? t('uiDebrief.chart.point', { x: formatFigure(tenth(p.x)), y: formatFigure(tenth(p.y)) })
    : t('uiDebrief.chart.none');

/** The chart in words, for screen readers and print. */
export function describe(d: ChartData, marks: ChartMark[]): HTMLElement {
  return h(
    'p',
    { class: 'muted' },
    t('uiDebrief.chart.summary', {
      x: d.x.name,
      y: d.y.name,
      xBatna: formatFigure(tenth(d.x.batna)),
      yBatna: formatFigure(tenth(d.y.batna)),
      nash2: fmt(d.nash2),
      nashAll: fmt(d.nashAll),
      rest:
        (marks.length > 0
          ? t('uiDebrief.chart.summaryMarks', {
              marks: marks.map((m) => `${m.label} ${fmt(m.point)}`).join(t('uiDebrief.separator')),
            })
          : d.deal
            ? t('uiDebrief.chart.summaryDeal', { deal: fmt(d.deal), texts: d.path.length })
            : t('uiDebrief.chart.summaryNoDeal', { texts: d.path.length })) +
        (d.history ? t('uiDebrief.chart.summaryHistory', { history: fmt(d.history) }) : ''),
      frontier: d.frontier.length,
    }),
  );
}
