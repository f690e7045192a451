/**
 * Bidding by trade-off (the adaptive negotiator): with its opponent models the bot looks for the
 * package that keeps its own utility at its aspiration while maximising the estimated chance that the
 * parties it needs accept, and favours packages its model says leave the others more (joint gain).
 *
 * - Opening: among its trade-off package, the amendments that reach its aspiration and a concession
 *   toward the others' latest text, the one with the best estimated chance of winning the support it
 *   needs (texts that keep much of what others wrote are pulled in as the deadline nears); its first
 *   text gives a little on one issue, as its temperament has it (`openingGift`, leaning.ts).
 * - Amending the single text: the best amendment by estimated acceptance, own utility and the
 *   others' joint value, or a redraft early on (`redraft.ts`).
 * - Before backing a text it can accept: it withholds support from a text its model says will not
 *   pass while a counter of its own clearly would; a party the deal needs does not settle at its
 *   margin (`marginClaim.ts`), nor short of a middle option it reads the others as valuing
 *   (`middleClaim.ts`); early on it redrafts for joint value (`redraft.ts`); in the round before the end
 *   game it makes the one-issue change its models say gains it and the others (`integrativeAmendment.ts`).
 * - In the end game it ranks the converging texts by the others' estimated value (ENDGAME_JOINT_PULL).
 */
import type { Action, LegalAction, PartyId, Stance } from '../../engine/index.ts';
import { choiceOf, own, type Choice } from '../board.ts';
import type { Context } from '../context.ts';
import { chooseCounter, referenceText } from '../counter.ts';
import { ENDGAME_JOINT_PULL, inEndgame } from '../endgame.ts';
import { leaningFactor, openingGift } from '../leaning.ts';
import { integrativeAmendment } from '../integrativeAmendment.ts';
import { marginClaim } from '../marginClaim.ts';
import { middleClaim } from '../middleClaim.ts';
import { acceptorsFor, legitimacyBonus, neededAcceptors } from '../othersAcceptance.ts';
import { freshProposal } from '../proposal.ts';
import { adaptiveCounter, paretoRedraft } from '../redraft.ts';
import { acceptChance, concedeTo, tradeOff } from '../search.ts';
import type { AspirationInput, Bidding } from '../strategies/strategy.ts';
import { sequentialSupporters } from '../tableOutlook.ts';

/** How strongly the opening is drawn to texts that keep what the others wrote, at the deadline. */
const SIMILARITY_PULL = 10;

export function tradeOffBidding(exponent: number, aspiration: (input: AspirationInput) => number): Bidding {
  return {
    exponent,
    aspiration,
    beforeBacking(ctx, legal, stances) {
      // The end-game discipline (endgame.ts) holds for every bot; before it, a text doomed to fail
      // is not backed when a counter stands a clearly better chance.
      if (!inEndgame(ctx) && betterCounterExists(ctx, legal, stances)) return chooseCounter(ctx, legal) ?? 'withhold';
      return (
        marginClaim(ctx, legal) ??
        middleClaim(ctx, legal) ??
        paretoRedraft(ctx, legal) ??
        integrativeAmendment(ctx, legal)
      );
    },
    opening,
    amendment: (ctx, reaching, legal) => adaptiveCounter(ctx, reaching, neededAcceptors(ctx), legal),
    liftValue: (ctx, gain, c) => gain * (0.25 + acceptChance(neededAcceptors(ctx), c)),
    endgameJointPull: ENDGAME_JOINT_PULL,
  };
}

function opening(
  ctx: Context,
  legal: readonly LegalAction[],
  amendments: readonly { action: Action; choice: Choice }[],
) {
  const acceptors = neededAcceptors(ctx);
  const offer = tradeOff(ctx.board, acceptors, ctx.target, ctx.table, {
    pairMoves: ctx.tactics.difficulty !== 'easy',
    legitimacyBonus: legitimacyBonus(ctx),
  });
  let best: { action: Action; value: number } | null = null;
  // Texts that keep much of what others wrote converge faster: a pull toward the others' latest
  // text that grows as the deadline nears.
  const reference = referenceText(ctx);
  const similarity = (c: Choice) =>
    reference ? c.filter((k, i) => reference[i] === k).length / Math.max(1, c.length) : 0;
  const consider = (action: Action | null, c: Choice | null) => {
    if (!action || !c) return;
    const value =
      acceptChance(acceptors, c) *
      (1 + 0.5 * own(ctx.board, c)) *
      (1 + SIMILARITY_PULL * ctx.progress * similarity(c)) *
      leaningFactor(ctx, c);
    if (!best || value > best.value) best = { action, value };
  };
  consider(freshProposal(ctx, legal, offer), offer);
  for (const a of amendments) consider(a.action, a.choice);
  const toward = concedeTo(ctx.board, ctx.best, ctx.target, reference, ctx.random, ctx.tactics.noise);
  consider(freshProposal(ctx, legal, toward), toward);
  const chosen = best as { action: Action; value: number } | null;
  // Its first text gives a little on one issue, as its temperament has it (leaning.ts).
  const first = chosen?.action.type === 'propose' ? choiceOf(ctx.board, chosen.action.package) : null;
  if (first) return freshProposal(ctx, legal, openingGift(ctx, first)) ?? chosen!.action;
  if (chosen) return chosen.action;
  return freshProposal(ctx, legal, concedeTo(ctx.board, ctx.best, ctx.target, null, ctx.random, ctx.tactics.noise));
}

/**
 * The text on the table will not pass, by the model (a party that must still support it will not,
 * or the turns left cannot carry it), while a counter of its own stands a clearly better chance.
 */
function betterCounterExists(ctx: Context, legal: readonly LegalAction[], stances: Record<PartyId, Stance>): boolean {
  if (!ctx.table) return false;
  const pTable = passChance(ctx, ctx.table, stances);
  if (pTable >= 0.3) return false;
  const counter = chooseCounter(ctx, legal);
  if (!counter || (counter.type !== 'propose' && counter.type !== 'amend')) return false;
  const pkg =
    counter.type === 'propose'
      ? counter.package
      : { ...(ctx.view.table?.package ?? {}), [counter.issue]: counter.option };
  const c = choiceOf(ctx.board, pkg);
  return c !== null && passChance(ctx, c, {}) > pTable + 0.25;
}

/** The estimate that a text passes, given who supports it now (with the bot). */
function passChance(ctx: Context, c: Choice, stances: Record<PartyId, Stance>): number {
  const seq = sequentialSupporters(ctx.view, ctx.view.party, stances);
  if (!seq.reachable) return 0;
  return acceptChance(acceptorsFor(ctx, seq.parties), c);
}
