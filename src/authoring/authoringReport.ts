/**
 * The authoring report: every warning that makes a scenario teach badly, for a scenario that
 * loaded. Structure first (issues, evidence, events, briefs), the calendar (anachronisms), evidence
 * flaws and the real deal, then what the outcome space allows;
 * with a bot tournament, how real tables fare.
 */
import { analysisErrorText, type RunControl } from '../analysis/control.ts';
import type { Locale } from '../i18n/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { botTournament, formatTournament, tournamentWarnings, type TournamentSummary } from './botTournament.ts';
import { briefWarnings } from './briefPriorities.ts';
import { calendarWarnings } from './calendarWarnings.ts';
import { historyWarnings } from './historyWarnings.ts';
import { provenanceWarnings } from './provenanceWarnings.ts';
import { issueWarnings } from './issueWarnings.ts';
import { placeholderWarnings } from './placeholderTexts.ts';
import { outcomeWarnings } from './outcomeWarnings.ts';
import { redLineWarnings } from './redLineWarnings.ts';
import { scoringSettingWarnings } from './scoringSettings.ts';
import { sayIn, type Say } from './say.ts';
import { unvaluedOptionWarnings } from './unvaluedOptions.ts';
import type { AuthoringWarning } from './warning.ts';

export interface AuthoringOptions {
  /** Progress and cancellation for the outcome-space searches (a Web Worker in the browser). */
  control?: RunControl;
  /** The language of the warnings and figures (English when not given). */
  locale?: Locale;
}

export function authoringReport(scenario: Scenario, options: AuthoringOptions = {}): AuthoringWarning[] {
  const say = sayIn(options.locale);
  return [
    ...placeholderWarnings(scenario, say),
    ...issueWarnings(scenario, say),
    ...unvaluedOptionWarnings(scenario, say),
    ...briefWarnings(scenario, say),
    ...redLineWarnings(scenario, say),
    ...scoringSettingWarnings(scenario, say),
    ...calendarWarnings(scenario, say),
    ...provenanceWarnings(scenario, say),
    ...historyWarnings(scenario, say),
    ...safeOutcomeWarnings(scenario, say, options.control),
  ];
}

/** The analysis refuses (RangeError) outcome spaces it cannot handle exactly: say so, never crash. */
function safeOutcomeWarnings(scenario: Scenario, say: Say, control?: RunControl): AuthoringWarning[] {
  try {
    return outcomeWarnings(scenario, control, say);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return [
      {
        code: 'outcome-not-analysed',
        ids: [],
        moment: 'always',
        // The analysis says why in the report's language (its reason is a sentence: it ends with its stop).
        message: say.t('authoring.outcomeNotAnalysed', { reason: analysisErrorText(e, say.locale) }),
      },
    ];
  }
}

/** The report and, when asked for, a bot tournament's figures and the warnings they raise. */
export interface AuthoringSection {
  warnings: AuthoringWarning[];
  tournament: TournamentSummary | null;
}

export function authoringSection(
  scenario: Scenario,
  options: AuthoringOptions & { tournamentGames?: number } = {},
): AuthoringSection {
  const games = options.tournamentGames ?? 0;
  const say = sayIn(options.locale);
  const tournament = games > 0 ? botTournament(scenario, games, say) : null;
  return {
    warnings: [...authoringReport(scenario, options), ...(tournament ? tournamentWarnings(tournament, say) : [])],
    tournament,
  };
}

/**
 * The report as text lines for the command line: a count and one line per warning, then the
 * tournament's figures if one was played. A clean report without a tournament prints nothing, as
 * linters do: silence after "valid" means there is nothing to fix.
 */
export function formatAuthoringReport(file: string, section: AuthoringSection, locale?: Locale): string[] {
  const say = sayIn(locale);
  const { warnings, tournament } = section;
  const head =
    warnings.length === 0
      ? tournament
        ? [say.t('authoring.report.none', { file })]
        : []
      : [say.t('authoring.report.count', { file, count: warnings.length })];
  return [
    ...head,
    ...warnings.map((w) => say.t('authoring.report.line', { file, code: w.code, message: w.message })),
    ...(tournament ? formatTournament(tournament, say) : []),
  ];
}
