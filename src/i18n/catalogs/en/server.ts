/**
 * What the classroom server tells a trainee's device when it refuses something (a join, a seat, a
 * move from the wrong device), in the table's language (its scenario's).
 */
export const server = {
  /** A class's title when the instructor gives none (its tables' language). */
  classTitle: '{{title}} (class)',
  /** Why a trainee's device lost its seat (the instructor's step). */
  seatFreed: 'The instructor freed your seat ({{party}}).',
  seatToComputer: 'The instructor handed your seat ({{party}}) to a computer negotiator.',
  tableFinished: 'This table has finished: ask the instructor for the code of a new one.',
  noSuchParty: 'There is no party "{{party}}" at this table.',
  playedByComputer: '{{party}} is played by a computer at this table: choose another party.',
  seatHeld:
    '{{party}} is already held by {{holders}}. Choose a free party; if that seat is yours, rejoin from the device that took it.',
  everySeatTaken: 'Every seat at this table is taken: ask the instructor.',
  /** A name typed with the code of a class's table: the class gives its seats. */
  classTable:
    'This table is one of a class’s: join with the class code {{code}} and your name, and the class seats you.',
  instructorOnly: 'Only the instructor can step in at a table.',
  notYourParty: 'You hold the seat of {{mine}}: you cannot act for {{other}}.',
  notYourPartyUnknown: 'You hold the seat of {{mine}}: you cannot act for another party.',
  waiting: 'The table starts when every seat is taken (or when the instructor starts it).',
  paused: 'The instructor has paused the table: wait until play resumes.',
  over: 'The negotiation is over: no more moves are accepted.',
  broken: 'This table could not be restored: ask the instructor.',
  unknownMessage: 'Unknown message "{{type}}": a device sends "action", "worksheet" or "reflection".',
  notInstructorKey: 'This is not the instructor key printed by the server.',
  wrongCode: 'The code {{code}} is not this table’s.',
  observerKey: 'This observer key does not open this table: join the class again with your name.',
  seatKey: 'This device’s seat key does not open a seat at this table (the seat may have been freed): join again.',
  seatNoLongerHeld: 'Your seat is no longer held by this device.',
  /** The instructor deleted the table or its class: its devices are told so, then closed (server/classroom.ts). */
  tableDeleted: 'The instructor deleted this table: its moves and the names at it are erased. This page can be closed.',
  classDeleted:
    'The instructor deleted this class: its tables, names, worksheets and reflections are erased. This page can be closed.',
  seatOpenedElsewhere: 'Your seat was opened on another tab or device with its seat key.',
  watchersFull:
    'This table is already on {{count}} projector screens: close it on one of them, then try again. The seats are kept for the trainees.',
  moveNotStored: 'The server could not store this move ({{message}}); nothing changed: try again.',
  seatNotStored: 'The server could not store your seat ({{why}}); nothing changed: try again in a moment.',
  /** Why a write failed, inside the sentences above: tell the instructor rather than retry at once. */
  diskFull: 'its disk is full: tell your instructor',
  tooManyMessages: 'Too many messages: at most {{count}} every {{seconds}} seconds. Wait a moment.',
  seatFlooded:
    'This seat’s device sent too many messages at once and was cut off: the seat opens again in {{seconds}} s.',
  onlySeats: 'Only a seat can act at the table.',
  deviceLostSeat: 'This device no longer holds its seat.',
  notOnRoster:
    '“{{name}}” is not on this class’s roster: type your name as the instructor wrote it, or ask the instructor.',
  alreadyJoined:
    '{{name}} has already joined this class from another device: go back to that device (it keeps your seat), or ask the instructor to free your seat.',
  /** An open class: a namesake on another device (a place not yet opened; the first device may ask again). */
  namesake:
    'Someone called {{name}} has already joined this class from another device. If that is not you, add your surname or an initial to your name ({{name}} B.); if it is, go back to that device, or ask the instructor to free your seat.',
  classSeatToComputer:
    'Your seat ({{party}}, table {{table}}) is played by a computer for now: ask the instructor to give it back to you, then join again.',
  /** A class open to any name that already holds as many trainees as the longest roster. */
  classFull: 'This class is full: {{max}} trainees have joined it. Ask the instructor.',
  yourTableBroken: 'Your table could not be restored: ask the instructor.',
  /** Why a table could not be restored after a restart (kept with it, shown to the instructor). */
  restore: {
    otherLanguage:
      'Its scenario "{{scenario}}" is no longer written in "{{language}}", the language the table plays in. Put that version back and restart the server.',
    missing:
      'Its scenario "{{scenario}}" is no longer in {{dir}} (the file was deleted, renamed or no longer loads). Put it back and restart the server.',
    version:
      'Its scenario "{{scenario}}" changed from version {{was}} to {{now}}, so its moves cannot be replayed. Put the old version back and restart the server.',
    unreadable: 'Its stored move {{move}} is not readable JSON: the database was damaged.',
    noReplay: 'Its stored moves no longer replay (move {{move}}: {{reason}})',
    unknownParty: 'It names a party "{{party}}" the scenario no longer has.',
  },
} as const;
