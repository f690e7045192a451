/**
 * The bot's own picture of the negotiation, compiled from its PartyView only: the options on the
 * table now, its own points for each (its sheet as events changed it), its BATNA, and how evidence
 * moved its willingness. Packages are handled as arrays of option indices (one per issue) for speed.
 *
 * Utilities are normalised to 0..1 between safe bounds of the worst and best points possible with
 * the options available now (sheet, plus the party's scoring rules and legitimacy consequence when
 * known): `own(P) = Σ_i norm[i][P_i] + extras(P)`, where only the first part is additive over issues.
 */
import type { IssueId, OptionId, Package, PartyId, PartyView } from '../engine/index.ts';
import { compileExtras, type Extras } from './extras.ts';

/** A package as one option index per issue (indices into `Board.options[issue]`). */
export type Choice = number[];

export interface Board {
  party: PartyId;
  issueIds: IssueId[];
  /** Available option ids per issue. */
  options: OptionId[][];
  /** Own sheet points per issue and available option. */
  points: number[][];
  /** Own normalised contribution per issue and option; the sum over a package is in 0..1 (far below with a red line). */
  norm: number[][];
  /** Safe bounds of own points over the available options (sheet plus extras). */
  worst: number;
  best: number;
  /** Best sheet points alone: when it is under the BATNA, no package can beat it by the sheet. */
  sheetBest: number;
  /** Points beyond the sheet: scoring rules and the legitimacy consequence (zero when unknown). */
  extras: Extras;
  /** BATNA points, and normalised (may fall outside 0..1). */
  batna: number;
  batnaNorm: number;
  /** Normalised shift of willingness per option from persuasion (never part of the real score). */
  willingness: number[][];
  /** Public legitimacy per issue and option (0..100) and the scenario's threshold. */
  legitimacy: number[][];
  legitimacyThreshold: number;
  /** The other parties still at the table. */
  others: PartyId[];
}

/**
 * The normalised worth of an option the party declared a red line: so far below the 0..1 scale that
 * no gain elsewhere can outweigh it, so no strategy aims at, concedes to or accepts such a package.
 */
export const RED_LINE_NORM = -10;

/** How far persuasion can move willingness: a fully persuaded option (100) is worth this share. */
export const WILLINGNESS_SCALE = 0.15;

export function compileBoard(view: PartyView, credence: number): Board {
  const issueIds: IssueId[] = [];
  const options: OptionId[][] = [];
  const points: number[][] = [];
  const legitimacy: number[][] = [];
  const willingness: number[][] = [];
  let worst = 0;
  let best = 0;
  for (const issue of view.issues) {
    const avail = issue.options.filter((o) => o.available).map((o) => o.id);
    const ids = avail.length > 0 ? avail : issue.options.map((o) => o.id);
    issueIds.push(issue.id);
    options.push(ids);
    const row = ids.map((o) => view.sheet[issue.id]?.[o] ?? 0);
    points.push(row);
    worst += Math.min(...row);
    best += Math.max(...row);
    legitimacy.push(ids.map((o) => view.legitimacy[issue.id]?.[o] ?? 50));
    willingness.push(ids.map((o) => ((view.persuasion[issue.id]?.[o] ?? 0) / 100) * WILLINGNESS_SCALE * credence));
  }
  const sheetBest = best;
  const extras = compileExtras({ issueIds, options, legitimacy }, view);
  worst += extras.lo;
  best += extras.hi;
  const range = best - worst > 1e-9 ? best - worst : 1;
  const norm = points.map((row, i) => {
    const lo = Math.min(...row);
    return row.map((p, o) =>
      view.redLines.some((r) => r.issue === issueIds[i] && r.option === options[i]?.[o])
        ? RED_LINE_NORM
        : (p - lo) / range,
    );
  });
  // What the party gets without a deal: its BATNA plus the scenario's no-deal consequence for it.
  const batna = view.batna.points + (view.ownScoring.noDeal?.points ?? 0);
  return {
    party: view.party,
    issueIds,
    options,
    points,
    norm,
    worst,
    best,
    sheetBest,
    extras,
    batna,
    batnaNorm: (batna - worst) / range,
    willingness,
    legitimacy,
    legitimacyThreshold: view.scenario.legitimacyThreshold,
    others: view.parties.filter((p) => p.atTable && p.id !== view.party).map((p) => p.id),
  };
}

/** Normalised own utility of a package: the additive sheet part plus the extras. */
export function own(board: Board, c: Choice): number {
  let u = 0;
  for (let i = 0; i < c.length; i++) u += board.norm[i]?.[c[i] ?? 0] ?? 0;
  if (board.extras.none) return u;
  const range = board.best - board.worst > 1e-9 ? board.best - board.worst : 1;
  return u + (board.extras.points(c) - board.extras.lo) / range;
}

/** Own points of a package (sheet plus extras), as the engine would score it if agreed now. */
export function ownPoints(board: Board, c: Choice): number {
  let p = 0;
  for (let i = 0; i < c.length; i++) p += board.points[i]?.[c[i] ?? 0] ?? 0;
  return p + board.extras.points(c);
}

/** Normalise raw points to the board's 0..1 scale. */
export function normalise(board: Board, points: number): number {
  const range = board.best - board.worst > 1e-9 ? board.best - board.worst : 1;
  return (points - board.worst) / range;
}

/** A package's public legitimacy (weighted when the bot knows the weights, else a plain mean). */
export function legitimacyEstimate(board: Board, c: Choice): number {
  return board.extras.legitimacy(c);
}

/** The package that is best for the bot (ties: the more legitimate option). */
export function ownBest(board: Board): Choice {
  return board.norm.map((row, i) => {
    let k = 0;
    for (let o = 1; o < row.length; o++) {
      const better = (row[o] ?? 0) > (row[k] ?? 0) + 1e-12;
      const tie =
        Math.abs((row[o] ?? 0) - (row[k] ?? 0)) <= 1e-12 &&
        (board.legitimacy[i]?.[o] ?? 0) > (board.legitimacy[i]?.[k] ?? 0);
      if (better || tie) k = o;
    }
    return k;
  });
}

/** Package → option indices; null when it uses an option that is not available now. */
export function choiceOf(board: Board, pkg: Package): Choice | null {
  const c: Choice = [];
  for (let i = 0; i < board.issueIds.length; i++) {
    const k = board.options[i]?.indexOf(pkg[board.issueIds[i] ?? ''] ?? '') ?? -1;
    if (k < 0) return null;
    c.push(k);
  }
  return c;
}

/** `table` with `issue` set to `option` (an amendment), or null when either is not on the board. */
export function amended(board: Board, table: Choice, issue: string, option: string): Choice | null {
  const i = board.issueIds.indexOf(issue);
  const o = board.options[i]?.indexOf(option) ?? -1;
  if (i < 0 || o < 0) return null;
  const c = table.slice();
  c[i] = o;
  return c;
}

export function packageOf(board: Board, c: Choice): Package {
  const pkg: Package = {};
  board.issueIds.forEach((id, i) => {
    pkg[id] = board.options[i]?.[c[i] ?? 0] ?? '';
  });
  return pkg;
}

export function sameChoice(a: Choice, b: Choice): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
