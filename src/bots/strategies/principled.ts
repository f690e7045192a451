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
import { estimate, estimateTerm, type OpponentEstimate } from '../opponentModel.ts';
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

/** The estimated Nash point: coordinate ascent from the bot's best package and each party's estimated ideal. */
export function estimatedNashPoint(board: Board, models: readonly OpponentEstimate[], progress: number): Choice {
  const ideal = (m: OpponentEstimate): Choice =>
    m.values.map((row) => row.reduce((k, v, o) => (v > (row[k] ?? 0) ? o : k), 0));
  const seeds = [ownBest(board), ...models.filter((m) => m.observations > 0).map(ideal)];
  // The search scores every single change of every issue (on the largest tables, 8 parties and 12 issues of 8
  // options, the costliest part of a principled move): each model's estimate is summed as `estimate` sums it,
  // term by term in issue order, but the terms before the issue changed are summed once per issue (`before`),
  // so the figures, and the package found, are the same as `logNashProduct`'s.
  const disagreement = models.map((m) => DISAGREEMENT_SHARE * guessedThreshold(progress, m));
  const before = new Float64Array(models.length);
  const changed = (c: Choice, i: number): number => {
    let s = Math.log(Math.max(LEAST_GAIN, own(board, c) - Math.max(0, board.batnaNorm)));
    for (let k = 0; k < models.length; k++) {
      const m = models[k] as OpponentEstimate;
      let u = before[k] as number;
      for (let j = i; j < c.length; j++) u += estimateTerm(m, j, c[j] ?? 0);
      s += Math.log(Math.max(LEAST_GAIN, u - (disagreement[k] as number)));
    }
    return s;
  };
  let best: { c: Choice; value: number } | null = null;
  for (const seed of seeds) {
    const c = seed.slice();
    let value = logNashProduct(board, models, progress, c);
    for (let pass = 0; pass < PASSES; pass++) {
      let improved = false;
      before.fill(0);
      for (let i = 0; i < c.length; i++) {
        const keep = c[i] ?? 0;
        let pick = keep;
        for (let o = 0; o < (board.options[i]?.length ?? 0); o++) {
          if (o === keep) continue;
          c[i] = o;
          const v = changed(c, i);
          if (v > value + 1e-12) {
            value = v;
            pick = o;
            improved = true;
          }
        }
        c[i] = pick;
        models.forEach((m, k) => (before[k] = (before[k] as number) + estimateTerm(m, i, pick)));
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
