/**
 * Bidding by concession (the time-dependent negotiators and tit-for-tat): the bot tables its own
 * package at its aspiration (its first one with its temperament's gift, leaning.ts), moving toward the others' latest text where that costs it least
 * (Faratin's similarity criterion); it amends with what asks least of the others, lifts a text under
 * its BATNA by its own largest gain, and backs whatever its acceptance part accepts.
 */
import { concedeTo } from '../search.ts';
import { leastAsking, referenceText } from '../counter.ts';
import { openingGift } from '../leaning.ts';
import { freshProposal } from '../proposal.ts';
import type { AspirationInput, Bidding } from '../strategies/strategy.ts';

export function concessionBidding(exponent: number, aspiration: (input: AspirationInput) => number): Bidding {
  return {
    exponent,
    aspiration,
    beforeBacking: () => null,
    opening(ctx, legal, amendments) {
      const pick = leastAsking(ctx, amendments);
      if (pick) return pick;
      const offer = concedeTo(ctx.board, ctx.best, ctx.target, referenceText(ctx), ctx.random, ctx.tactics.noise);
      return freshProposal(ctx, legal, offer && openingGift(ctx, offer));
    },
    amendment: (ctx, reaching) => leastAsking(ctx, reaching),
    liftValue: (_ctx, gain) => gain,
    endgameJointPull: 0,
  };
}
