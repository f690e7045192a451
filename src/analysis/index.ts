/** The negotiation analysis: what the outcome space allows and how far a deal lies from it. */
export * from './control.ts';
export * from './domain.ts';
export * from './space.ts';
export * from './enumerate.ts';
export * from './skyline.ts';
export * from './frontier.ts';
export * from './search.ts';
export * from './bargaining.ts';
export * from './extremes.ts';
export * from './zopa.ts';
export * from './deal.ts';
export * from './leftOnTable.ts';
export * from './report.ts';
export { seededRandom } from './seededRandom.ts';
