/**
 * Finding a package to put on the table without enumerating the outcome space (flagships have
 * thousands of packages, instructors' scenarios may have billions): greedy moves over issues.
 *
 * - `concedeTo`: the time-dependent bots' offer. From the bot's best package it gives up, one issue
 *   at a time, what costs it least (moving toward the others' latest text when there is one:
 *   Faratin's similarity criterion), stopping at its target utility.
 * - `tradeOff`: the adaptive bot's offer. It keeps its own utility at or above the target while
 *   maximising the estimated chance that the parties it needs accept (a product of logistic
 *   acceptance estimates). Seeds come from a sweep of additive trade-offs (own value × λ + others'
 *   estimated values: each is solved issue by issue), then hill climbing with single changes and
 *   pairs of changes (the logroll: give on an issue the bot values little, take on one it values much).
 */
import { own, ownBest, type Board, type Choice } from './board.ts';

/** Per other party j: the estimated value of each option weighted by the issue's importance. */
export interface Acceptor {
  /** contribution[i][o] = weight_i × value_i(o); a package's estimate is the sum, in 0..1. */
  contribution: number[][];
  /** Estimated threshold: at this estimate the acceptance chance is one half. */
  threshold: number;
}

const LOGISTIC_SCALE = 0.08;
/** Margin for rounding in `climb`'s bound on what a change can gain (sums of a dozen terms err by about 1e-15). */
const PRUNE_TOLERANCE = 1e-12;
/** Tie-break weight of the bot's own utility in the trade-off objective. */
const OWN_WEIGHT = 0.5;
/** Weight of the others' summed estimated values: among acceptable packages, prefer those that leave more for everyone (joint gain). */
const JOINT_WEIGHT = 0.5;

function logAccept(estimate: number, threshold: number): number {
  const z = (estimate - threshold) / LOGISTIC_SCALE;
  // log σ(z), stable for large |z|
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

/** Estimated chance that every acceptor accepts (the product of logistic estimates). */
export function acceptChance(acceptors: readonly Acceptor[], c: Choice): number {
  let s = 0;
  for (const a of acceptors) s += logAccept(sumOf(a.contribution, c), a.threshold);
  return Math.exp(s);
}

/** Own utility after setting issue i to option o (c is left unchanged). */
function ownWith(board: Board, c: Choice, u: number, i: number, o: number): number {
  const row = board.norm[i] ?? [];
  if (board.extras.none) return u - (row[c[i] ?? 0] ?? 0) + (row[o] ?? 0);
  const keep = c[i] ?? 0;
  c[i] = o;
  const v = own(board, c);
  c[i] = keep;
  return v;
}

function sumOf(table: number[][], c: Choice): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s += table[i]?.[c[i] ?? 0] ?? 0;
  return s;
}

/** Time-dependent offer: concede from `start` to about `target`, toward `reference` when given. */
export function concedeTo(
  board: Board,
  start: Choice,
  target: number,
  reference: Choice | null,
  random: () => number,
  noise: number,
): Choice {
  const c = start.slice();
  let u = own(board, c);
  // First move toward the others' text on the issues where it costs least.
  if (reference) {
    for (;;) {
      let bestI = -1;
      let bestLoss = Infinity;
      for (let i = 0; i < c.length; i++) {
        const r = reference[i] ?? 0;
        if (c[i] === r) continue;
        const loss = u - ownWith(board, c, u, i, r);
        if (u - loss < target - 1e-12) continue;
        const jitter = noise > 0 ? random() * noise * 0.1 : 0;
        if (loss + jitter < bestLoss) {
          bestLoss = loss + jitter;
          bestI = i;
        }
      }
      if (bestI < 0) break;
      c[bestI] = reference[bestI] ?? 0;
      u = own(board, c);
    }
  }
  // Then give up whatever costs least, while staying at or above the target.
  for (;;) {
    let bestI = -1;
    let bestO = -1;
    let bestLoss = Infinity;
    for (let i = 0; i < c.length; i++) {
      const row = board.norm[i] ?? [];
      for (let o = 0; o < row.length; o++) {
        if (o === c[i]) continue;
        const loss = u - ownWith(board, c, u, i, o);
        if (loss <= 1e-12 || u - loss < target - 1e-12) continue;
        const jitter = random() * (0.02 + noise * 0.1);
        if (loss + jitter < bestLoss) {
          bestLoss = loss + jitter;
          bestI = i;
          bestO = o;
        }
      }
    }
    if (bestI < 0) break;
    c[bestI] = bestO;
    u = own(board, c);
  }
  return c;
}

