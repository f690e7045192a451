/**
 * Refusals of what comes from outside before any game reads it, in the language of whoever sent it:
 * an action log to replay (engine/replay.ts), a message too large for the server (protocol/validate.ts),
 * a class roster (protocol/classes.ts); and the names of the analysis's phases shown while it works
 * (debrief chart, instructor view).
 */
export const protocolRefusals = {
  replay: {
    actionNotObject: 'Action {{index}} (counting from 0) must be an object such as { "type": "pass", "party": "…" }.',
    actionNoType: 'Action {{index}} (counting from 0) has no known "type" (one of {{types}}).',
    actionExtraField:
      'Action {{index}} (counting from 0) has a field "{{field}}" that a "{{type}}" action does not have: remove it (the log may have been edited).',
    actionProto:
      'Action {{index}} (counting from 0) has a "__proto__" key in its package: remove it (the log may have been edited).',
    notObject: 'An action log must be a JSON object.',
    notLog: 'This is not an Accord action log ("format" should be "accord-log/1").',
    extraField:
      'The action log has a field "{{field}}" that Accord does not write: remove it (an action log has only {{fields}}).',
    noScenario: 'The action log must name its scenario: "scenario": { "id": …, "version": … }.',
    badSeed: '"seed" must be a whole number from 0 to 4294967295; it is {{value}}.',
    missing: 'missing',
    noActions: 'The action log needs an "actions" list.',
    setupNotObject: '"setup" must be an object such as { "players": { "city": "Ana" } }.',
    setupExtraField: '"setup" has a field "{{field}}" that Accord does not write: remove it.',
    playersNotMap: '"setup.players" must map party ids to names.',
    playerNotText: '"setup.players" gives "{{party}}" a name that is not text.',
    reasonsNotMap: '"reasons" must map action indices to sentences, such as { "3": "supports: …" }.',
    reasonsBadKey: '"reasons" has a key "{{key}}" that is not the index of an action in the log (0 to {{last}}).',
    reasonNotText: '"reasons" gives action {{key}} a reason that is not text.',
    otherScenario: 'The log was recorded on scenario "{{logged}}", not "{{scenario}}".',
    otherVersion: 'The log was recorded on version {{logged}} of "{{scenario}}", but the file is version {{version}}.',
  },
  message: {
    tooLarge: 'The message is too large ({{size}} characters; at most {{limit}}): nothing was done.',
  },
  roster: {
    notList: 'The roster is a list of names, one per trainee.',
    tooLong: 'The roster is too long: at most {{max}} names.',
    emptyName: 'Name {{n}} of the roster is empty: remove the line or type the trainee’s name.',
    nameTooLong: 'Name {{n}} of the roster ("{{start}}…") is too long: at most {{max}} characters.',
    twice:
      'The roster names "{{name}}" twice (names {{first}} and {{second}}): add an initial or a surname so each trainee is told apart.',
    byHandNeeded: 'Seating by hand needs "seating": each trainee’s table, party and role.',
    byHandOrder: 'Seating by hand must place every name of the roster once, in the roster’s order.',
    table: "{{name}}'s table must be one of the class’s {{tables}} tables.",
    party: "{{name}}'s party must be one the trainees play ({{parties}}).",
    role: '{{name}}\'s role is "player", "double" (sharing a party’s seat) or "observer".',
    seatFull: 'Table {{table}} has more than two trainees for {{party}}: a seat holds two at most.',
    placement: 'Seat the roster "random", "balanced" or "manual" (by hand).',
  },
  /** How a roster will be seated (protocol/classes.ts seatingSentence), clause by clause. */
  seating: {
    trainees_one: '{{count}} trainee',
    trainees_other: '{{count}} trainees',
    tables_one: '{{count}} table',
    tables_other: '{{count}} tables',
    base: '{{trainees}} for {{seats}} seats at {{tables}}',
    doubles_one: '{{count}} share a role with another trainee',
    doubles_other: '{{count}} share a role with another trainee',
    observers_one: '{{count}} observe',
    observers_other: '{{count}} observe',
    free_one: '{{count}} seat stays free (hand it to a computer or fill it later)',
    free_other: '{{count}} seats stay free (hand them to a computer or fill them later)',
    separator: '; ',
    sentence: '{{clauses}}.',
  },
  /** The debrief chart's analysis phases (analysis/control.ts), in "Analysing the outcome space (…)". */
  phases: {
    enumerate: 'enumerate',
    skyline: 'skyline',
    frontier: 'frontier',
    search: 'search',
    extremes: 'extremes',
  },
  /** The instructor analysis's steps (instructorAnalysis.ts), in "Analysing: step 2 of 5, …". */
  steps: {
    space: 'the outcome space',
    frontier: 'the Pareto frontier',
    bargaining: 'the bargaining points',
    zone: 'the zone of agreement',
    warnings: 'the authoring warnings',
  },
} as const;
