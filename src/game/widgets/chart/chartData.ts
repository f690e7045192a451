/**
 * The numbers behind the debrief's outcome-space chart, computed by the analysis layer (in a Web
 * Worker in the browser: see analysisWorker.ts). Pure: given the finished game state and two
 * parties, every package's points for those two, their Pareto frontier, the Nash points, the deal,
 * the real (historical) deal, the path of proposals and what was left on the table.
 *
 * Large outcome spaces: up to ENUMERATE_UP_TO packages every package is visited (a stride sample
 * of them is plotted). Beyond it nothing is enumerated: a seeded random sample of packages is
 * plotted, and the two parties' frontier comes from the analysis' budgeted frontier, which says
 * whether it is exact or within how many points. The Nash points and what was left on the table
 * come from branch and bound, fast at any size.
 */
import type { GameState, Package, PartyId } from '../../../engine/index.ts';
// The domain the engine's scoring itself uses, so the chart agrees with the scores.
import { domainOf } from '../../../engine/index.ts';
import type { Domain, RunControl } from '../../../analysis/index.ts';
import {
  allPackagePoints,
  compileSpace,
  disagreementPoints,
  enumerateOutcomes,
  frontierBudget,
  indexOfChoice,
  LARGE_SPACE,
  choiceOf,
  leftOnTable,
  nashPoint,
  paretoFrontier,
  pointsOfIndex,
  seededRandom,
} from '../../../analysis/index.ts';
import type { Space } from '../../../analysis/index.ts';
import { formatList, matchLocale, translator } from '../../../i18n/index.ts';

/** At most this many package points are sent to the page (a stride sample beyond it). */
export const MAX_CHART_POINTS = 60_000;
/** Above this many packages, plot a seeded random sample instead of visiting every package (a large space). */
export const ENUMERATE_UP_TO = LARGE_SPACE;
/** The sample is the same for every run of one scenario (a debrief reopened draws the same dots). */
const SAMPLE_SEED = 20_240_601;

export interface ChartRequest {
  state: GameState;
  x: PartyId;
  y: PartyId;
}

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartData {
  x: { id: PartyId; name: string; batna: number };
  y: { id: PartyId; name: string; batna: number };
  packages: number;
  /** x0, y0, x1, y1, … (possibly a sample of the packages). */
  cloud: Float32Array;
  /** 'all': every package is a dot; 'stride' / 'random': every k-th package, or a seeded random sample. */
  sample: 'all' | 'stride' | 'random';
  /** The two parties' Pareto frontier, by increasing x. */
  frontier: ChartPoint[];
  /** True when the frontier is exact; else every true frontier package lies within `frontierShortfall` points of a listed one. */
  frontierExact: boolean;
  frontierShortfall: number;
  /** Nash point of the two parties, and of the whole table (projected). */
  nash2: ChartPoint | null;
  nashAll: ChartPoint | null;
  deal: ChartPoint | null;
  /** The package really agreed in history (the scenario's `history`), or null. */
  history: ChartPoint | null;
  /** When the real deal was made (the scenario's `history.date`), to label its point; null without one. */
  historyDate: string | null;
  /** Points of each text on the table in order (proposals and amendments). */
  path: ChartPoint[];
  /** Sentences: what was left on the table (or what a deal could have given). */
  leftOnTable: string[];
}

/** The domain as the game ended: the engine's own definition (sheets and BATNAs after events, …). */
export function domainAtEnd(state: GameState): Domain {
  return domainOf(state, state.outcome?.round ?? state.round);
}

/** The texts that were on the table, in order, from the public log. */
export function tablePath(state: GameState): Package[] {
  const out: Package[] = [];
  let current: Package | undefined;
  for (const e of state.log) {
    const a = e.action;
    if (!a) continue;
    if (a.type === 'propose') current = { ...a.package };
    else if (a.type === 'amend' && current !== undefined) current = Object.assign({}, current, { [a.issue]: a.option });
    else continue;
    out.push(current);
  }
  return out;
}

