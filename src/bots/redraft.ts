/**
 * The adaptive bot's redrafts: whole packages that replace the negotiating text early in the game,
 * chosen for the joint value its opponent model sees in them (so all-adaptive tables do not settle
 * on the first package a winning coalition accepts, but on one near the estimated frontier).
 *
 * - `adaptiveCounter`: for a text the bot will not support, the best of the amendments that bring
 *   the text to its aspiration and of a trade-off package (own utility ≥ aspiration, the needed
 *   parties' acceptance and everyone's estimated value as high as possible, close to the text).
 * - `paretoRedraft`: for a text the bot would support, a package at least as good for the bot that
 *   its model says is clearly better for the others (Faratin-style trade-off toward the others).
 * Both only while the text has little support: a redraft wipes every stance, like any new text.
 */
import { redraftAnchor } from './anchoredRedraft.ts';
import { leaningFactor } from './leaning.ts';
import type { Action, LegalAction } from '../engine/index.ts';
import { jointTable, legitimacyBonus, neededAcceptors, othersValue } from './othersAcceptance.ts';
import { momentum } from './tableOutlook.ts';
import { own, sameChoice, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { proposalOf } from './proposal.ts';
import { acceptChance, tradeOff, type Acceptor } from './search.ts';

/** How strongly amendments are valued for the others' estimated joint value (exponent per unit of summed estimate). */
const AMENDMENT_JOINT_PULL = 2;
/** Weight of the others' joint value in a counter redraft's search (own utility weighs 0.5). */
export const COUNTER_JOINT_WEIGHT = 1;
/** Weight of the others' joint value in a Pareto redraft's search. */
const PARETO_JOINT_WEIGHT = 2;
/** A redraft beats an amendment only when clearly better: the amendment keeps the others' words. */
const REDRAFT_DISCOUNT = 0.8;
/** Redrafts only while the text has less than this share of the support it needs. */
const CALM_MOMENTUM = 0.5;
/** Share of the rounds after which the bot only amends (too few turns are left to rally a new text). */
const REDRAFT_UNTIL = 0.5;
/** Least gain in the others' summed estimates for a Pareto redraft to be worth wiping the stances. */
const PARETO_GAIN = 0.15;

function calm(ctx: Context): boolean {
  return (
    momentum(ctx.view, ctx.view.party, ctx.view.table?.stances ?? {}) < CALM_MOMENTUM &&
    ctx.view.round <= ctx.view.rounds * REDRAFT_UNTIL
  );
}

/**
 * The trade-off package (search.ts `tradeOff`) the acceptors are likeliest to take among those worth at least
 * `keep` to the bot, other than the table; null when none differs from it. Anchored to the table (the counters
 * here) or not (a stalled table's redraft, stalledTable.ts).
 */
export function redraftOf(
  ctx: Context,
  acceptors: readonly Acceptor[],
  keep: number,
  table: Choice,
  jointWeight: number,
  anchored = true,
): Choice | null {
  const offer = tradeOff(ctx.board, acceptors, keep, table, {
    pairMoves: ctx.tactics.difficulty !== 'easy',
    legitimacyBonus: legitimacyBonus(ctx),
    joint: jointTable(ctx),
    jointWeight,
    // Drawn harder where walking out does not lower the bar (anchoredRedraft.ts).
    ...(anchored ? { anchor: { choice: table, weight: redraftAnchor(ctx) } } : {}),
  });
  return offer && !sameChoice(offer, table) ? offer : null;
}

/**
 * The adaptive bot's counter to a text it will not support. Value of a candidate: the chance the
 * parties it needs accept × its own utility × the others' estimated joint value.
 */
export function adaptiveCounter(
  ctx: Context,
  reaching: readonly { action: Action; choice: Choice }[],
  acceptors: readonly Acceptor[],
  legal: readonly LegalAction[],
): Action | null {
  const table = ctx.table;
  if (!table) return null;
  const value = (c: Choice) =>
    acceptChance(acceptors, c) *
    (1 + 0.5 * own(ctx.board, c)) *
    Math.exp(AMENDMENT_JOINT_PULL * othersValue(ctx, c)) *
    leaningFactor(ctx, c);
  let best: { action: Action; value: number } | null = null;
  for (const a of reaching) {
    const v = value(a.choice);
    if (!best || v > best.value) best = { action: a.action, value: v };
  }
  if (calm(ctx)) {
    const offer = redraftOf(ctx, acceptors, ctx.target, table, COUNTER_JOINT_WEIGHT);
    const action = offer ? proposalOf(ctx, legal, offer) : null;
    if (offer && action) {
      const v = value(offer) * REDRAFT_DISCOUNT;
      if (!best || v > best.value) best = { action, value: v };
    }
  }
  return best?.action ?? null;
}

/**
 * Early in the game the adaptive bot does not settle for an acceptable text when its model sees a
 * clearly better one for the others that costs it nothing (its own utility at least the text's and
 * its aspiration): it tables that package instead. Not before it has seen every other party move.
 */
export function paretoRedraft(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const table = ctx.table;
  if (!table || !calm(ctx)) return null;
  if (ctx.models().some((m) => m.observations === 0)) return null;
  const acceptors = neededAcceptors(ctx);
  const offer = redraftOf(ctx, acceptors, Math.max(ctx.target, own(ctx.board, table)), table, PARETO_JOINT_WEIGHT);
  if (!offer) return null;
  if (othersValue(ctx, offer) < othersValue(ctx, table) + PARETO_GAIN) return null;
  if (acceptChance(acceptors, offer) < acceptChance(acceptors, table) * 0.8) return null;
  return proposalOf(ctx, legal, offer);
}
