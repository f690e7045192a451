/** Conceder: a time-dependent negotiator that gives ground early (Faratin's e < 1). */
import { timeDependent } from '../parts/aspiration.ts';
import { concessionBidding } from '../parts/concessionBidding.ts';
import { firstProposal } from '../parts/opponentModels.ts';
import type { Strategy } from './strategy.ts';

export const conceder: Strategy<'conceder'> = {
  name: 'conceder',
  summary: 'gives ground early',
  bidding: concessionBidding(0.35, timeDependent),
  acceptance: { closing: 0.8, holdMomentum: 0.4, settlesInEndgame: true, readsTheOthers: false },
  opponentModel: firstProposal,
};
