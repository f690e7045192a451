/**
 * Tit-for-tat: concedes as much as the others have conceded to it (measured on its own utility), with
 * a time-dependent curve as a safety net so that it still reaches its floor by the deadline.
 */
import { reciprocal } from '../parts/aspiration.ts';
import { concessionBidding } from '../parts/concessionBidding.ts';
import { firstProposal } from '../parts/opponentModels.ts';
import type { Strategy } from './strategy.ts';

export const titForTat: Strategy<'tit-for-tat'> = {
  name: 'tit-for-tat',
  summary: 'concedes as much as the others have conceded to it',
  bidding: concessionBidding(2.5, reciprocal),
  acceptance: { closing: 0.6, holdMomentum: 0.5, settlesInEndgame: true, readsTheOthers: false },
  opponentModel: firstProposal,
};
