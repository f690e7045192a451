/**
 * The GENIUS import and export (src/authoring/genius): why a domain or profile is refused, what the
 * import scaled, rounded, discretised or dropped, and what the export cannot carry. A refusal about
 * one XML element is written `at` it (`element` is how the file shows it, as `<issue name="Price">`).
 */
export const genius = {
  at: '{{element}}: {{message}}',
  xml: {
    doctype:
      'The file declares a document type (<!DOCTYPE> or <!ENTITY>). GENIUS files never do, and Accord refuses them because entities can expand a small file into gigabytes: remove the declaration.',
    notWellFormed: 'This is not well-formed XML: {{reason}}',
    tooDeep: 'The XML is nested more than {{max}} levels deep; a GENIUS file has five. Is this the right file?',
    unreadable: 'This XML cannot be read: {{reason}}',
    noElement: 'The file holds no XML element.',
  },
  read: {
    notANumber: 'the {{name}} "{{raw}}" is not a number.',
    noAttribute: 'it has no {{name}} attribute.',
    severalObjectives: 'it holds several objectives; GENIUS domains have one.',
    nestedObjectives:
      'objectives nested inside objectives (an objective tree) cannot be carried: Accord issues sit side by side. Flatten the tree into issues.',
    domainIssueNoIndex:
      'GENIUS reads the index attribute of every issue of the domain, by which profiles pair their issues and weights with it, and cannot load a domain issue without one. Write index="…" on issue "{{issue}}", a whole number no other issue of the domain has.',
    integerDomainBounds:
      'GENIUS reads the bounds of the integer issue "{{issue}}" from the lowerbound and upperbound attributes of the domain\'s <issue> itself (not from a <range>), and cannot load the domain without them. Write lowerbound="…" upperbound="…" on this <issue>.',
    realDomainRange:
      'GENIUS reads the bounds of the real issue "{{issue}}" from a <range> inside the domain\'s <issue> (not from its attributes), and cannot load the domain without one. Add <range lowerbound="…" upperbound="…"/> to this <issue>.',
    boundsReversed: 'its upperbound {{upper}} is below its lowerbound {{lower}}.',
    issueNoName: 'the issue has no name.',
    itemNoValue: 'an item of issue "{{issue}}" has no value.',
    valueTwice: 'the value "{{value}}" appears twice in issue "{{issue}}".',
    issueNoValues: 'issue "{{issue}}" has no values (<item> elements).',
    profileNotDomain:
      'this is a profile (it gives weights), not a domain: give the domain file first, then the profiles.',
    notDomain: 'a GENIUS domain file starts with <negotiation_template>: is this the right file?',
    noUtilitySpace: 'it holds no <utility_space> with the issues.',
    noIssues: 'the domain has no issues.',
    issueNameTwice: 'two issues are named "{{issue}}".',
    issueIndexTwice: 'two issues have the index {{index}}.',
    notDomainValue: 'the value "{{value}}" is not a value of issue "{{issue}}" in the domain.',
    noEvaluation: 'the value "{{value}}" has no evaluation.',
    noEvaluator: 'the {{kind}} issue "{{issue}}" has no <evaluator> saying how its values score.',
    similarityFormat:
      'issue "{{issue}}" is written in GENIUS\'s old similarity-function format (type "price", or a <similarity_function> of <criteria_function>s instead of an <evaluator> or evaluations), made for its first ABMP agents: it says how alike two values are, not what each is worth, so there is no utility to carry. Give the issue a linear <evaluator> (a numeric issue) or an evaluation for every value (a discrete one), as later GENIUS profiles do.',
    blankProfile:
      'the profile gives none of its values an evaluation (its weights sum to {{weights}}): it is a blank GENIUS profile, a template whose preferences were never filled in, so there is nothing to score. Fill in an evaluation for every value and a weight for every issue, or choose a filled-in profile.',
    notLinear:
      'its "{{ftype}}" evaluation is neither linear nor constant: Accord can only carry linear evaluations of numeric issues (offset + slope × value) and constant ones.',
    realConstantParameter:
      'GENIUS reads the constant evaluation of the real issue "{{issue}}" from parameter0, and cannot load a profile without it. Write parameter0="…".',
    typeMissing:
      'GENIUS picks the evaluator of issue "{{issue}}" from the type attribute of the profile\'s own <issue>, not from the domain, and takes an issue without one as discrete; the issue is of type {{kind}} in the domain, so GENIUS cannot score its values. Write type="{{kind}}" on this <issue>.',
    typeMismatch:
      'GENIUS picks the evaluator of issue "{{issue}}" from the type attribute of the profile\'s own <issue>, not from the domain: type="{{type}}" gives an evaluator of type {{here}}, and the issue is of type {{kind}} in the domain, so GENIUS cannot score its values. Write type="{{kind}}" on this <issue>.',
    realParameters:
      'GENIUS reads the linear evaluation of the real issue "{{issue}}" from parameter0 (the constant) and parameter1 (the slope) only, and cannot load a profile without them (offset and slope are what integer issues use). Write parameter0="…" parameter1="…".',
    integerParameters:
      'GENIUS reads the linear evaluation of the integer issue "{{issue}}" from offset and slope only, and cannot load a profile without them (parameter0 and parameter1 are what real issues use). Write offset="…" slope="…".',
    realNoRange:
      'GENIUS reads the bounds of the real issue "{{issue}}" from a <range> inside the profile\'s own <issue>, and cannot load a profile without one. Add <range lowerbound="…" upperbound="…"/> to this <issue>, with the domain\'s bounds.',
    realNoFtype:
      'GENIUS evaluates the real issue "{{issue}}" with the function its <evaluator>\'s ftype attribute names, and cannot load a profile whose evaluator has none. Write ftype="linear".',
    notWhole:
      'GENIUS reads {{name}} as a whole number written in digits only, and cannot load the file with {{name}}="{{raw}}". Write a whole number (12, not 12.5 or 12.0); an issue whose values are not whole numbers is a real issue.',
    profileIssueNoIndex:
      'GENIUS pairs a profile\'s issues with the domain\'s by their index attribute, and cannot load a profile issue without one. Write index="{{index}}", the index of issue "{{issue}}" in the domain.',
    integerNoBounds:
      'GENIUS counts the integer issue "{{issue}}" from the lowerbound attribute of the profile\'s own <issue> and reads its upperbound there too (not in a <range>), and cannot load a profile without them; counting from the domain\'s lower bound ({{lower}}) instead could give other utilities. Add lowerbound="…" upperbound="…" to this <issue>.',
    domainNotProfile:
      'this is a domain file, not a profile: give the domain file once, first, then one profile per party.',
    notProfile: 'a GENIUS profile starts with <utility_space>: is this the right file?',
    notAdditive: 'its utility space is of type "{{type}}": Accord can only carry additive profiles.',
    nonLinear:
      'the profile scores combinations of values together (non-linear utility): Accord sheets give points per option and cannot carry it.',
    otherDomain: 'the domain ({{domain}}) has no issue named "{{issue}}": is this a profile of another domain?',
    indexMismatch:
      "issue \"{{issue}}\" has index {{here}} here but {{domain}} in the domain. GENIUS pairs a profile's issues and weights with the domain's by index, not by name, so it would score this issue with another issue's evaluations. Give each issue the index it has in the domain.",
    issueMissing: 'the profile says nothing about issue "{{issue}}".',
    noWeight: 'there is no <weight index="{{index}}"> for issue "{{issue}}".',
    negativeWeight: 'the weight of issue "{{issue}}" is negative ({{weight}}).',
    negativeScale: 'its accord-scale {{scale}} is negative.',
  },
  import: {
    profileCount: 'Give 2 to {{max}} profiles, one per party; {{given}} given.',
    tooManyIssues: 'The domain has {{issues}} issues; an Accord scenario has at most {{max}}.',
    singleValue:
      'Issue "{{issue}}": it has a single value; an Accord issue has 2 to 8 options. Remove the issue from the domain.',
    tooManyValues:
      'Issue "{{issue}}": it has {{values}} values; an Accord issue has at most {{max}} options. Merge values or choose a smaller domain.',
    integerManyValues:
      'Issue "{{issue}}": it is an integer issue with many values ({{lower}} to {{upper}}); Accord issues have 2 to {{max}} options. Import again with --discretise N (2 to {{max}}) to offer N evenly spaced values.',
    integerValues:
      'Issue "{{issue}}": it is an integer issue with {{values}} values ({{lower}} to {{upper}}); Accord issues have 2 to {{max}} options. Import again with --discretise N (2 to {{max}}) to offer N evenly spaced values.',
    realIssue:
      'Issue "{{issue}}": it is a real issue ({{lower}} to {{upper}}); Accord issues have 2 to {{max}} options. Import again with --discretise N (2 to {{max}}) to offer N evenly spaced values.',
    tooNarrow: 'Issue "{{issue}}": its range is too narrow to offer two options.',
    discretised:
      'Issue "{{issue}}" ({{kind}}, {{lower}} to {{upper}}) became {{options}} options: {{labels}}; deals between them are not on the table.',
    scale:
      'Points: GENIUS utility × {{scale}} for every party (utility 1 = {{scale}} points); each BATNA is its reservation value on the same scale.',
    scaleWhereMissing:
      'Points: GENIUS utility × {{scale}} for every party whose profile gives no accord-scale (utility 1 = {{scale}} points); each BATNA is its reservation value on the same scale.',
    accordScale:
      'Points: profiles written by Accord carry their scale (accord-scale) and offsets (accord-offset), which restore the exported points.',
    longName: 'Issue "{{issue}}" has a long name: its title was shortened.',
    noReservation: '{{file}} gives no reservation value: its BATNA is 0 points, as in GENIUS.',
    aboveOne:
      'Packages go above utility 1 (the best has {{utility}}; its weights sum to {{weights}}), and GENIUS counts any utility above 1 as 1: packages that GENIUS ties at 1 would differ in Accord, whose points add up option by option and cannot stop at a ceiling. Scale its weights down so that no package goes above 1 (weights that sum to 1 do it), then import again.',
    bestAboveOne:
      "{{file}}: its best package has utility {{utility}} (its weights sum to {{weights}}), which GENIUS counts as 1; every other package and its reservation value are below 1, so its order of packages and BATNA is GENIUS's, and only its best package is worth {{points}} points more than GENIUS says.",
    discountDropped:
      '{{file}}: the discount factor {{discount, number}} was dropped: in Accord a deal is worth the same in every round; the deadline is a number of rounds.',
    pointsOutside:
      "Its points would reach {{points}}, beyond Accord's ±{{max}}: are its weights or its reservation value far outside 0 to 1?",
    fullPrecision:
      '{{name}}: the outcome space ({{packages, number}} packages) is too large to check rounding, so its points keep full precision.',
    noRounding:
      '{{name}}: no rounding to {{max}} decimals or fewer keeps its order of all {{packages, number}} packages and of its BATNA exactly, so its points keep full precision.',
    keptAsWritten_zero:
      '{{name}}: points kept as written in the profile Accord exported (accord-points, whole points); nothing was rounded.',
    keptAsWritten_one:
      '{{name}}: points kept as written in the profile Accord exported (accord-points, up to {{count}} decimal); nothing was rounded.',
    keptAsWritten_other:
      '{{name}}: points kept as written in the profile Accord exported (accord-points, up to {{count}} decimals); nothing was rounded.',
    rounded_one:
      '{{name}}: points rounded to {{count}} decimal, which keeps its order of all {{packages, number}} packages and of its BATNA exactly.',
    rounded_other:
      '{{name}}: points rounded to {{count}} decimals, which keeps its order of all {{packages, number}} packages and of its BATNA exactly.',
  },
  placeholder: {
    title: 'GENIUS domain',
    emptyLabel: '(empty)',
    partyName: 'Party {{number}}',
    partyDescription: 'Who {{name}} is, as every player sees it (imported from the GENIUS profile {{file}}).',
    partyBrief:
      'The confidential brief of {{name}}: what it wants, what matters most on its sheet, what it can trade. Its points come from the GENIUS profile {{file}}.',
    batnaDescription: 'What {{name}} does without a deal (GENIUS reservation value {{reservation}}).',
    summary:
      'One paragraph for the scenario library: what is negotiated, by whom, and why it matters (imported from the GENIUS domain {{file}}).',
    objective: 'What a trainee should be able to do after playing.',
    background: 'The public briefing every player reads before the talks: who meets, where, when and why.',
    lesson: 'The lesson the debrief should draw out.',
    whatHappened: 'What the case is based on, or what usually happens when it is played.',
    question: 'A question for the class discussion.',
  },
  export: {
    issueNotAtStart:
      'Issue "{{issue}}" has no option on the table at the start (events add them): GENIUS has no events, so the issue is left out.',
    optionNotAtStart:
      'Option "{{option}}" of issue "{{issue}}" is not on the table at the start (an event adds it): GENIUS has no events, so it is left out.',
    ruleDependsOnPlay:
      'Scoring rule "{{rule}}" is not carried: its condition depends on more than the agreed options (legitimacy, rounds, evidence or walk-outs), and GENIUS profiles score each issue on its own.',
    ruleTiesIssues:
      'Scoring rule "{{rule}}" is not carried: its condition ties issues together ({{issues}}), and GENIUS profiles score each issue on its own.',
    legitimacy:
      "Public legitimacy's consequence is not carried: it depends on the whole package, and GENIUS profiles score each issue on its own.",
    events_one:
      '{{count}} event is not carried: GENIUS has no events, so the profiles give the sheets and BATNAs as play begins.',
    events_other:
      '{{count}} events are not carried: GENIUS has no events, so the profiles give the sheets and BATNAs as play begins.',
    agreementRule: 'The agreement rule ({{rule}}) is not carried: GENIUS protocols need every party to accept.',
    batnaAboveBest:
      "{{name}}'s BATNA is above its best package ({{best}} points), which GENIUS cannot say: its reservation value is 1, a tie with its best package.",
  },
} as const;
