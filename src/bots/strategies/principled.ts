/**
 * Principled: anchors on the fair deal it estimates from the others' public moves, after Fisher & Ury's
 * "insist on objective criteria" with the Nash bargaining solution as the criterion. With its
 * frequency models of the others it estimates the Nash point (the package that maximises the product
 * of every party's gain over no deal: its own from its sheet, the others' from their estimated
 * utilities, taken over their worst), tables that package, amends the text toward it, and aspires to
 * what that package gives it: neither more (it does not hold out for a lion's share) nor less (it does
 * not concede with the clock, only as its picture of the others changes). On its last turn it still
 * takes any deal above its BATNA (the rule every bot follows).
 */
import type { Action } from '../../engine/index.ts';
import { own, ownBest, type Board, type Choice } from '../board.ts';
import type { Context } from '../context.ts';
import { leastAsking } from '../counter.ts';
import { estimate, estimatedIdeal, estimateTerm, type OpponentEstimate } from '../opponentModel.ts';
import { guessedThreshold } from '../othersAcceptance.ts';
import { frequencyModel } from '../parts/opponentModels.ts';
import { freshProposal } from '../proposal.ts';
import type { AspirationInput, Strategy } from './strategy.ts';

/** Gains at or under this count as none in the Nash product (a package leaving someone at its worst). */
const LEAST_GAIN = 1e-3;
/** Coordinate-ascent passes over the issues (the search stops earlier when no change improves). */
const PASSES = 20;

/** Share of a party's guessed acceptance threshold taken as its disagreement point (its BATNA is hidden). */
const DISAGREEMENT_SHARE = 0.5;

/**
 * The log of the estimated Nash product of a package: the bot's gain over its BATNA, the others' over
 * disagreement points guessed from their moves (texts they rejected or backed bound their thresholds).
 */
function logNashProduct(board: Board, models: readonly OpponentEstimate[], progress: number, c: Choice): number {
  let s = Math.log(Math.max(LEAST_GAIN, own(board, c) - Math.max(0, board.batnaNorm)));
  for (const m of models)
    s += Math.log(Math.max(LEAST_GAIN, estimate(m, c) - DISAGREEMENT_SHARE * guessedThreshold(progress, m)));
  return s;
}

/**
 * Packages at most: up to this many, the search keeps each package's figure (a Float64Array of this
 * many numbers at most, 512 KB), so that the climbs from several seeds, and each climb's last pass,
 * which try again packages already tried, do not score them again (Safe Harbor, 1,296 packages: three
 * tries in four were repeats). Larger tables search unmemoised.
 */
const MEMO_PACKAGES = 65_536;

/**
 * The memo's numbers, kept from call to call (a fresh array per call was a tenth of a principled move's
 * allocation): each call clears the part it uses. The search runs to its end within a call, never nested.
 */
let memoBuffer = new Float64Array(0);

function memoFor(packages: number): Float64Array {
  if (memoBuffer.length < packages) memoBuffer = new Float64Array(packages);
  const memo = memoBuffer.subarray(0, packages);
  memo.fill(NaN);
  return memo;
}