export function chartData(req: ChartRequest, control?: RunControl): ChartData {
  const { state } = req;
  const domain = domainAtEnd(state);
  const space = compileSpace(domain);
  const xi = domain.parties.findIndex((p) => p.id === req.x);
  const yi = domain.parties.findIndex((p) => p.id === req.y);
  if (xi < 0 || yi < 0) throw new RangeError('unknown party');
  const P = space.nParties;

  const large = space.size > ENUMERATE_UP_TO;
  const { cloud, sample } = large ? randomCloud(space, xi, yi) : strideCloud(space, xi, yi, control);

  const front = paretoFrontier(space, {
    ...control,
    parties: [xi, yi],
    ...frontierBudget(space.size),
  });
  const frontier: ChartPoint[] = [];
  for (let k = 0; k < front.size; k++)
    frontier.push({ x: front.points[k * P + xi] as number, y: front.points[k * P + yi] as number });
  frontier.sort((a, b) => a.x - b.x || b.y - a.y);

  const proj = (points: number[]): ChartPoint | null =>
    points.length > 0 ? { x: points[xi] as number, y: points[yi] as number } : null;
  const nash2 = proj(nashPoint(space, [xi, yi], control).points);
  const all = nashPoint(space, undefined, control);
  const nashAll = proj(all.points);

  const safePoints = (pkg: Package): number[] | null => {
    try {
      return allPackagePoints(domain, pkg);
    } catch {
      return null;
    }
  };
  const path = tablePath(state)
    .map(safePoints)
    .filter((p): p is number[] => p !== null)
    .map((p) => proj(p) as ChartPoint);

  const real = state.scenario.history?.package;
  const historyPts = real ? safePoints(real) : null;
  const history = historyPts ? proj(historyPts) : null;

  // In the game's language, as the game review's sentences (authoring/review/words.ts).
  const locale = matchLocale([state.scenario.language]);
  const t = translator(locale);
  let deal: ChartPoint | null = null;
  let left: string[] = [];
  if (state.outcome?.kind === 'agreement') {
    const pts = safePoints(state.outcome.package);
    deal = pts ? proj(pts) : null;
    let index: number | null = null;
    try {
      index = indexOfChoice(space, choiceOf(domain, state.outcome.package));
    } catch {
      index = null;
    }
    left = index !== null ? leftOnTable(space, index, control, locale).sentences : [t('analysis.chart.notComparable')];
  } else if (all.index !== null) {
    const gains = domain.parties.map((p, k) =>
      t('analysis.chart.partyGain', {
        party: p.name,
        gain: Math.round((all.points[k] ?? 0) - disagreementPoints(domain, k)),
      }),
    );
    left = [t('analysis.chart.noDealNash', { gains: formatList(locale, gains) })];
  } else {
    left = [t('analysis.chart.noDealNothing')];
  }

  const party = (i: number) => {
    const p = domain.parties[i] as Domain['parties'][number];
    return { id: p.id, name: p.name, batna: disagreementPoints(domain, i) };
  };
  return {
    x: party(xi),
    y: party(yi),
    packages: space.size,
    cloud,
    sample,
    frontier,
    frontierExact: front.exact,
    frontierShortfall: front.maxShortfall,
    nash2,
    nashAll,
    deal,
    history,
    historyDate: history ? (state.scenario.history?.date ?? null) : null,
    path,
    leftOnTable: left,
  };
}

/** Every package (every k-th beyond MAX_CHART_POINTS), visiting the whole space. */
function strideCloud(
  space: Space,
  xi: number,
  yi: number,
  control?: RunControl,
): { cloud: Float32Array; sample: ChartData['sample'] } {
  const P = space.nParties;
  const stride = Math.max(1, Math.ceil(space.size / MAX_CHART_POINTS));
  const cloud = new Float32Array(2 * Math.ceil(space.size / stride));
  let n = 0;
  enumerateOutcomes(
    space,
    (first, count, pts) => {
      for (let r = 0; r < count; r++) {
        if ((first + r) % stride !== 0) continue;
        cloud[2 * n] = pts[r * P + xi] as number;
        cloud[2 * n + 1] = pts[r * P + yi] as number;
        n++;
      }
    },
    control,
  );
  return { cloud: cloud.subarray(0, 2 * n), sample: stride > 1 ? 'stride' : 'all' };
}

/** MAX_CHART_POINTS packages drawn at random (seeded), each scored on its own: no enumeration. */
function randomCloud(space: Space, xi: number, yi: number): { cloud: Float32Array; sample: ChartData['sample'] } {
  const rnd = seededRandom(SAMPLE_SEED);
  const cloud = new Float32Array(2 * MAX_CHART_POINTS);
  const buf = new Float64Array(space.nParties);
  for (let k = 0; k < MAX_CHART_POINTS; k++) {
    const pts = pointsOfIndex(space, Math.floor(rnd() * space.size), buf);
    cloud[2 * k] = pts[xi] as number;
    cloud[2 * k + 1] = pts[yi] as number;
  }
  return { cloud, sample: 'random' };
}