export interface TradeOffOptions {
  pairMoves: boolean;
  legitimacyBonus: (c: Choice) => number;
  /** Every other party's estimated contribution per issue and option, summed: the joint value to favour (default: the acceptors'). */
  joint?: number[][];
  /** Weight of `joint` in the objective (default 0.5). */
  jointWeight?: number;
  /** A text to stay close to (the one on the table): weight per share of issues kept. */
  anchor?: { choice: Choice; weight: number };
}

interface Scored {
  choice: Choice;
  own: number;
  value: number;
}

/**
 * Adaptive offer: own utility ≥ target, maximal estimated acceptance by `acceptors`.
 * `exclude` (the text on the table) is never returned, since proposing it again is not a move.
 */
export function tradeOff(
  board: Board,
  acceptors: readonly Acceptor[],
  target: number,
  exclude: Choice | null,
  options: TradeOffOptions,
): Choice | null {
  const nI = board.issueIds.length;
  const J = acceptors.length;
  // Sum of acceptors' contributions per option, for the additive seeds.
  const acceptorsSum = board.norm.map((row, i) =>
    row.map((_, o) => acceptors.reduce((s, a) => s + (a.contribution[i]?.[o] ?? 0), 0) / Math.max(1, J)),
  );
  const othersSum = options.joint ?? acceptorsSum;
  const anchor = options.anchor ?? null;

  const objective = (c: Choice, u: number): number => {
    let s = 0;
    let joint = 0;
    for (let j = 0; j < J; j++) {
      const a = acceptors[j] as Acceptor;
      const e = sumOf(a.contribution, c);
      joint += e;
      s += logAccept(e, a.threshold);
    }
    if (options.joint) joint = (sumOf(options.joint, c) * (options.jointWeight ?? 1)) / JOINT_WEIGHT;
    let kept = 0;
    if (anchor) for (let i = 0; i < nI; i++) if (c[i] === anchor.choice[i]) kept++;
    return (
      s +
      OWN_WEIGHT * u +
      JOINT_WEIGHT * joint +
      (anchor ? (anchor.weight * kept) / Math.max(1, nI) : 0) +
      options.legitimacyBonus(c)
    );
  };

  const repair = (c: Choice): void => {
    let u = own(board, c);
    while (u < target - 1e-12) {
      let bestI = -1;
      let bestO = -1;
      let bestRatio = -Infinity;
      for (let i = 0; i < nI; i++) {
        const row = board.norm[i] ?? [];
        const cur = row[c[i] ?? 0] ?? 0;
        const oth = othersSum[i] ?? [];
        for (let o = 0; o < row.length; o++) {
          const gain = (row[o] ?? 0) - cur;
          if (gain <= 1e-12) continue;
          const loss = Math.max(0, (oth[c[i] ?? 0] ?? 0) - (oth[o] ?? 0));
          const ratio = gain / (loss + 0.01);
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestI = i;
            bestO = o;
          }
        }
      }
      if (bestI < 0) return;
      c[bestI] = bestO;
      u = own(board, c);
    }
  };

  const seeds: Choice[] = [];
  for (const lambda of [0, 0.25, 0.5, 1, 2, 4, 1000]) {
    const c = board.norm.map((row, i) => {
      let k = 0;
      let best = -Infinity;
      for (let o = 0; o < row.length; o++) {
        const v = (othersSum[i]?.[o] ?? 0) + lambda * (row[o] ?? 0);
        if (v > best + 1e-12) {
          best = v;
          k = o;
        }
      }
      return k;
    });
    repair(c);
    if (own(board, c) >= target - 1e-12) seeds.push(c);
  }
  if (anchor) {
    const c = anchor.choice.slice();
    repair(c);
    if (own(board, c) >= target - 1e-12) seeds.push(c);
  }

  let best: Scored | null = null;
  const tried = new Set<string>();
  for (const seed of seeds) {
    const key = seed.join(',');
    if (tried.has(key)) continue;
    tried.add(key);
    const s = climb(
      board,
      seed,
      target,
      objective,
      options.pairMoves,
      (i, from, to) => (othersSum[i]?.[to] ?? 0) > (othersSum[i]?.[from] ?? 0),
    );
    if (exclude && sameOrNull(s.choice, exclude)) continue;
    if (!best || s.value > best.value) best = s;
  }
  if (best) return best.choice;
  return null;
}

