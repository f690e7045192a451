/**
 * The instructor's live view of a class in the console (game/classroom/classWatch.ts): the class-wide
 * steps, each table's card and its own steps, and why a seat is flagged idle or a trainee cannot be
 * moved there (protocol/classes.ts, which the server's class-wide step uses too).
 */
export const classWatch = {
  pauseAll: 'Pause all tables',
  resumeAll: 'Resume all tables',
  extendAll: 'Extend all tables by a round',
  handIdle: 'Hand idle seats to computers…',
  endAll: 'End all tables…',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  /** Erasing the class (its tables, names, worksheets, reflections and moves) from the server. */
  deleteClass: 'Delete class…',
  deleteClassTitle: 'Delete this class and everything kept of it?',
  deleteClassText_one:
    'This erases from the server its table, the names on its roster ({{trainees}}), the worksheets ({{worksheets}}) and exit reflections ({{reflections}}) they sent, and every move. It cannot be undone: download the export first if you need the results.',
  deleteClassText_other:
    'This erases from the server its {{count}} tables, the names on its roster ({{trainees}}), the worksheets ({{worksheets}}) and exit reflections ({{reflections}}) they sent, and every move. It cannot be undone: download the export first if you need the results.',
  deleteClassInPlay_one: 'Table {{tables}} is still being played: end it (End all tables) before deleting the class.',
  deleteClassInPlay_other:
    'Tables {{tables}} are still being played: end them (End all tables) before deleting the class.',
  deleteClassConfirm: 'Delete the class',
  deleteClassCancel: 'Keep it',
  board: 'Class board (projector)',
  handIdleTitle: 'Hand every idle seat to a computer?',
  handIdleNone: 'No seat is flagged idle right now; a seat that becomes idle before you confirm is handed over too.',
  handIdleText_one:
    '{{count}} seat is flagged idle (nobody took it, its device is away, or its turn has lasted too long). A computer player takes it over at once; “Give back to a trainee” on its table makes it a trainee’s seat again.',
  handIdleText_other:
    '{{count}} seats are flagged idle (nobody took it, its device is away, or its turn has lasted too long). A computer player takes each over at once; “Give back to a trainee” on a table makes its seat a trainee’s again.',
  handIdleConfirm: 'Hand them over',
  endAllTitle: 'End every table of the class?',
  endAllText: 'Every negotiation still running ends now without a deal; every device gets the debrief.',
  endAllConfirm: 'End all tables',
  keepPlaying: 'Keep playing',
  handedNone: 'No seat was idle: nothing was handed over.',
  handed: 'Handed to computers: {{seats}}.',
  handedSeat: 'table {{table}}, {{name}} ({{reason}})',
  refused: 'Not every table took the step: {{tables}}.',
  refusedAt: 'table {{table}}: {{reason}}',
  allDone: 'Done at every table.',
  serverRefused: 'The server refused the step.',
  /**
   * A table another server process took over when the one holding it stopped (said once on the console,
   * and in the API's class and table lists): its moves were stored before any device saw them.
   */
  tableMoved:
    'Table {{table}} moved to another server process at {{time}}, after the process holding it stopped; every move the trainees saw is kept.',
  answersTitle: 'The class’s exit reflections',
  answersCount: '{{count}} of {{of}} trainees have answered.',
  answerOf: '{{name}} (table {{table}})',
  worksheetSent: 'worksheet sent',
  worksheetSentLate: 'worksheet sent in round {{round}}, during play',
  notJoined: 'not joined',
  /** The class code line, around the join address and the code (shown in bold between these parts). */
  codeOpenBefore: 'Trainees open ',
  codeTypeCode: ' and type the class code ',
  codeSeatedAsTheyCome: ' and their name: they are seated as they come.',
  codeAsOnRoster: ' and their name as on the roster.',
  codeLabel: 'class code {{letters}}',
  eventLabel: 'Event to fire at table {{n}}',
  /** Each *Label (a button's accessible name) begins with the button's visible words (WCAG 2.5.3, label in name). */
  start: 'Start now',
  startLabel: 'Start now: table {{n}}',
  pause: 'Pause',
  pauseLabel: 'Pause table {{n}}',
  resume: 'Resume',
  resumeLabel: 'Resume table {{n}}',
  extend: 'Extend by a round',
  extendLabel: 'Extend by a round: table {{n}}',
  fire: 'Fire now',
  fireLabel: 'Fire now: the chosen event at table {{n}}',
  end: 'End…',
  endLabel: 'End table {{n}}',
  endTitle: 'End table {{n}}?',
  endText: 'The negotiation ends now without a deal; every device gets the debrief.',
  endConfirm: 'End the table',
  tableEnded: 'Table {{n}} has ended.',
  walkedAway: 'walked away',
  supports: 'supports',
  objects: 'objects',
  livesWith: 'could live with it',
  idle: 'Idle: {{reason}}',
  handToComputer: 'Hand to a computer',
  handToComputerLabel: "Hand to a computer: {{name}}'s seat at table {{n}}",
  /** A trainee whose device is gone (a flat phone, a browser that forgot its seat) joins again by name. */
  freeSeat: 'Free the seat',
  /** A trainees' party a computer took over (an idle seat, a late trainee): back to a person. */
  backToTrainee: 'Give back to a trainee',
  backToTraineeLabel: "Give back to a trainee: {{name}}'s seat at table {{n}} (they join again by name)",
  freeSeatLabel: 'Free the seat: {{name}} at table {{n}} (its trainee joins again by name)',
  tableLabel: 'Table {{n}}',
  tableHeading: 'Table {{n}}\u00a0· {{code}}',
  toMove: '\u00a0· {{name}} to move',
  agreement: 'Agreement in round {{round}}.',
  noDeal: 'No deal: {{reason}}',
  onTable: 'On the table (version {{version}}, by {{author}}): {{words}}',
  noText: 'No text on the table yet.',
  observing: 'Observing: {{names}}',
  connecting: 'Connecting to the class…',
  /** Why a seat is flagged idle (protocol/classes.ts `idleReason`). */
  idleNobody: 'nobody has taken this seat',
  idleAway: 'the trainee’s device is away',
  idleNoMove: 'no move for {{seconds}} s',
  /** Seating by hand (protocol/classes.ts `moveTrainee`). */
  noSuchTrainee: 'There is no such trainee in the seating.',
  seatShared:
    "Table {{table}}'s seat of {{party}} is shared by two trainees already ({{names}}): move one of them first.",
};
