/** The app shell, the language switch and the dialogs every screen shares. */
export const ui = {
  title: 'Accord',
  projectorMode: 'Projector mode',
  fullScreen: 'Full screen',
  scenarioLibrary: 'Scenario library',
  leaveTitle: 'Leave this game?',
  leaveText: 'The game is saved; you can continue it from the library.',
  leaveConfirm: 'Go to the library',
  leaveCancel: 'Stay in the game',
  chooseSavesToDelete: 'Choose saved games to delete…',
  dismiss: 'Dismiss',
  screenFailed: 'This screen could not load ({{reason}}): reload the page.',
  pageFailed: 'Accord could not load this page (the network is down?): reload it once the network is back.',
  computerPlayer: 'Computer ({{strategy}}, {{difficulty}})',
  skipToContent: 'Skip to content',
  noGame: 'No game.',
  language: 'Language',
  gameLanguageHint: 'This game stays in {{game}}, the language of its scenario; a new game will be in {{ui}}.',
  savesBlocked:
    'This browser does not let Accord save games (private browsing?): play on, but a reload will lose the game.',
  savesUnreadable: 'Saved games could not be read ({{reason}}).',
  /** The game on screen is open in another tab or window too (otherTabs.ts). */
  openElsewhere:
    'This game is open in another tab or window too. Play it in one of them: moves made in both are kept, but as two games.',
  cancel: 'Cancel',
  storageFull: {
    title: 'The browser’s storage is full',
    withChoices:
      'The game you are playing could not be saved. Tick the saved games you no longer need; they are deleted only when you confirm, and then this game is saved.',
    withoutChoices:
      'The game you are playing could not be saved, and there is no other saved game to delete. Free space in the browser’s settings (other sites’ data), or play on without saving.',
    notNow: 'Not now',
    deleteChosen: 'Delete the chosen games',
    saveFinished: '{{title}} — finished, saved {{when}} ({{size}})',
    saveRunning: '{{title}} — round {{round}}, saved {{when}} ({{size}})',
  },
  /** The header's lasting mark while the game's last moves are not saved (the store's `unsaved`). */
  unsaved: {
    storageFull: 'Not saved: storage is full',
    /** Its button, which opens the storage-full dialog (as the notice's 'Choose saved games to delete…'). */
    freeSpace: 'Free space…',
    other: 'Not saved: a reload would lose the last moves',
    /** For screen readers only, when the mark goes. */
    savedAgain: 'The game is saved again.',
  },
  megabytes: '{{value, number(maximumFractionDigits: 1)}} MB',
  kilobytes: '{{value, number}} kB',
  problems: {
    heading_one: '{{file}} cannot be played: {{count}} mistake to fix',
    heading_other: '{{file}} cannot be played: {{count}} mistakes to fix',
    warning: '(warning)',
    warningsHeading_one: '{{file}} loads, with {{count}} warning: read it before you play',
    warningsHeading_other: '{{file}} loads, with {{count}} warnings: read them before you play',
    workerFailed:
      'Accord could not read this file ({{reason}}): is it really a scenario file? A real scenario is a few tens of kilobytes.',
    readerStopped: 'the reader stopped',
  },
  instructorEntry: {
    confirmText: 'This view shows every party’s confidential sheet. Don’t show it on the shared screen during a game.',
    title: 'Instructor view: {{what}}',
    open: 'Open the instructor view',
    button: 'Instructor view (confidential)…',
    buttonLabel: 'Instructor view of {{what}}: shows every party’s confidential sheet',
  },
  playAcrossDevices: 'Play across devices…',
  playAcrossDevicesLabel:
    'Play across devices: {{title}}, each trainee on their own device, the table on the projector',
  batna: 'Your walk-away alternative (BATNA): {{points, points}}',
  rules: {
    unanimity: 'every party at the table must support the text',
    majority: 'a majority of the parties must support the text',
    'weighted-majority': 'parties holding a majority of the influence must support the text',
  },
  howAgreementComes:
    'For an agreement, {{rule}}. The talks last {{rounds}} rounds; a text whose public legitimacy is under {{threshold, number}} has no social licence.',
  howAgreementComesRequired:
    'For an agreement, {{rule}}, including {{required}}. The talks last {{rounds}} rounds; a text whose public legitimacy is under {{threshold, number}} has no social licence.',
} as const;
