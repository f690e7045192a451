/**
 * The authoring report (src/authoring): warnings about a scenario that loads and plays but teaches
 * badly, each saying what to change, and the bot tournament's figures (`validate --tournament N`).
 * Numbers and percentages arrive formatted (`percent` is how one is written); `when` is one of the
 * `when` phrases, `rule` one of the `rule` phrases.
 */
export const authoring = {
  percent: '{{value}}%',
  semicolon: '; ',
  quoted: '"{{text}}"',
  partyRef: '{{name}} ({{id}})',
  report: {
    none: '{{file}}: authoring report: no warnings.',
    count_one: '{{file}}: authoring report: {{count}} warning.',
    count_other: '{{file}}: authoring report: {{count}} warnings.',
    line: '{{file}}: authoring warning [{{code}}]: {{message}}',
  },
  when: {
    start: 'as play starts',
    afterEvents: 'once the round events have fired',
    afterNamedEvents: 'once the round events ({{events}}) have fired',
    both: 'as play starts and still once the round events have fired',
    bothNamedEvents: 'as play starts and still once the round events ({{events}}) have fired',
  },
  rule: {
    unanimity: 'under unanimity',
    unanimityRequired: 'under unanimity with {{required}} required',
    majority: 'under the majority rule (more than {{share}} of the parties)',
    majorityRequired: 'under the majority rule (more than {{share}} of the parties) with {{required}} required',
    weighted: 'under the weighted-majority rule (more than {{share}} of the influence)',
    weightedRequired:
      'under the weighted-majority rule (more than {{share}} of the influence) with {{required}} required',
  },
  ruleName: {
    unanimity: 'unanimity',
    majority: 'majority',
    'weighted-majority': 'weighted-majority',
  },
  outcomeNotAnalysed:
    'The zone of agreement and the bargaining points could not be checked: {{reason}} Split the scoring rules so that each names fewer issues.',
  placeholder_one:
    '{{count}} text still says "{{mark}}" ({{paths}}): write them before a class plays the scenario; each says what belongs there.',
  placeholder_other:
    '{{count}} texts still say "{{mark}}" ({{paths}}): write them before a class plays the scenario; each says what belongs there.',
  placeholderMore:
    '{{total}} texts still say "{{mark}}" ({{paths}} and {{more}} more): write them before a class plays the scenario; each says what belongs there.',
  issueNotScored:
    'No party\'s points depend on "{{title}}" ({{id}}): every sheet gives its options the same points and no scoring rule names them, so nobody will bargain over it. Give its options different points on the sheets of the parties who care about it, or remove the issue.',
  issueScoredAlike:
    'Every party scores the options of "{{title}}" ({{id}}) alike (the same gaps between options on every sheet), so everyone wants "{{favourite}}" and no trade is possible on it. Make some parties prefer other options, so that the issue can be given up in exchange for something else.',
  unvalued: {
    evidenceFor:
      'Evidence "{{title}}" ({{id}}) argues for "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): presenting it changes nothing that matters. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
    evidenceAgainst:
      'Evidence "{{title}}" ({{id}}) argues against "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): presenting it changes nothing that matters. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
    eventAdds:
      'Event "{{title}}" ({{id}}) puts on the table "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): the event changes nothing at the table. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
    eventWithdraws:
      'Event "{{title}}" ({{id}}) withdraws "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): the event changes nothing at the table. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
    eventLegitimacy:
      'Event "{{title}}" ({{id}}) changes the public\'s regard for "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): the event changes nothing at the table. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
    eventPoints:
      'Event "{{title}}" ({{id}}) changes {{party}}\'s points for "{{option}}" on "{{issue}}", but no party values that option (every sheet gives it the lowest points on its issue and no scoring rule names it): the event changes nothing at the table. Point it at an option some party cares about, or give that option points on the sheets of the parties it should matter to.',
  },
  briefIssue: '"{{title}}" ({{points}} points)',
  briefContradicts:
    'The brief of {{name}} ({{id}}) says "{{sentence}}", which points at {{named}}, but its sheet gives the widest spread of points ({{widest}} between best and worst option) to {{best}}. Rewrite the brief so that its priority is {{best}}, or widen the spread of points for the issue the brief names.',
  briefInsistsOnLowest:
    'The brief of {{name}} ({{id}}) insists on {{option}} ("{{sentence}}"), but its sheet gives that option the fewest points on "{{issue}}": {{points}}, against {{most}} for {{best}}. Give {{option}} more points on the sheet, or reword the brief.',
  briefTradesTopIssue:
    'The brief of {{name}} ({{id}}) offers to trade "{{issue}}" ("{{sentence}}"), but its sheet makes that issue one of the most important ({{points}} points between best and worst option the party can accept), more than {{others}}. Offer to trade a narrower issue, or narrow the spread of points on "{{issue}}".',
  optionRef: '"{{label}}" ({{issue}}/{{option}})',
  redLineUndeclared:
    'The brief of {{name}} ({{id}}) states a red line, "{{sentence}}", naming {{options}}, but the party declares none of them in "redLines": declare the option it will never accept (then its stance on any text with it is a fixed objection and computer negotiators never table or support it), or reword the brief.',
  redLinesCloseIssue:
    'No text can ever pass: the agreement rule needs {{parties}}, and their red lines together rule out every option of {{issue}} ({{id}}): {{lines}}. Leave at least one option of it that all of them can accept, or change the rule.',
  redLineOf: '{{option}} for {{parties}}',
  redLineOutweighed:
    "{{name}} ({{id}}) declares {{option}} a red line, yet its sheet gives a package with it up to {{best}} points, more than the {{without}} it gets without a deal: gains elsewhere outweigh the red line, so the sheet contradicts the brief. Lower that option's points (or the points it can be traded for), or raise the BATNA.",
  influenceAllZero:
    'The agreement rule is a weighted majority but every party has "influence": 0, so no support can ever exceed the threshold and no deal can pass. Give the parties influence (the default is 1).',
  majorityOneParty:
    'With {{parties}} parties a majority threshold of {{threshold}} is met by one party alone ({{share}} of the parties is more than {{limit}}): any single supporter passes a deal. Raise "threshold" in "agreement" to at least {{least}}.',
  weightedOneParty_one:
    '{{parties}} alone holds more than {{limit}} of the influence, the weighted-majority threshold: its support alone passes a deal. Raise "threshold" in "agreement" or spread the influence.',
  weightedOneParty_other:
    '{{parties}} alone each hold more than {{limit}} of the influence, the weighted-majority threshold: each one’s support alone passes a deal. Raise "threshold" in "agreement" or spread the influence.',
  legitimacyWeightsZero:
    'Every issue has legitimacy weight 0 ("weights" in "legitimacy"), so a package’s public legitimacy is meaningless and the threshold and its consequence never mean anything. Give at least one issue a positive weight (the default is 1).',
  scoreWeightsZero:
    'Both "outcome" and "process" in "scoring" are 0, which weighs nothing: the final score ignores them and mixes as by default, outcome 80, process 20. Give them the weights you mean, or leave "scoring" out.',
  calendar: {
    evidence: {
      undated:
        'Evidence "{{id}}" has no "date" although the rounds are dated, so it exists from round 1 ({{first}}). Give the date it became known.',
      undatedNamesYear:
        'Evidence "{{id}}" names the year {{year}} but, undated, exists from round 1 ({{first}}). Date it, or correct its text.',
      namesLaterYear:
        'Evidence "{{id}}" is dated {{date}} but its text names the year {{year}}. Correct the date or the text.',
      afterLastRound:
        'Evidence "{{id}}" is dated {{date}}, after the last round ({{last}}): it never appears in play. Remove it, or date the rounds later.',
    },
    event: {
      undated:
        'Event "{{id}}" has no "date" although the rounds are dated, so it exists from round 1 ({{first}}). Give the date it became known.',
      undatedNamesYear:
        'Event "{{id}}" names the year {{year}} but, undated, exists from round 1 ({{first}}). Date it, or correct its text.',
      namesLaterYear:
        'Event "{{id}}" is dated {{date}} but its text names the year {{year}}. Correct the date or the text.',
      afterLastRound:
        'Event "{{id}}" is dated {{date}}, after the last round ({{last}}): it never appears in play. Remove it, or date the rounds later.',
    },
    roundBeforeDate:
      'Event "{{id}}" is set for round {{round}} ({{period}}) but happened in {{date}}: it fires in round {{from}} instead. Set its trigger to round {{from}}.',
    laterEvidence:
      'Event "{{id}}" ({{date}}) brings in evidence "{{evidence}}", dated later ({{evidenceDate}}): the evidence waits for its own date. Date them consistently.',
  },
  weakEvidenceWithoutFlaw:
    'Evidence "{{id}}" is weak but declares no flaw, so no challenge can ever expose it. Read its provenance and list its real flaws in "flaws".',
  realDealUnderBatna:
    'The real deal ({{date}}) gives {{name}} ({{id}}), which accepted it, {{got}} points, under its no-deal result of {{floor}} {{when}}: the game teaches that it could never have agreed. Raise its points for the options of the real deal, or lower its BATNA.',
  realDealCrossesRedLine:
    'The real deal ({{date}}) crosses a red line of {{name}} ({{id}}), which accepted it: {{issue}}: {{option}}. In the game a red line holds, so the real deal could never pass at the table. If {{name}} really accepted this, it was no red line: remove it from "redLines" (its brief can still say it weighs heavily); else correct the real deal.',
  realDealOutsideRule:
    "The parties that accepted the real deal ({{accepted}}) could not carry it under the scenario's agreement rule ({{rule}}) against everyone else: make the rule what really decided, or list every party that accepted it.",
  realDealOutsideRuleRequired:
    "The parties that accepted the real deal ({{accepted}}) could not carry it under the scenario's agreement rule ({{rule}}, {{required}} required) against everyone else: make the rule what really decided, or list every party that accepted it.",
  noZoneOfAgreement:
    'No package beats the BATNA of every member of a coalition that can carry a deal {{rule}}, {{when}}: no agreement is rational, so the table will end without a deal. Lower some BATNAs (or the no-deal consequence), or give the parties that must agree more points for options they could share.',
  partyNeverBeatsBatna:
    '{{name}} ({{id}}) can do no better than without a deal ({{batna}} points) with any package {{when}}: its best package gives it {{best}}. It has no reason to agree. Lower its BATNA, or raise its points for the options it cares about.',
  idealChoice: '{{issue}}: {{option}}',
  nothingToNegotiate:
    'One package is the best possible for every party {{when}} ({{ideal}}): there is nothing to negotiate. Make the parties want different options on some issues, so that each must give something to get something.',
  oneSidedNash:
    'The Nash bargaining point gives {{name}} ({{id}}) its best possible points ({{best}}) {{when}}: the fair bargain asks nothing of it and every concession of the others. Give the other parties more points for the options {{name}} wants least, or raise their BATNAs, so that {{name}} has something to give.',
  botsRarelyAgree:
    'Bot tables agreed in only {{rate}} of {{games}} games: the zone of agreement is too small or too hard to reach in the rounds given. Widen it (lower BATNAs, more points for shareable options) or add rounds.',
  botsAgreeAtNash:
    '{{rate}} of the bot agreements picked the Nash point: the best deal is too easy to find. Hide it better, for example with logrolls that need two issues traded together, or evidence that moves the parties.',
  tournament: {
    head: 'Bot tournament: {{games}} games (every strategy mix, as `tournament --games {{games}}`): agreement in {{agreement}} of games; {{nash}} of agreements at a Nash point.',
    score: '{{name}} {{mean}} ({{lowest}}-{{highest}})',
    scores: '  Final scores, mean (lowest-highest): {{scores}}.',
    spread: "  Spread between the parties' mean scores: {{spread}} points.",
    teaching:
      '  Teaching figures: deals under the legitimacy threshold {{illegitimate}}; binding a party across its declared red line {{redLine}}; games where a challenge of evidence failed {{failed}}; games ending in a deal with a social licence {{licence}}.',
    partyRate: '{{name}} {{rate}}',
    underBatna: "  Deals under each party's BATNA: {{parties}}.",
    targetMet: '  [ok] {{name}}: {{measured}}.',
    targetMissed: '  [MISS] {{name}}: {{measured}}.',
  },
  target: {
    agreementRate: 'agreement rate between {{min}} and {{max}}',
    redLine: 'no deal binds a party across its declared red line',
    realDeal: 'the real deal beats the BATNA of every party that accepted it',
    realDealMet: 'yes',
    realDealMissed: 'not for {{parties}}',
    socialLicence: 'no deal in history: a social licence won in under {{max}} of games',
  },
} as const;
