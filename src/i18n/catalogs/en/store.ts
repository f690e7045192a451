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
  storageFull:
    'This game could not be saved: the browser’s storage is full. Nothing has been deleted. Choose saved games to delete to make room; until then a reload would lose the moves since the last save.',
  notSaved:
    'This game could not be saved ({{message}}). Play on, but a reload would lose the moves since the last save.',
  cannotContinue: 'This saved game cannot be continued: {{reason}}.',
  notDeleted: 'Not every saved game could be deleted ({{message}}).',
  savesUnreadable: 'Saved games cannot be read in this browser ({{message}}).',
  saveUnopenable: 'The saved game “{{id}}” cannot be opened: {{reason}}.',
  otherName: 'it is stored under another name',
} as const;
