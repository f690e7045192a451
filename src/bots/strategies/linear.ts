/** Linear: a time-dependent negotiator that concedes at a steady pace (Faratin's e = 1). */
import { timeDependent } from '../parts/aspiration.ts';
import { concessionBidding } from '../parts/concessionBidding.ts';
import { firstProposal } from '../parts/opponentModels.ts';
import type { Strategy } from './strategy.ts';

export const linear: Strategy<'linear'> = {
  name: 'linear',
  summary: 'concedes at a steady pace',
  bidding: concessionBidding(1, timeDependent),
  acceptance: { closing: 0.6, holdMomentum: 0.5, settlesInEndgame: true, readsTheOthers: false },
  opponentModel: firstProposal,
};
