/**
 * What the authoring report says: warnings about a scenario that loads and plays but teaches badly.
 * Each warning names the ids concerned and says, in one sentence an instructor can act on, what to
 * change. Warnings never make a scenario invalid: `validate` keeps its exit code.
 */

/**
 * Every kind of authoring warning. The codes are stable: tests, tools and docs/authoring.md rely
 * on them (a test checks that the guide explains each one).
 */
export const WARNING_CODES = [
  /** No package beats every BATNA of a coalition that the agreement rule lets carry a deal. */
  'no-zone-of-agreement',
  /** A party's best possible package does not beat what it gets without a deal. */
  'party-never-beats-batna',
  /** One package is every party's ideal: nothing to negotiate. */
  'nothing-to-negotiate',
  /** No party's points (sheet or scoring rules) depend on the issue. */
  'issue-not-scored',
  /** Every party scores the options alike (same points up to a constant): no trades. */
  'issue-scored-alike',
  /** The Nash bargaining point gives one party its best possible points: a one-sided bargain. */
  'one-sided-nash',
  /** Evidence argues for or against an option that no party values. */
  'evidence-on-unvalued-option',
  /** An event adds, withdraws or moves an option that no party values. */
  'event-on-unvalued-option',
  /** A confidential brief calls an issue the most important that is not the widest on its sheet. */
  'brief-contradicts-sheet',
  /** A brief insists on an option ("you must secure…", "insist on…") that its own sheet scores lowest on the issue. */
  'brief-insists-on-lowest',
  /** A brief offers to trade ("you can trade on…", "you care little about…") an issue its sheet makes most important. */
  'brief-trades-top-issue',
  /** A brief states a red line naming options, none of which the party declares in "redLines". */
  'red-line-undeclared',
  /** A declared red line can be outweighed: a package crossing it beats the party's no-deal points. */
  'red-line-outweighed',
  /** The parties every deal needs have red lines that together rule out every option of an issue. */
  'red-lines-close-issue',
  /** The outcome space could not be analysed exactly (scoring rules tie too many issues together). */
  'outcome-not-analysed',
  /** Weighted majority, but every party's influence is 0: no deal can pass. */
  'influence-all-zero',
  /** One party alone meets the majority threshold (share of parties or of influence). */
  'majority-one-party',
  /** Every issue's legitimacy weight is 0: public legitimacy means nothing. */
  'legitimacy-weights-all-zero',
  /** Outcome and process weights are both 0: they weigh nothing, and the final score mixes 80/20 as by default. */
  'score-weights-zero',
  /** With a bot tournament: tables agree in fewer than half the games. */
  'bots-rarely-agree',
  /** With a bot tournament: most agreements land on the Nash point (the zone is too easy). */
  'bots-agree-at-nash',
  /** The rounds are dated but a piece of evidence or an event is not. */
  'undated-on-calendar',
  /** An item's text names a later year than its date, a round event is set before its date, or an event brings in later evidence. */
  'anachronism',
  /** A dated item became known after the last round: it never appears. */
  'after-last-round',
  /** Weak evidence with no declared flaw: no challenge can expose it. */
  'weak-evidence-without-flaw',
  /** The real deal gives a party that accepted it less than its BATNA. */
  'real-deal-under-batna',
  /** The real deal crosses a red line that a party which accepted it declares. */
  'real-deal-crosses-red-line',
  /** The parties that accepted the real deal could not carry it under the agreement rule. */
  'real-deal-outside-rule',
  /** A text still holds the placeholder a tool wrote (the GENIUS import): the instructor writes it. */
  'placeholder-text',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * When a warning holds. Zone-of-agreement questions depend on the moment: events change sheets,
 * BATNAs, options and legitimacy. `start` is play as it begins (round 1, after any round-1 event);
 * `after-events` is once every round-triggered event has fired; `both` when it holds at each.
 * Warnings about the file's structure (issues, briefs, options) are `always`.
 */
export type Moment = 'start' | 'after-events' | 'both' | 'always';

export interface AuthoringWarning {
  code: WarningCode;
  /** The ids concerned: parties, issues, options (as `issue/option`), evidence or events. */
  ids: string[];
  moment: Moment;
  /** What is wrong and what to change, in words an instructor understands. */
  message: string;
}
