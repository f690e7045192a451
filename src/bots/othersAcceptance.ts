/**
 * Whether the others will accept a package, as the adaptive bot estimates it, from its opponent models:
 * whose acceptance a text still needs, each one's guessed threshold, and the legitimacy penalty it
 * puts on packages under the public-legitimacy threshold. Shared by the main move and the redrafts.
 */
import type { PartyId, Stance } from '../engine/index.ts';
import { sequentialSupporters, wouldAgree } from './tableOutlook.ts';
import { legitimacyEstimate, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { estimate, type OpponentEstimate } from './opponentModel.ts';
import type { Acceptor } from './search.ts';

/**
 * A package under the public-legitimacy threshold risks the social licence: count it this much less
 * (more when the bot does not know what the consequence would cost it).
 */
const LEGITIMACY_PENALTY = { known: 0.02, unknown: 0.08 };

export function legitimacyBonus(ctx: Context): (c: Choice) => number {
  const penalty = ctx.board.extras.none ? LEGITIMACY_PENALTY.unknown : LEGITIMACY_PENALTY.known;
  return (c) => (legitimacyEstimate(ctx.board, c) < ctx.board.legitimacyThreshold ? -penalty : 0);
}

/** The acceptance estimates of the parties whose support a text put down now would still need. */
export function neededAcceptors(ctx: Context): Acceptor[] {
  const seq = sequentialSupporters(ctx.view, ctx.view.party);
  return seq.reachable ? acceptorsFor(ctx, seq.parties) : [];
}

/**
 * The others' thresholds, guessed: they aspire less as the deadline nears; a text a party rejected
 * lately was under its threshold, a text it supported was above.
 */
export function guessedThreshold(progress: number, model: OpponentEstimate): number {
  let t = 0.75 - 0.4 * progress;
  if (model.highestRejected !== null) t = Math.max(t, model.highestRejected + 0.02);
  if (model.lowestSupported !== null) t = Math.min(t, model.lowestSupported);
  return t;
}

/** How far under its guessed last-moment threshold a party's BATNA is estimated (the model is noisy). */
const BATNA_SLACK = 0.1;

/**
 * A party's BATNA as the bot estimates it, in its model's terms: under the threshold guessed for the
 * deadline (no higher than the lowest text it backed, no lower than the highest it rejected lately).
 *
 * Its level was measured and left as it is (2026-12-07; "batna off" in `npm run bench -- bots`: the share of
 * packages a model puts on the wrong side of the party's true BATNA). The fixed 0.25 is a quarter of the model's
 * scale, not of the party's range: on random median tables it leaves as many packages under as the truth does
 * (bias +0.02 of the packages), and near it the models cannot tell: of the packages a model puts within 0.1 above
 * this level, 43% are under the party's BATNA, 41% with the level set from the truth. The level alone buys the
 * random median tables' joint gain nothing: set per model from the truth (the level that misreads fewest
 * packages, in an experiment only), 87.2% -> 87.3-87.6% (seeds 1-1000). Set from where the bot's own BATNA lies
 * among its packages (projected onto each model: the others' BATNAs taken to lie about as its own does), the
 * BATNAs are misread less (library mean 0.383 -> 0.334 at round 3, random median 0.386 -> 0.229 at round 6;
 * worse on Osaka, Safe Harbor and Harborco-like), but the end game and the redrafts, tuned on this level, then
 * lose more than they gain: random median 87.2 -> 87.7 (held out 87.0 -> 86.7), autonomous vehicles' joint gain
 * 72 -> 89 but every party at or above its BATNA 68 -> 0, cyber attribution's joint gain 100 -> 85, the data
 * passport's deals 97 -> 80 (library misses 2 -> 5), and 23 of test/bots' pinned games fail.
 */
export function estimatedBatna(model: OpponentEstimate): number {
  return guessedThreshold(1, model) - BATNA_SLACK;
}

/**
 * True when the bot and the seated parties its models estimate at or above their BATNAs under `c` (`batnaOf`, by
 * default `estimatedBatna`) would carry it: what an amendment rule asks before making its change. `known`: the
 * stances taken as given (by default the bot backing `c`); a party known to object is not counted on.
 */
export function carriedOnModels(
  ctx: Context,
  c: Choice,
  batnaOf: (m: OpponentEstimate) => number = estimatedBatna,
  known: Record<PartyId, Stance> = { [ctx.view.party]: 'support' },
): boolean {
  const hoped: Record<PartyId, Stance> = { ...known };
  const seated = new Set(ctx.view.parties.filter((p) => p.atTable).map((p) => p.id));
  for (const m of ctx.models())
    if (seated.has(m.party) && hoped[m.party] !== 'object' && estimate(m, c) >= batnaOf(m)) hoped[m.party] = 'support';
  return wouldAgree(ctx.view, hoped);
}

/** Acceptance estimates for the parties a text must win, in the model's terms. */
export function acceptorsFor(ctx: Context, parties: readonly PartyId[]): Acceptor[] {
  const models = new Map(ctx.models().map((m) => [m.party, m] as const));
  return parties.flatMap((p) => {
    const m = models.get(p);
    if (!m) return [];
    return [{ contribution: contributions(m), threshold: guessedThreshold(ctx.progress, m) }];
  });
}

/** A model's estimated value of each option weighted by its issue's importance (sums to its estimate). */
export function contributions(m: OpponentEstimate): number[][] {
  return m.values.map((row, i) => row.map((v) => v * (m.weights[i] ?? 0)));
}

/**
 * Every other party's estimated contribution per issue and option, summed: the joint value (beyond
 * the bot's own) that the redrafts favour. Every party at the table counts, needed or not, since the
 * joint gain of a deal counts everyone.
 */
export function jointTable(ctx: Context): number[][] {
  const models = ctx.models().map(contributions);
  return ctx.board.norm.map((row, i) => row.map((_, o) => models.reduce((s, m) => s + (m[i]?.[o] ?? 0), 0)));
}

/** The others' summed estimated values of a package (0..1 each). */
export function othersValue(ctx: Context, c: Choice): number {
  let s = 0;
  for (const m of ctx.models()) s += estimate(m, c);
  return s;
}