function sameOrNull(a: Choice, b: Choice): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Hill climbing on the objective, keeping own utility ≥ target; single changes, then pairs. */
function climb(
  board: Board,
  start: Choice,
  target: number,
  objective: (c: Choice, u: number) => number,
  pairMoves: boolean,
  helps?: (i: number, from: number, to: number) => boolean,
  ownOnly = false,
): Scored {
  const c = start.slice();
  let u = own(board, c);
  let value = objective(c, u);
  const nI = c.length;
  // `bestPackage` climbs its own utility (value = u): a change can gain no more than its sheet difference plus
  // what the extras can still add (up to `extras.hi`), so a change that cannot gain is passed over unscored.
  const range = board.best - board.worst > 1e-9 ? board.best - board.worst : 1;
  const room = (): number =>
    ownOnly ? (board.extras.hi - board.extras.points(c)) / range + PRUNE_TOLERANCE : Infinity;
  const cannotGain = (gain: number, left: number): boolean => gain + left <= 1e-9;
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    let left = room();
    for (let i = 0; i < nI; i++) {
      const row = board.norm[i] ?? [];
      const keep = c[i] ?? 0;
      for (let o = 0; o < row.length; o++) {
        if (o === keep || cannotGain((row[o] ?? 0) - (row[keep] ?? 0), left)) continue;
        const nu = ownWith(board, c, u, i, o);
        if (nu < target - 1e-12) continue;
        c[i] = o;
        const v = objective(c, nu);
        if (v > value + 1e-9) {
          value = v;
          u = nu;
          improved = true;
          left = room();
          break;
        }
        c[i] = keep;
      }
    }
    if (improved) continue;
    if (!pairMoves) break;
    // The most a change on any one issue can add to the sheet: a pair gains at most its first change plus that.
    let most = -Infinity;
    if (ownOnly)
      for (let k = 0; k < nI; k++) {
        const row = board.norm[k] ?? [];
        for (let q = 0; q < row.length; q++)
          if (q !== c[k]) most = Math.max(most, (row[q] ?? 0) - (row[c[k] ?? 0] ?? 0));
      }
    // Logrolls: a change that helps the others but costs the bot too much, paired with a change
    // elsewhere that gives the bot back what it lost.
    let found = false;
    for (let i = 0; i < nI && !found; i++) {
      const rowI = board.norm[i] ?? [];
      const keepI = c[i] ?? 0;
      for (let o = 0; o < rowI.length && !found; o++) {
        if (o === keepI || (helps && !helps(i, keepI, o))) continue;
        const gainI = (rowI[o] ?? 0) - (rowI[keepI] ?? 0);
        if (cannotGain(gainI + most, left)) continue;
        const ui = ownWith(board, c, u, i, o);
        if (ui >= target - 1e-12 && target > -Infinity) continue; // a plain single move, already tried
        for (let k = 0; k < nI && !found; k++) {
          if (k === i) continue;
          const rowK = board.norm[k] ?? [];
          const keepK = c[k] ?? 0;
          for (let q = 0; q < rowK.length; q++) {
            if (q === keepK || cannotGain(gainI + (rowK[q] ?? 0) - (rowK[keepK] ?? 0), left)) continue;
            c[i] = o;
            const nu = ownWith(board, c, ui, k, q);
            c[i] = keepI;
            if (nu < target - 1e-12) continue;
            c[i] = o;
            c[k] = q;
            const v = objective(c, nu);
            if (v > value + 1e-9) {
              value = v;
              u = nu;
              found = true;
              break;
            }
            c[i] = keepI;
            c[k] = keepK;
          }
        }
      }
    }
    if (!found) break;
  }
  return { choice: c, own: u, value };
}

/**
 * The bot's own best package: the sheet's best, improved by single and paired changes when scoring
 * rules or the legitimacy consequence make other combinations worth more.
 */
export function bestPackage(board: Board): { choice: Choice; utility: number } {
  const start = ownBest(board);
  if (board.extras.none) return { choice: start, utility: own(board, start) };
  const s = climb(board, start, -Infinity, (c, u) => u, true, undefined, true);
  return { choice: s.choice, utility: s.own };
}
