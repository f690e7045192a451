/** The store's notices and save problems (shown by the screens in the language of the screens). */
export const store = {
  cannotStart: 'This game cannot start: {{reason}}',
  engineNotLoaded:
    'This game cannot start: the rules engine did not load ({{message}}); check the connection and try again.',
  notYourTurn: 'It is not your turn.',
  engineFailed: 'The rules engine failed on this move ({{message}}).',
  computersStuck: 'The computer players cannot go on: {{reason}}',
  noStrategy: 'There is no computer strategy called “{{strategy}}” (for {{party}}).',
  noDifficulty: 'There is no difficulty called “{{difficulty}}” (for {{party}}).',
  fileUnreadable: 'This file could not be read ({{message}}).',
  /** Saved games of the old storage (localStorage) that could not be moved to IndexedDB this visit. */
  legacyKept_one:
    '{{count}} saved game could not be moved to the new storage yet; it stays where it was and will be moved on a later visit.',
  legacyKept_other:
    '{{count}} saved games could not be moved to the new storage yet; they stay where they were and will be moved on a later visit.',
  /** Old saves named like a current save (legacySaves.ts): moved over as copies, the current one untouched. */
  legacyCopied_one:
    'A saved game from an older version of Accord had the same name as a current one. Both are kept: the current one as it was, the older one as a copy that the library lists too.',
  legacyCopied_other:
    '{{count}} saved games from an older version of Accord had the same names as current ones. All are kept: the current ones as they were, the older ones as copies that the library lists too.',
  storageFull:
    'This game could not be saved: the browser’s storage is full. Nothing has been deleted. Choose saved games to delete to make room; until then a reload would lose the moves since the last save.',
  notSaved:
    'This game could not be saved ({{message}}). Play on, but a reload would lose the moves since the last save.',
  /** A game played on from the same save in another tab or window too (persistence.ts `copies`). */
  playedElsewhere:
    'This game was also played on in another tab or window. Both games are kept: the moves made there in its save, the moves made here in a copy of it, which the library lists too.',
  cannotContinue: 'This saved game cannot be continued: {{reason}}.',
  /** A finished game, opened for its debrief (persistence.ts `open`). */
  cannotDebrief: 'The debrief of this finished game cannot be rebuilt: {{reason}}.',
  notDeleted: 'Not every saved game could be deleted ({{message}}).',
  savesUnreadable: 'Saved games cannot be read in this browser ({{message}}).',
  saveUnopenable: 'The saved game “{{id}}” cannot be opened: {{reason}}.',
  otherName: 'it is stored under another name',
  saves: {
    whoPlays: 'it does not say validly who plays {{party}}',
    noName: 'it gives no name for the person playing {{party}}',
    unknownStrategy: 'it names a computer strategy Accord does not know ({{strategy}}) for {{party}}',
    unknownDifficulty: 'it names a difficulty Accord does not know ({{difficulty}}) for {{party}}',
    damaged: 'it is not an Accord save (it may have been damaged)',
    otherVersion: 'it was written by another version of Accord ({{format}})',
    notSave: 'it is not an Accord save',
    noTitle: 'it is missing its title or file name',
    noScenario: 'it does not say which scenario it plays',
    badDate: 'its date is damaged ({{date}})',
    badSeed: 'its seed is not a whole number ({{seed}})',
    badSetup: 'its setup (the players’ names) is damaged',
    noControllers: 'it does not say who plays each party',
    badMoves: 'its list of moves is damaged',
    badReasons: 'its computer players’ reasons are damaged',
    badSummary: 'its summary (round, finished) is damaged',
    noCopy: 'the copy of its scenario is missing or damaged',
    scenarioGone: 'its scenario no longer loads',
    scenarioGoneBecause: 'its scenario no longer loads ({{problem}})',
    noPlayer: 'it does not say who plays {{party}}',
    unknownParty: 'it names a party the scenario does not have ({{party}})',
    engineFailed: 'the rules engine failed ({{message}})',
    movesNotReplayed: 'its moves cannot be replayed: {{reason}}',
    moveNotReplayed: 'move {{move}} of the save cannot be replayed: {{reason}}',
    olderMoveNotReplayed:
      'it was saved by an earlier version of Accord ({{format}}, which kept saves in the browser’s localStorage), whose rules differ from today’s: today’s rules cannot replay its move {{move}} ({{reason}}). The save stays in the list until you delete it',
    olderFinishedMoveNotReplayed:
      'it was played under an earlier version of Accord ({{format}}, which kept saves in the browser’s localStorage), whose rules differ from today’s: today’s rules cannot replay its move {{move}} ({{reason}}), and a debrief is rebuilt by replaying every move. The library lists the game (who played it, when) until you delete it; for a debrief of this case, play its scenario again',
    unreadable: 'it cannot be read ({{message}})',
    noLongerStored: 'it is no longer stored',
    copyChanged: 'the copy of its scenario was changed after it was saved',
    rulesNotLoaded: 'the rules engine did not load ({{message}})',
  },
  remote: {
    classReconnecting: 'The connection to the class was lost: getting it back…',
    classUnreachable: 'The class cannot be reached.',
    serverSilent: 'The server did not answer within {{seconds}} seconds: check the connection and try again.',
    serverUnreachable: 'The classroom server cannot be reached.',
    serverAnswered: 'The server answered {{status}}.',
    serverRefused: 'The server refused the request ({{status}}).',
    tableFailed: 'The connection to the table failed.',
    noSeat: 'This device holds no seat at this table: join it with your name.',
    noTable: 'No open table has the code {{code}}.',
    tableRefused: 'The table refused this device.',
    retrying: 'The server cannot be reached: trying again…',
    notSent: 'Not connected to the table right now: nothing was sent. Try again in a moment.',
    moveNotSent: 'Not connected to the table right now: your move was not sent. Try again in a moment.',
    moveNoAnswer:
      'No answer from the table after {{seconds}} seconds: your move may not have arrived. If it is still your turn, try again.',
    noSuchParty: 'This device plays no such party.',
    languageNotLoaded:
      'The sentences of this table’s language could not be loaded (the network?): the table shows again at its next move.',
  },
} as const;
