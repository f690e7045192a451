/**
 * Adaptive: learns the others' priorities from their public moves (a frequency opponent model) and
 * trades issues, tabling the package its model says the parties it needs will most likely accept at
 * its aspiration and that leaves the others most; it holds out while texts find support and concedes
 * as fast as a linear negotiator when none does.
 */
import { moodAware } from '../parts/aspiration.ts';
import { frequencyModel } from '../parts/opponentModels.ts';
import { tradeOffBidding } from '../parts/tradeOffBidding.ts';
import type { Strategy } from './strategy.ts';

export const adaptive: Strategy<'adaptive'> = {
  name: 'adaptive',
  summary: 'models the others from their moves and trades issues for a larger deal',
  bidding: tradeOffBidding(3, moodAware),
  // It keeps its own acceptance rule in the end game: with "anything above the BATNA", its deals got smaller.
  acceptance: { closing: 0.6, holdMomentum: 0.5, settlesInEndgame: false, readsTheOthers: true },
  opponentModel: frequencyModel,
};
