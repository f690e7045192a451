/**
 * How a strategy reads another party's wishes (the opponent-model part): from the frequency model of
 * everything the party did (opponentModel.ts), or from its first proposal alone. Coalition partners'
 * ideal options, which the engine shows to partners, come first either way (talk.ts).
 */
import { choiceOf, type Choice } from '../board.ts';
import type { Context } from '../context.ts';
import { estimatedIdeal } from '../opponentModel.ts';
import type { OpponentModel } from '../strategies/strategy.ts';

/** The frequency model's estimated ideal package (null when nothing is known of the party). */
export const frequencyModel: OpponentModel = {
  wishes(ctx, party): Choice | null {
    const model = ctx.models().find((m) => m.party === party);
    if (!model || model.observations === 0) return null;
    return estimatedIdeal(model);
  },
};

/** Without a model: the party's first proposal stands for its wishes. */
export const firstProposal: OpponentModel = {
  wishes(ctx: Context, party): Choice | null {
    const first = ctx.texts.find((t) => t.author === party && t.kind === 'propose');
    return first ? choiceOf(ctx.board, first.package) : null;
  },
};
