/**
 * The scenario loader's problems (src/scenario: parseScenario and its checks), in the language the
 * caller asks for. Places in the file are named by `where` phrases ("party "council"", ""rounds" in
 * "protocol""), given to the sentences as `{{where}}` (already capitalised when a sentence starts
 * with it); ids and field names come in double quotes, JSON snippets as JSON.
 */
export const loader = {
  quoted: '"{{text}}"',
  file: {
    tooBig:
      'The file is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1; useGrouping: false)}} MB; a scenario may be at most {{max, number(minimumFractionDigits: 1; maximumFractionDigits: 1; useGrouping: false)}} MB. A real scenario is a few tens of kilobytes: check that this is the right file.',
    utf16: 'The file is saved as UTF-16 ("Unicode" in some Windows editors). Save it again as UTF-8.',
    notUtf8:
      'The file is not UTF-8 text (the first byte that is not UTF-8 is here). Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8); if it is not a scenario at all, check the file name.',
    empty:
      'The file is empty. A scenario is a JSON object { … }: start from a copy of one of the scenarios that come with Accord.',
    tooDeep:
      'Objects and lists are nested more than {{max}} levels deep here; a scenario needs fewer than 10. Is this really a scenario file?',
    objectTooFull:
      'This object has more than {{max, number}} entries; no object in a scenario needs more than a few tens. Is this really a scenario file?',
    listTooLong:
      'This list has more than {{max, number}} entries; no list in a scenario needs more than {{most}}. Is this really a scenario file?',
    moreErrors: '…and {{n, number}} more errors: fix the ones above first, then load the file again.',
    moreWarnings: '…and {{n, number}} more warnings.',
    notValid: 'This value is not valid here ({{reason}}).',
    unknownReason: 'unknown reason',
    internal:
      'Accord hit an internal error while reading this file ({{reason}}). Please report it with the file attached.',
  },
  syntax: {
    trailingComma:
      'A comma before "{{at}}" is not allowed in JSON (a trailing comma): remove the comma after the last entry.',
    singleQuotes: 'Text must be in double quotes ("…"), not single quotes (\'…\').',
    unexpected:
      'Unexpected "{{found}}" here: JSON allows objects { }, lists [ ], text in double quotes, numbers, true, false and null.',
    badNumber: '"{{found}}" is not a number as JSON writes them (for example 12, -3.5 or 0.25).',
    nameExpected: 'A field name in double quotes was expected here (such as "id").',
    valueExpected:
      'A value was expected here (text in double quotes, a number, true, false, null, an object or a list).',
    colonExpected: 'A colon (:) was expected here, between a field name and its value.',
    commaExpected:
      'A comma was expected here, between two entries (is a comma missing at the end of the previous line?).',
    braceExpected: 'A closing brace } was expected here: an object opened earlier is not closed.',
    bracketExpected: 'A closing bracket ] was expected here: a list opened earlier is not closed.',
    endExpected: 'Unexpected text after the end of the scenario: the file must hold exactly one JSON object { … }.',
    comment: 'Comments are not allowed in JSON: remove this comment (notes can go in a "description" field).',
    openComment: 'This comment is never closed, and comments are not allowed in JSON: remove it.',
    openString:
      'This text is not closed: a double quote (") is missing before the end of the line. Write line breaks inside text as \\n.',
    shortNumber: 'This number is cut short.',
    badUnicode: 'Invalid \\u escape: write \\u followed by four hexadecimal digits, such as \\u00e9.',
    badEscape:
      'Invalid escape: after a backslash JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u; write a backslash itself as \\\\.',
    controlCharacter:
      'A control character (such as a tab or a line break) inside text must be written as an escape (\\t, \\n).',
    invalid: 'This is not valid JSON.',
    more: '…and {{n}} more syntax errors: fix the ones above first (is this really a scenario file?).',
    native: 'This is not valid JSON ({{reason}}).',
    reservedKey: 'The key "{{key}}" is not allowed in a scenario (JavaScript reserves it): remove or rename it.',
    duplicateKey:
      '{{key}} appears twice in the same object: keep only one (otherwise the last one would silently win).',
  },
  where: {
    scenario: 'the scenario',
    party: 'party "{{id}}"',
    partyN: 'party {{n}}',
    issue: 'issue "{{id}}"',
    issueN: 'issue {{n}}',
    evidence: 'evidence "{{id}}"',
    evidenceN: 'evidence {{n}}',
    event: 'event "{{id}}"',
    eventN: 'event {{n}}',
    scoringRule: 'scoring rule "{{id}}"',
    scoringRuleN: 'scoring rule {{n}}',
    option: 'option "{{id}}" of {{issue}}',
    optionN: 'option {{n}} of {{issue}}',
    effect: 'effect {{n}} of {{event}}',
    entry: 'entry {{n}}',
    entryOf: 'entry {{n}} of {{within}}',
    field: '"{{key}}"',
    fieldIn: '"{{key}}" in {{within}}',
    deep: '{{inner}} ({{levels}} levels inside {{outer}})',
  },
  hint: {
    didYouMean: ' (did you mean "{{name}}"?)',
    typoOf: ' (a typo of "{{name}}"?)',
  },
  text: {
    bidi: '{{where}} contains an invisible character that changes the direction of the text ({{code}}): remove it, since it can make the text read differently from what it says.',
    brokenCharacter:
      '{{where}} contains a broken character (half of a UTF-16 pair, probably cut from an emoji): remove it or write the whole character.',
    invisible: '{{where}} is made only of spaces or invisible characters: it would show as nothing. Write some text.',
    tooLong: '{{where}} is too long: at most {{max}} characters; it has {{n, number}}.',
    farTooLong: '{{where}} is too long: at most {{max}} characters; it has more than {{n, number}}.',
    url: '{{where}} must be a whole web address such as https://example.org/page, but {{why}}.',
    urlSpace: 'it contains a space or a line break',
    urlNotAddress: 'it is not a web address',
    urlScheme: 'it does not start with http:// or https://',
    urlNoSite: 'it names no site',
    sameName:
      '{{where}} has a name that looks the same as that of party {{n}} ({{name}}): give each party a name players can tell apart.',
    html: '{{where}} contains {{tag}}, which looks like HTML: it is shown as text, not as HTML. Write plain text (paragraphs separated by a blank line).',
    unknownField: 'Unknown field {{key}} in {{where}}: it is ignored{{hint}}.',
    tooManyEntries:
      '{{where}} has {{n, number}} entries; a scenario may have at most {{max}} here: remove the extra ones (only the first {{max}} were checked).',
    untranslated_one:
      '{{count}} text has no "{{tag}}" version while other texts of the file do (this is the first): players in that language read it in another language.',
    untranslated_other:
      '{{count}} texts have no "{{tag}}" version while other texts of the file do (this is the first): players in that language read them in another language.',
  },
  schema: {
    missing: '{{where}} has no "{{key}}": add "{{key}}": {{suggestion}}.',
    empty: '{{where}} is empty: write some text.',
    minLength: '{{where}} must have at least {{min}} characters.',
    stacked:
      '{{where}} stacks too many accents or joined symbols on its characters ({{n, number}} UTF-16 units): write plain text.',
    maxLength: '{{where}} is too long: at most {{max}} characters; it has {{n}}.',
    reserved:
      '{{where}} is {{value}}, a name JavaScript reserves for its own use: choose another id (for example "{{other}}").',
    patternId:
      '{{where}} must be an id: lower-case words (letters and digits) joined by single hyphens, such as "research-community"; it is {{value}}{{fix}}.',
    forExample: ' (for example "{{id}}")',
    patternColour: '{{where}} must look like #1f77b4 (a # and six hexadecimal digits); it is {{value}}.',
    patternVersion: '{{where}} must look like 1.0 or 1.0.0; it is {{value}}.',
    patternUrl: '{{where}} must be a web address starting with http:// or https://; it is {{value}}.',
    patternLanguage: '{{where}} must be a language tag such as "en", "fr" or "pt-BR"; it is {{value}}.',
    patternOther: '{{where}} must match the pattern {{pattern}}; it is {{value}}.',
    minItems_one: '{{where}} needs at least {{count}} entry; it has {{n}}.',
    minItems_other: '{{where}} needs at least {{count}} entries; it has {{n}}.',
    maxItems: '{{where}} can have at most {{max}} entries; it has {{n}}.',
    maxProperties: '{{where}} can have at most {{max}} entries; it has {{n, number}}.',
    mustBe: '{{where}} must be {{expected}}; it is {{value}}.',
    notValid: '{{where}} is not valid here ({{reason}}).',
    badTag: '{{where}} gives a text under {{tag}}, which is not a language tag: use one such as "en", "fr" or "pt-BR".',
    noText: '{{where}} gives no text: write it in at least one language.',
    textOrLanguages:
      '{{where}} must be text in double quotes, or the text in several languages such as {"en": "…", "fr": "…"}; it is {{value}}.',
    oneOf: '{{where}} must be one of {{values}}; it is {{value}}{{hint}}.',
    mustBeLike: '{{where}} must be {{noun}} such as {{example}}; it is {{value}}.',
    noType: '{{where}} has no "type": add "type": one of {{types}}.',
    badType: '"type" in {{where}} must be one of {{types}}; it is {{value}}{{hint}}.',
    notNoun: '{{where}} is not {{noun}}: use one of these forms: {{forms}}.',
    incomplete: '{{where}} is incomplete: add {{keys}}.',
    mixes: '{{where}} mixes {{keys}}: {{noun}} uses only one of them.',
    mixesConditions:
      '{{where}} mixes {{keys}}: {{noun}} uses only one of them (to combine conditions, list them inside "all" or "any").',
    orJoin: ' or ',
    andJoin: ' and ',
    noun: {
      condition: 'a condition',
      effect: 'an effect',
      trigger: 'a trigger',
      object: 'an object',
    },
    expect: {
      integer: 'a whole number{{range}}',
      number: 'a number{{range}}',
      text: 'text in double quotes',
      id: 'an id in double quotes',
      colour: 'a colour in double quotes',
      version: 'a version in double quotes',
      url: 'a web address in double quotes',
      language: 'a language tag in double quotes',
      boolean: 'true or false',
      list: 'a list [ … ]',
      object: 'an object { … }',
      oneOf: 'one of {{values}}',
    },
    range: {
      above: ' greater than {{min}}',
      aboveAtMost: ' greater than {{min}} and at most {{max}}',
      between: ' between {{min}} and {{max}}',
      atLeast: ' of at least {{min}}',
      atMost: ' of at most {{max}}',
    },
    shown: {
      missing: 'missing',
      emptyList: 'an empty list',
      list: 'a list',
      object: 'an object',
    },
  },
  refs: {
    duplicateParty:
      'Two parties have the id "{{id}}" (numbers {{first}} and {{second}} in "parties"): each party needs its own id.',
    duplicateIssue:
      'Two issues have the id "{{id}}" (numbers {{first}} and {{second}} in "issues"): each issue needs its own id.',
    duplicateEvidence:
      'Two pieces of evidence have the id "{{id}}" (numbers {{first}} and {{second}} in "evidence"): each piece of evidence needs its own id.',
    duplicateEvent:
      'Two events have the id "{{id}}" (numbers {{first}} and {{second}} in "events"): each event needs its own id.',
    duplicateScoringRule:
      'Two scoring rules have the id "{{id}}" (numbers {{first}} and {{second}} in "scoringRules"): each scoring rule needs its own id.',
    duplicateOption:
      'Issue "{{issue}}" has two options with the id "{{id}}" (numbers {{first}} and {{second}}): each option needs its own id.',
    unknownParty: '{{where}} names party "{{id}}", which does not exist{{hint}}.',
    unknownPartyNone: '{{where}} names party "{{id}}", but the scenario has no parties.',
    unknownPartyAmong: '{{where}} names party "{{id}}", which does not exist (the parties are {{known}}).',
    unknownIssue: '{{where}} names issue "{{id}}", which does not exist{{hint}}.',
    unknownIssueNone: '{{where}} names issue "{{id}}", but the scenario has no issues.',
    unknownIssueAmong: '{{where}} names issue "{{id}}", which does not exist (the issues are {{known}}).',
    unknownEvidence: '{{where}} names piece of evidence "{{id}}", which does not exist{{hint}}.',
    unknownEvidenceNone: '{{where}} names piece of evidence "{{id}}", but the scenario has no evidence.',
    unknownEvidenceAmong:
      '{{where}} names piece of evidence "{{id}}", which does not exist (the evidence are {{known}}).',
    badOption: '{{where}} names option "{{id}}", which is not an option of issue "{{issue}}"{{hint}}.',
    itsOptions: ' (its options are {{options}})',
    sheetOf: 'The sheet of {{party}}',
    sheetNoIssue: '{{whose}} has no points for issue "{{issue}}": add "{{issue}}": { {{skeleton}} }.',
    sheetNoOption:
      '{{whose}} has no points for option "{{option}}" of issue "{{issue}}": add "{{option}}": … (a number of points).',
    sheetNotOption: '{{whose}} gives points for "{{key}}", which is not an option of issue "{{issue}}"{{hint}}.',
    redLineTwice: '{{where}} declares the red line "{{option}}" of issue "{{issue}}" twice: declare it once.',
    redLineAll:
      '{{where}} declares every option of issue "{{issue}}" a red line, so it could never accept any text: leave at least one option it can live with.',
    allTrackTwo:
      'Every party is on Track II, so nobody could propose a text: make at least one party "track": "I" (the negotiators: states, institutions).',
    noOptionOnTable:
      '{{where}} has no option on the table at the start: every option says "available": false. Make at least one available.',
    ruleNamesTwice: '{{where}} names party "{{id}}" twice: its points count once for each party.',
    turnOrderTwice: '"turnOrder" in "protocol" names party "{{id}}" twice: every party moves exactly once per round.',
    turnOrderLeavesOut_one:
      '"turnOrder" in "protocol" leaves out party {{parties}}: it must name every party exactly once (or leave "turnOrder" out to use the order of "parties").',
    turnOrderLeavesOut_other:
      '"turnOrder" in "protocol" leaves out parties {{parties}}: it must name every party exactly once (or leave "turnOrder" out to use the order of "parties").',
    noPropose: '"actions" in "protocol" must include "propose": without it nobody can put a text on the table.',
    noBacking:
      '"actions" in "protocol" must include "support" or "call-vote": without them no party but a text\'s author can back it, so no deal can pass.',
    neverFires:
      '{{where}} fires at round {{round}}, but the negotiation has only {{rounds}} rounds ("rounds" in "protocol"): it will never fire.',
    addsAvailableOption:
      '{{where}} adds option "{{option}}" of issue "{{issue}}", but that option is on the table from the start: declare it with "available": false so that this event brings it in.',
    addsAvailableEvidence:
      '{{where}} adds evidence "{{evidence}}", but it is available from the start: declare it with "available": false so that this event brings it in.',
    badDate: '{{where}}: {{error}}',
    calendarLength_one:
      '"calendar" gives {{count}} date, but the negotiation has {{rounds}} rounds ("rounds" in "protocol"): give one date per round.',
    calendarLength_other:
      '"calendar" gives {{count}} dates, but the negotiation has {{rounds}} rounds ("rounds" in "protocol"): give one date per round.',
    calendarLengthDefault_one:
      '"calendar" gives {{count}} date, but the negotiation has {{rounds}} rounds ("rounds" in "protocol", by default): give one date per round.',
    calendarLengthDefault_other:
      '"calendar" gives {{count}} dates, but the negotiation has {{rounds}} rounds ("rounds" in "protocol", by default): give one date per round.',
    publishedNotAfterDate:
      'Evidence "{{id}}" is published ({{published}}) no later than its date ({{date}}): "published" is for an item held privately from its date and made public later. Remove "published", or date the item from when its holder had it.',
    publishedWithoutDate:
      'Evidence "{{id}}" has "published" ({{published}}) but no "date": give the date from which its holder had it privately.',
    calendarBackwards:
      'Round {{round}} of "calendar" ("{{value}}") starts before round {{previous}} ("{{previousValue}}"): rounds go forward in time.',
    historyNoDeal: '"history" says no deal came, so it has no "{{key}}": remove it, or set "outcome" to "agreement".',
    historyNoPackage:
      '"history" says an agreement came but gives no "package": name, for every issue, the option closest to the real text.',
    historyNoAcceptedBy:
      '"history" says an agreement came but gives no "acceptedBy": name the parties that really accepted it.',
    historyLeavesOut_one: 'The real package in "history" leaves out issue {{issues}}: name an option for every issue.',
    historyLeavesOut_other:
      'The real package in "history" leaves out issues {{issues}}: name an option for every issue.',
    duplicateQuestion: '{{where}} has two questions with the id "{{id}}": each needs its own id.',
    duplicateAnswer: '{{where}} has two answers with the id "{{id}}": each needs its own id.',
    doubledAndComputer:
      'Party "{{id}}" is both a role to double and a role for computers in "roles": a table short of trainees gives it to a computer, a full one doubles it; keep it in one list.',
    timingTwice: 'Two timing plans are for {{minutes}} minutes: keep one.',
    timingSum:
      'The {{minutes}}-minute timing plan adds up to {{sum}} minutes (briefing {{briefing}} + preparation {{preparation}} + negotiation {{negotiation}} + debrief {{debrief}}): make the parts add up to {{minutes}}.',
    turnClock:
      'In the {{minutes}}-minute timing plan, {{rounds}} rounds of {{parties}} turns at {{clock}} seconds each take {{needed}} minutes, more than the {{negotiation}} minutes of negotiation: shorten the turn clock to {{fit}} seconds or give the negotiation more time.',
    badAnswer: '{{where}} gives "{{answer}}" as its answer, which is not one of its choices{{hint}}.',
    choices: ' ({{choices}})',
  },
  path: {
    missing: 'There is no file at this path: check the spelling and the folder you run the command from.',
    notDirectory: 'A part of this path is a file, not a folder: check the path.',
    forbidden: 'The file cannot be read: you do not have permission to read it.',
    isDirectory: 'This is a folder, not a file: give the path of a scenario file (.json) inside it.',
    tooLong: 'This path is too long.',
    unreadable: 'The file cannot be read ({{reason}}).',
    folder: 'This is a folder, not a file: give the path of {{kind}} inside it.',
    notRegular: 'This is not a regular file (a device or a pipe?): give the path of {{kind}}.',
    scenarioFile: 'a scenario file (.json)',
  },
  date: {
    badMonth: '"{{text}}" has month {{month}}; a month is 01 to 12.',
    badDay: '"{{text}}" has day {{day}}; a day is 01 to 31.',
    notADate:
      '"{{text}}" is not a date: write 2014, 2014-05 or 2014-05-12, or a word and a year where the word is a month, a season or early, mid or late (such as "spring 2014").',
  },
} as const;
