/**
 * The game review's sentences (src/authoring/review): each move rated against what was possible
 * then, the better move, the missed trades and the summary. Points are rounded to a tenth.
 */
export const review = {
  thisText: 'This text',
  amendedText: 'The text this amendment leaves',
  supportedText: 'The text you supported',
  choice: '{{issue}}: {{option}}',
  choiceSeparator: '; ',
  sameText: 'the same text',
  costTo: '{{points, number(useGrouping: false)}} to {{party}}',
  moreTo: '{{points, number(useGrouping: false)}} more to {{party}}',
  othersCost: ', at a cost of {{list}}',
  othersGive: ' and cost no one anything, giving {{list}}',
  othersNone: ' and cost no one anything',
  tablingTextKept:
    'Tabling the text with {{changes}} instead would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  tablingTextSame: 'Tabling the text with {{changes}} instead would have given you as much{{others}}.',
  tablingTextCost:
    'Tabling the text with {{changes}} instead would have cost you {{gain, points(useGrouping: false)}}{{others}}.',
  tablingAmendKept:
    'Tabling the amendment with {{changes}} instead would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  tablingAmendSame: 'Tabling the amendment with {{changes}} instead would have given you as much{{others}}.',
  tablingAmendCost:
    'Tabling the amendment with {{changes}} instead would have cost you {{gain, points(useGrouping: false)}}{{others}}.',
  stayingTextKept:
    'Staying and tabling the text with {{changes}} instead would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  stayingTextSame: 'Staying and tabling the text with {{changes}} instead would have given you as much{{others}}.',
  stayingTextCost:
    'Staying and tabling the text with {{changes}} instead would have cost you {{gain, points(useGrouping: false)}}{{others}}.',
  stayingAmendKept:
    'Staying and tabling the amendment with {{changes}} instead would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  stayingAmendSame:
    'Staying and tabling the amendment with {{changes}} instead would have given you as much{{others}}.',
  stayingAmendCost:
    'Staying and tabling the amendment with {{changes}} instead would have cost you {{gain, points(useGrouping: false)}}{{others}}.',
  concededMost:
    'You gave up {{points, points(useGrouping: false)}} on {{most}}, the issue you value most, while holding your favourite on {{least}}, the one you value least: concede first where it costs you least.',
  concededLeast: 'You conceded on {{least}}, the issue you value least, and kept {{most}}: the cheap concession first.',
  crossesOwnRedLine: '{{what}} crosses your own red line.',
  crossesRedLineOf_one: 'It crosses the red line of {{parties}}, who objects to it at once.',
  crossesRedLineOf_other: 'It crosses the red line of {{parties}}, who object to it at once.',
  textGives: '{{what}} gives you {{own, points(useGrouping: false)}}.',
  textUnderNoDeal:
    '{{what}} gives you {{own, points(useGrouping: false)}}, under the {{noDeal, points(useGrouping: false)}} you get without a deal: tabling it invites a deal worse than no deal at all.',
  textIsNash:
    '{{what}} is the table’s Nash point: the split that maximises the product of everyone’s gains over no deal, on the frontier.',
  textOnFrontier:
    '{{what}} is on the frontier: no text gives anyone more without costing someone else, and it gives you {{own, points(useGrouping: false)}}.',
  textOnFrontierWithinRedLines:
    '{{what}} is on the frontier of the texts that cross no one’s red line: none of them gives anyone more without costing someone else, and it gives you {{own, points(useGrouping: false)}}.',
  textOffFrontier:
    '{{what}} is off the frontier: another text gives every party at least as much, {{lost, points(useGrouping: false)}} more in all.',
  supportedUnderNoDeal:
    'You supported a text worth {{own, points(useGrouping: false)}} to you, under the {{noDeal, points(useGrouping: false)}} you get without a deal: if it carries, you are worse off than with no deal at all.',
  objectingKeeps:
    'Objecting instead would have kept the {{noDeal, points(useGrouping: false)}} you get without a deal.',
  supportedAbove:
    'You supported a text worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal.',
  supportedAboveFrontier:
    'You supported a text worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal, and on the frontier.',
  supportedAboveFrontierWithinRedLines:
    'You supported a text worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal, and on the frontier of the texts that cross no one’s red line.',
  supportedDominated:
    'You supported a text worth {{own, points(useGrouping: false)}} to you ({{above, number(useGrouping: false)}} above no deal), though another text gave every party at least as much, and some more.',
  objectedUnderNoDeal:
    'You objected to a text worth {{own, points(useGrouping: false)}} to you, under the {{noDeal, points(useGrouping: false)}} you get without a deal.',
  objectedBest:
    'You objected to a text worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal, and no text that could still carry gave you more.',
  supportingBacks:
    'Supporting it instead would have backed {{above, points(useGrouping: false)}} above no deal for you.',
  keepingSupportBacks:
    'Keeping your support instead would have backed {{above, points(useGrouping: false)}} above no deal for you.',
  objected: 'You objected to a text worth {{own, points(useGrouping: false)}} to you.',
  objectedCarriable:
    'You objected to a text worth {{own, points(useGrouping: false)}} to you; a text that could carry gave you up to {{best, number(useGrouping: false)}}.',
  voteUnderNoDeal:
    'You called a vote on a text worth {{own, points(useGrouping: false)}} to you, under the {{noDeal, points(useGrouping: false)}} you get without a deal.',
  voteCarried:
    'Your vote carried a text worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal.',
  voteFailed: 'You called a vote on a text worth {{own, points(useGrouping: false)}} to you; it did not carry.',
  walkedAway: 'You walked away: without a deal you get {{noDeal, points(useGrouping: false)}}.',
  walkedAwayNothingBetter:
    'You walked away (without a deal you get {{noDeal, points(useGrouping: false)}}): no text that could still carry gave you more.',
  walkedAwayCarriable:
    'You walked away (without a deal you get {{noDeal, points(useGrouping: false)}}) while a text giving you {{best, number(useGrouping: false)}} could still carry.',
  walkedAwayCarriableOnTable:
    'You walked away (without a deal you get {{noDeal, points(useGrouping: false)}}) while a text giving you {{best, number(useGrouping: false)}} could still carry, and the text on the table already gave you {{table, number(useGrouping: false)}}.',
  walkedAwayStillBound: 'A deal the others carry without you still binds you.',
  walkedAwayBoundAsLittle:
    'A deal the others carry without you still binds you: they could carry one giving you {{worst, points(useGrouping: false)}}.',
  walkedAwayBoundStayingHeld:
    'A deal the others carry without you still binds you: they could carry one giving you {{worst, points(useGrouping: false)}}, where staying and objecting would have kept you at {{floor, number(useGrouping: false)}} or more.',
  passed: 'You passed.',
  passedNoText: 'You passed with no text on the table.',
  passedUnderNoDealSilently:
    'You passed on a text worth {{own, points(useGrouping: false)}} to you, under the {{noDeal, points(useGrouping: false)}} you get without a deal, without objecting to it: silence lets it carry.',
  objectingRecords:
    'Objecting instead would have put on record that you would rather keep your {{noDeal, points(useGrouping: false)}} without a deal.',
  passedWhileCarriableTable:
    'You passed while a text that could carry gave you {{best, points(useGrouping: false)}}, {{gain, number(useGrouping: false)}} more than the text on the table.',
  passedWhileCarriableNoDeal:
    'You passed while a text that could carry gave you {{best, points(useGrouping: false)}}, {{gain, number(useGrouping: false)}} more than no deal.',
  passedDecisive:
    'You passed when your support alone would have closed a deal worth {{own, points(useGrouping: false)}} to you, {{above, number(useGrouping: false)}} above no deal.',
  supportingCloses: 'Supporting it would have closed the deal at {{own, points(useGrouping: false)}} for you.',
  amendmentNoTable: 'An amendment.',
  supportNoTable: 'Support with no text on the table.',
  objectionNoTable: 'An objection with no text on the table.',
  voteNoTable: 'A vote with no text on the table.',
  talk: 'Talk away from the text: it changes no one’s points by itself.',
  statedLiveable: 'A word in the tour de table: every text you named gives you at least your no-deal points.',
  statedUnderNoDeal:
    'You said you could live with text {{version}}, which gives you {{own, points(useGrouping: false)}}, under your no-deal points ({{noDeal, number(useGrouping: false)}}): tabled again and carried, it would bind you to it.',
  evidencePresented: 'Evidence presented.',
  evidenceAgainstYou: '“{{evidence}}” argues against options you value: presenting it works against you.',
  showedToIndifferent:
    'You showed “{{evidence}}” to {{party}}, which values nothing it argues for: it gains no points from any of those options.',
  showingToTable: 'Showing it to the whole table instead would have reached a party that gains from what it argues.',
  showingTo: 'Showing it to {{party}} instead would have reached a party that gains from what it argues.',
  presentedStrong:
    'You presented rigorous evidence (“{{evidence}}”) for options you value to the whole table: it moves public legitimacy and survives a challenge.',
  presented: 'You presented “{{evidence}}”, which argues for options you value.',
  presentedWeak:
    'You presented “{{evidence}}”, which argues for options you value (weak evidence: a challenge would expose it).',
  challengeExposed: 'Your challenge exposed “{{evidence}}” as weak evidence.',
  challengeUpheld:
    'You challenged “{{evidence}}” for a flaw it does not have: the evidence was upheld and the challenge cost you credibility.',
  challengeContested: 'You challenged “{{evidence}}”; it was contested.',
  wroteTo: '{{party}} wrote privately to {{to}}.',
  running: 'The game is still running (round {{round}}).',
  agreement: 'Agreement in round {{round}}.',
  noDeal: 'No deal (round {{round}}): {{reason}}',
  nashWould:
    'At the table’s Nash point you would have gained {{claimed, number(useGrouping: false)}} and the table {{created, number(useGrouping: false)}}.',
  noNash: 'No text beat every seated party’s no-deal points, so the table had no Nash point.',
  valueNoDeal: 'No deal: you kept your no-deal points and the table created nothing.',
  valueDeal:
    'You claimed {{claimed, points(useGrouping: false)}} over no deal; the deal created {{created, number(useGrouping: false)}} for the table.',
  missedTrade:
    'You never offered {{party}} the trade on {{keep}} and {{give}}: you value {{keep}} more, {{party}} values {{give}} more.',
  proposingOnDeal:
    'Proposing {{changes}} on the final deal would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  proposingOnText:
    'Proposing {{changes}} on the last text would have kept {{gain, points(useGrouping: false)}} more for you{{others}}.',
  /** The review as plain text (the command line's \`review\`). */
  text: {
    heading: 'Game review: {{title}}. {{outcome}}',
    move: '[round {{round}}, move {{index}}] {{text}}',
    better: 'Better: {{text}}',
    reason: 'Its reason: {{reason}}',
    /** A move's rating before what it says, or before the move (best and worst moments). */
    rated: '{{rating}}: {{text}}',
    noMoves: 'No moves.',
    missedLogrolls: 'Missed logrolls:',
    ratings: 'Ratings: {{counts}}.',
    ratingCount: '{{count}} {{rating}}',
    best: 'Best moments:',
    worst: 'Worst moments:',
    value: 'Value: {{sentence}}',
    curve:
      'Concession curve (own points of its position; no deal {{noDeal, number(useGrouping: false)}}, best possible at the end {{best, number(useGrouping: false)}}): {{rounds}}.',
    curveRound: 'round {{round}} {{points, number(useGrouping: false)}}',
    curveRoundNone: 'round {{round}} –',
    rating: { best: 'best', good: 'good', inaccuracy: 'inaccuracy', mistake: 'mistake', blunder: 'blunder' },
  },
} as const;
