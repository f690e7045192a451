/**
 * The rules engine's public API: pure and deterministic, state is plain JSON.
 *
 *   initialState(scenario, setup, seed) → GameState
 *   legalActions(state, party)          → LegalAction[]   (what that party may do now)
 *   isLegal(state, action)              → boolean          (reasonWhyIllegal gives the sentence)
 *   apply(state, action)                → { ok, state } | { ok: false, reason }
 *   viewFor(state, party | 'public')    → View             (the only way players see the state)
 *                                                          (throws an Error on an unknown party id)
 *   ownScoringFor(scenario, party)      → OwnScoring       (also in the party's view: `ownScoring`)
 *   score(state)                        → ScoreReport
 *   previewPackage(state, party, pkg)   → PackagePreview   (a party's own points for a draft package)
 *   packageLines(state, party, pkg, round), domainOf(state, round)   (the lines behind them; the analysis domain)
 *   replay(scenario, setup, seed, actions) / replayLog(scenario, log)
 *   lessonsFor(state), historyPoints(state)                 (the debrief: lessons earned, the real deal)
 */
export type * from './types.ts';
export { MAX_SIDE_MESSAGE_LENGTH } from './types.ts';
export { initialState } from './initialState.ts';
export { legalActions, isLegal, reasonWhyIllegal, isTalkKind } from './legal.ts';
export { apply } from './apply.ts';
export { agreementTable, carriesWithEveryone, hasAgreement } from './agreement.ts';
export { viewFor } from './view.ts';
export { ownScoringFor } from './ownScoring.ts';
export { score, packageLines, previewPackage, finalScoreShares } from './scoring.ts';
export { domainOf } from './gameDomain.ts';
export { replay, replayLog, makeActionLog, parseActionLog } from './replay.ts';
export { tabledTexts, type TabledText } from './tabledTexts.ts';
export { livingWith, saidLiveable, saidNotLiveable, spokeOf, statements, type Statement } from './statements.ts';
export { effectiveSheet, effectiveBatna, atTable, lastRound } from './queries.ts';
export {
  keyedToTable,
  lessonsFor,
  historyPoints,
  tourDeTableFacts,
  dealWords,
  type DealWord,
  type HistoryPoints,
  type KeyedToTable,
  type TourDeTableFacts,
} from './debriefFacts.ts';
export { describePackage, versionRuns } from './narrate.ts';