/** The estimated Nash point: coordinate ascent from the bot's best package and each party's estimated ideal. */
export function estimatedNashPoint(board: Board, models: readonly OpponentEstimate[], progress: number): Choice {
  const seeds: Choice[] = [ownBest(board)];
  for (const m of models) if (m.observations > 0) seeds.push(estimatedIdeal(m));
  // The search scores every single change of every issue (on the largest tables, 8 parties and 12 issues of 8
  // options, the costliest part of a principled move): each model's estimate is summed as `estimate` sums it,
  // term by term in issue order, but the terms before the issue changed are summed once per issue (`before`),
  // so the figures, and the package found, are the same as `logNashProduct`'s. A package's figure is thus the
  // same however it was reached, and is kept (`memo`, by the package's mixed-radix index) when the tables are small.
  const disagreement = models.map((m) => DISAGREEMENT_SHARE * guessedThreshold(progress, m));
  // Every model's terms (`estimateTerm`, the very same numbers) in one flat array, model by model, issue by
  // issue, option by option: the search reads one array's numbers, however the models' arrays were built
  // (read from them, it was optimised and thrown back again and again: "wrong map").
  const first = new Array<number>(board.options.length);
  let width = 0;
  for (let i = 0; i < board.options.length; i++) {
    first[i] = width;
    width += board.options[i]?.length ?? 0;
  }
  const terms = new Float64Array(models.length * width);
  for (let k = 0; k < models.length; k++)
    for (let i = 0; i < board.options.length; i++)
      for (let o = 0; o < (board.options[i]?.length ?? 0); o++)
        terms[k * width + (first[i] as number) + o] = estimateTerm(models[k] as OpponentEstimate, i, o);
  const before = new Float64Array(models.length);
  const changed = (c: Choice, i: number): number => {
    let s = Math.log(Math.max(LEAST_GAIN, own(board, c) - Math.max(0, board.batnaNorm)));
    for (let k = 0; k < models.length; k++) {
      let u = before[k] as number;
      for (let j = i; j < c.length; j++) u += terms[k * width + (first[j] as number) + (c[j] ?? 0)] as number;
      s += Math.log(Math.max(LEAST_GAIN, u - (disagreement[k] as number)));
    }
    return s;
  };
  // Mixed-radix strides: the index of a package is Σ c[i]·stride[i].
  const stride = new Array<number>(board.options.length);
  let packages = 1;
  for (let i = board.options.length - 1; i >= 0; i--) {
    stride[i] = packages;
    packages *= board.options[i]?.length ?? 0;
  }
  const memo = packages > 0 && packages <= MEMO_PACKAGES ? memoFor(packages) : null;
  const indexOf = (c: Choice): number => {
    let x = 0;
    for (let i = 0; i < c.length; i++) x += (c[i] ?? 0) * (stride[i] ?? 0);
    return x;
  };
  let best: { c: Choice; value: number } | null = null;
  for (const seed of seeds) {
    const c = seed.slice();
    let at = memo ? indexOf(c) : 0;
    let value = memo && !Number.isNaN(memo[at]) ? (memo[at] as number) : logNashProduct(board, models, progress, c);
    if (memo) memo[at] = value;
    for (let pass = 0; pass < PASSES; pass++) {
      let improved = false;
      before.fill(0);
      for (let i = 0; i < c.length; i++) {
        const keep = c[i] ?? 0;
        const step = stride[i] ?? 0;
        let pick = keep;
        for (let o = 0; o < (board.options[i]?.length ?? 0); o++) {
          if (o === keep) continue;
          c[i] = o;
          let v: number;
          if (memo) {
            const x = at + (o - keep) * step;
            v = memo[x] as number;
            if (Number.isNaN(v)) memo[x] = v = changed(c, i);
          } else v = changed(c, i);
          if (v > value + 1e-12) {
            value = v;
            pick = o;
            improved = true;
          }
        }
        c[i] = pick;
        at += (pick - keep) * step;
        for (let k = 0; k < models.length; k++)
          before[k] = (before[k] as number) + (terms[k * width + (first[i] as number) + pick] as number);
      }
      if (!improved) break;
    }
    if (!best || value > best.value + 1e-12) best = { c, value };
  }
  return best?.c ?? ownBest(board);
}

/**
 * The bot aspires to what its estimated Nash point gives it, within its floor and its best (the others'
 * guessed thresholds are read on its concession clock, which runs out a little before the deadline).
 */
function anchored(input: AspirationInput): number {
  const u = own(input.board, estimatedNashPoint(input.board, input.models(), input.time));
  return Math.min(input.top, Math.max(input.floor, u));
}

/** How many issues of `c` agree with the anchor. */
function agreement(c: Choice, anchor: Choice): number {
  let n = 0;
  for (let i = 0; i < c.length; i++) if (c[i] === anchor[i]) n++;
  return n;
}

export const principled: Strategy<'principled'> = {
  name: 'principled',
  summary: 'anchors on the fair (Nash) deal it estimates from the others’ moves',
  // Homogeneous principled tables agree in 82–88% of games so far; on trial until tuned.
  trial: true,
  bidding: {
    exponent: 1,
    aspiration: anchored,
    beforeBacking: () => null,
    opening(ctx, legal, amendments) {
      const anchor = estimatedNashPoint(ctx.board, ctx.models(), ctx.progress);
      return freshProposal(ctx, legal, anchor) ?? leastAsking(ctx, amendments);
    },
    amendment(ctx: Context, reaching): Action | null {
      // Of the amendments that reach its aspiration, the one that brings the text nearest its anchor.
      const anchor = estimatedNashPoint(ctx.board, ctx.models(), ctx.progress);
      let pick: { action: Action; value: number } | null = null;
      for (const a of reaching) {
        const value =
          agreement(a.choice, anchor) + 1e-3 * logNashProduct(ctx.board, ctx.models(), ctx.progress, a.choice);
        if (!pick || value > pick.value) pick = { action: a.action, value };
      }
      return pick?.action ?? null;
    },
    liftValue: (_ctx, gain) => gain,
    endgameJointPull: 0,
  },
  acceptance: { closing: 0.5, holdMomentum: 0.5, settlesInEndgame: true, readsTheOthers: false },
  opponentModel: frequencyModel,
};
