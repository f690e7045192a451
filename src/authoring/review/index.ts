/** The game review: every move of a party rated against what was possible then, and a summary. */
export { reviewGame, type ReviewResult, type Reasons } from './reviewGame.ts';
export { ratingForLoss } from './rateMove.ts';
export { formatReview } from './formatReview.ts';
export * from './types.ts';
