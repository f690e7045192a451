/**
 * The debrief's sentences drawn from a finished game (engine/scoring.ts and engine/collective.ts):
 * the lines explaining each score and the collective judgement of the outcome. Figures are numbers
 * written without grouping (`number(useGrouping: false)`); shares are whole percentages.
 */
export const debrief = {
  score: {
    issue: '{{issue}}: {{option}}',
    issueNoOption: '{{issue}}: (no option chosen)',
    noSocialLicence:
      'No social licence (public legitimacy {{legitimacy, number(useGrouping: false)}} under {{threshold, number(useGrouping: false)}}): {{consequence}}',
    rounding: 'Rounding',
    batna: 'BATNA: {{description}}',
    noDeal: 'No deal: {{description}}',
    credibility: 'Credibility {{value, number(useGrouping: false)}}/100 (a third)',
    noEvidence: 'Evidence: none presented, neutral 50/100 (a third)',
    rigour: 'Rigour of the evidence presented {{value, number(useGrouping: false)}}/100 (a third)',
    trust: 'Trust the others hold in you {{value, number(useGrouping: false)}}/100 (a third)',
    outcome: 'Outcome {{value, number(useGrouping: false)}}/100 × {{weight, number(useGrouping: false)}}%',
    process: 'Process {{value, number(useGrouping: false)}}/100 × {{weight, number(useGrouping: false)}}%',
  },
  collective: {
    choice: '{{issue}}: {{option}}',
    choiceSeparator: '; ',
    leftNoDeal_one: 'Every party counts here, including {{parties}}, who walked away.',
    leftNoDeal_other: 'Every party counts here, including {{parties}}, who walked away.',
    leftBindsAll_one:
      'Every party counts here: {{parties}} walked away but the deal binds every party, so they get its points.',
    leftBindsAll_other:
      'Every party counts here: {{parties}} walked away but the deal binds every party, so they get its points.',
    leftBindsStayers_one:
      'Every party counts here: {{parties}} walked away and, as the deal binds only those who stayed, keeps its BATNA.',
    leftBindsStayers_other:
      'Every party counts here: {{parties}} walked away and, as the deal binds only those who stayed, keep their BATNA.',
    notAnalysed:
      'The outcome space could not be analysed as the game ended (no option left on some issue, or rules coupling too many issues).',
    noZone:
      'No zone of agreement: no package gave every party needed to carry a deal more than it got without one (its BATNA and the no-deal consequence), so ending without a deal cost nothing anyone could have had.',
    dealExisted:
      'A deal existed that gave every party more than it got without one (its BATNA and the no-deal consequence): for instance the Nash bargaining point, {{package}}, which would have added {{gain, points(useGrouping: false)}} in total.',
    coalitionCouldCarry_one:
      'A deal existed: {{parties}} could have carried one under the agreement rule that gave each of them more than it got without a deal, for instance {{package}}.',
    coalitionCouldCarry_other:
      'A deal existed: {{parties}} could have carried one under the agreement rule that gave each of them more than it got without a deal, for instance {{package}}.',
    feasibleCoalitions: '{{feasible}} of the {{total}} smallest coalitions able to carry a deal had such a package.',
    bestForTable:
      'The best package for the table as a whole would have added {{gain, points(useGrouping: false)}} in total over no deal.',
    shareLabel:
      'Share of the maximum joint gain: {{gain, number(useGrouping: false)}} of {{max, points(useGrouping: false)}} over no deal ({{share, number(useGrouping: false)}}%)',
    shareLabelNegative:
      'Share of the maximum joint gain: {{gain, number(useGrouping: false)}} of {{max, points(useGrouping: false)}} over no deal ({{share, number(useGrouping: false)}}%, counted as 0)',
    created:
      'The deal created {{gain, number(useGrouping: false)}} of the {{max, points(useGrouping: false)}} of joint gain that the best package could add over no deal ({{share, number(useGrouping: false)}}%).',
    belowNoDeal:
      'Together the parties ended {{loss, points(useGrouping: false)}} below what no deal would have given them, when the best package could have added {{max, number(useGrouping: false)}}.',
    noJointGain: 'No package could add joint gain over no deal, so efficiency is not measured.',
    pareto:
      'No other package would have left every party at least as well off and one better: the deal is Pareto-efficient.',
    valueLeft:
      'Value was left on the table: {{package}} would have left every party at least as well off and given {{total, number(useGrouping: false)}} more points in total ({{gains}}).',
    partyGain: '{{party}} +{{gain, number(useGrouping: false)}}',
    frontierDistance: 'Every party could have gained at least {{gain, points(useGrouping: false)}} at once.',
    noNash:
      'No package gave every party more than no deal, so there is no Nash bargaining point to measure fairness against.',
    nashLabel: 'Nash product: {{share}}% of the Nash bargaining point’s',
    nashReached:
      'The product of the parties’ gains over no deal reaches {{share}}% of the Nash bargaining point’s (100% is the Nash point itself: efficient and balanced).',
    nashZero: 'Not every party gained over no deal, so the deal scores 0 on the Nash product.',
    worstGainedEvenGains_one:
      'The worst-off party ({{parties}}) gained {{gain, points(useGrouping: false)}} against no deal; the most even package would have given every party at least {{even, number(useGrouping: false)}}.',
    worstGainedEvenGains_other:
      'The worst-off party ({{parties}}) gained {{gain, points(useGrouping: false)}} against no deal; the most even package would have given every party at least {{even, number(useGrouping: false)}}.',
    worstGainedEvenLoses_one:
      'The worst-off party ({{parties}}) gained {{gain, points(useGrouping: false)}} against no deal; even the most even package would have left one party {{even, points(useGrouping: false)}} worse off than no deal.',
    worstGainedEvenLoses_other:
      'The worst-off party ({{parties}}) gained {{gain, points(useGrouping: false)}} against no deal; even the most even package would have left one party {{even, points(useGrouping: false)}} worse off than no deal.',
    worstLostEvenGains_one:
      'The worst-off party ({{parties}}) lost {{gain, points(useGrouping: false)}} against no deal; the most even package would have given every party at least {{even, number(useGrouping: false)}}.',
    worstLostEvenGains_other:
      'The worst-off party ({{parties}}) lost {{gain, points(useGrouping: false)}} against no deal; the most even package would have given every party at least {{even, number(useGrouping: false)}}.',
    worstLostEvenLoses_one:
      'The worst-off party ({{parties}}) lost {{gain, points(useGrouping: false)}} against no deal; even the most even package would have left one party {{even, points(useGrouping: false)}} worse off than no deal.',
    worstLostEvenLoses_other:
      'The worst-off party ({{parties}}) lost {{gain, points(useGrouping: false)}} against no deal; even the most even package would have left one party {{even, points(useGrouping: false)}} worse off than no deal.',
  },
} as const;
