/**
 * The analysis's sentences for a trainee (analysis/leftOnTable.ts, shown under the debrief's outcome
 * chart): what was left on the table, and the trades the parties' priorities made possible. Gains carry
 * their sign ("+6"), to one decimal at most, in the language's own number style.
 */
export const analysis = {
  nothingLeft:
    'Nothing was left on the table: no package would have left every party at least as well off and one better.',
  changing_one:
    'Changing one issue would have left every party at least as well off and some better ({{changes}}): {{gains}}.',
  changing_other:
    'Changing {{count}} issues would have left every party at least as well off and some better ({{changes}}): {{gains}}.',
  mostTogether:
    'The most that could have been gained together without anyone losing was {{total, points(useGrouping: false; maximumFractionDigits: 1)}} ({{changes}}): {{gains}}.',
  change: '{{issue}}: {{from}} → {{to}}',
  changeSeparator: '; ',
  gain: '{{party}} {{gain, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}',
  gainsOthersSame_one: '{{gains}}, the other no worse off',
  gainsOthersSame_other: '{{gains}}, the others no worse off',
  logroll:
    '{{p}} could have given way on {{givenIssue}} ({{givenOption}}) in return for {{q}} giving way on {{takenIssue}} ({{takenOption}}): {{p}} {{gainP, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}, {{q}} {{gainQ, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}.',
  logrollLosers:
    '{{p}} could have given way on {{givenIssue}} ({{givenOption}}) in return for {{q}} giving way on {{takenIssue}} ({{takenOption}}): {{p}} {{gainP, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}, {{q}} {{gainQ, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}} (but {{losers}}).',
  priority:
    '{{p}} cares more about {{more}} than {{less}}; {{q}} the reverse. {{p}} giving way on {{less}} in return for {{q}} giving way on {{more}} can leave both better off.',
  chart: {
    partyGain: '{{party}} {{gain, number(useGrouping: false)}}',
    notComparable: 'The agreed package used an option no longer on the table, so it cannot be compared.',
    noDealNash:
      'There was no deal. The Nash bargaining package would have given each party this much over its no-deal result: {{gains}}.',
    noDealNothing: 'There was no deal, and no package would have left every party better off than without one.',
  },
  /** Why an exact analysis cannot be done (analysis/control.ts AnalysisTooLarge). */
  tooLarge: {
    rulesCoupled:
      'Scoring rules tie together issues {{issues}}, whose options multiply to {{combinations, number}} combinations; exact analysis supports up to {{max, number}}.',
    spaceTooLarge: 'The outcome space has {{packages, number}} packages: too many to hold in memory.',
  },
} as const;
