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
} as const;
