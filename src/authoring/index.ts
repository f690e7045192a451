/**
 * Instructor authoring tools: the authoring report of warnings that make a scenario teach badly,
 * optionally with a bot tournament. Pure (no Node APIs): the command line, the game's instructor
 * view and the tests all call it.
 */
export {
  authoringReport,
  authoringSection,
  formatAuthoringReport,
  type AuthoringOptions,
  type AuthoringSection,
} from './authoringReport.ts';
export {
  botTournament,
  teachingTargets,
  type TeachingTarget,
  formatTournament,
  tournamentWarnings,
  type TournamentSummary,
  type PartyScoreSpread,
} from './botTournament.ts';
export { analysedMoments, type AnalysedMoment } from './moments.ts';
export { WARNING_CODES, type AuthoringWarning, type Moment, type WarningCode } from './warning.ts';
