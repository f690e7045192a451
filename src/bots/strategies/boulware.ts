/** Boulware: a time-dependent negotiator that holds out and concedes late (Faratin's e > 1). */
import { timeDependent } from '../parts/aspiration.ts';
import { concessionBidding } from '../parts/concessionBidding.ts';
import { firstProposal } from '../parts/opponentModels.ts';
import type { Strategy } from './strategy.ts';

export const boulware: Strategy<'boulware'> = {
  name: 'boulware',
  summary: 'holds out and concedes near the deadline',
  bidding: concessionBidding(4, timeDependent),
  acceptance: { closing: 0.4, holdMomentum: 0.7, settlesInEndgame: true, readsTheOthers: false },
  opponentModel: firstProposal,
};
