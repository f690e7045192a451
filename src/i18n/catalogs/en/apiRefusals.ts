/**
 * Refusals of the classroom's requests before a table exists or as a device joins one: the
 * instructor's HTTP requests (a table, a class, a command; in the request's `Accept-Language`) and
 * the WebSocket join and message envelopes (in the table's language). protocol/validate.ts,
 * protocol/classes.ts, server/classroom.ts and server/httpApi.ts.
 */
export const apiRefusals = {
  /** Joining a table over the WebSocket, and the envelope of a seat's action. */
  join: {
    noOptions: 'Joining needs options: a role and a table code.',
    tooLarge: 'The join request is too large.',
    code: 'A join code is {{length}} letters, as shown on the projector (for example KTMWRZ).',
    seatKey: 'This seat key is not one the server gives out: join with your name instead.',
    party: 'The party to join must be one of the table’s party ids.',
    observerKey: 'This observer key is not one the server gives out: join the class again with your name.',
    instructorKey: 'The instructor view needs the instructor key printed by the server.',
    role: 'Join as "seat", "projector", "observer" or "instructor".',
    nameEmpty: 'Type your name: it cannot be empty.',
    nameNotText: '"name" is text: send it in quotes ("name": "Ana").',
    nameTooLong: 'The name is too long: at most {{max}} characters.',
    actionNotObject: 'An action must be an object with a "type" and a "party".',
    actionNoType: 'An action must name its "type".',
  },
  /** Joining a class's console or board over the WebSocket (server/classConsoleRoom.ts), in the class's language. */
  classJoin: {
    noOptions: 'Joining a class needs options: the instructor key, or the class code.',
    instructorKey: 'The console needs the instructor key printed by the server.',
    code: 'A class code is 6 letters, as shown on the console.',
    role: 'Join a class as "instructor" or "board".',
    wrongCode: 'The code {{code}} is not this class’s.',
    boardsFull:
      'This class board is already open on {{count}} screens: close it on one of them (a reloaded page frees its place within a minute), then try again.',
    consolesFull:
      'The console is already open on {{count}} devices with the instructor key: close it on one of them (a reloaded page frees its place within a minute), then try again.',
  },
  /** `POST /api/tables` (and the table part of a class). */
  table: {
    notObject: 'Send the table as a JSON object.',
    parties: '"parties" maps each party’s id to who plays it: { "kind": "human" } or { "kind": "computer", … }.',
    notParty: '"{{party}}" is not a party of {{scenario}}.',
    controller: 'Say whether {{party}} is played by a human or a computer.',
    strategy: 'Unknown strategy {{strategy}} for {{party}}.',
    difficulty: 'Unknown difficulty {{difficulty}} for {{party}}: easy, normal or hard.',
    titleEmpty: 'Type your table title: it cannot be empty.',
    titleNotText: '"title" is text: send it in quotes ("title": "Table 1").',
    titleTooLong: 'The table title is too long: at most {{max}} characters.',
    paceName: 'The pace is one of {{paces}}.',
    paceRange: 'The pace is a name ({{paces}}) or {{min}}–{{max}} ms.',
    turnClock: 'The turn clock must be between {{min}} and {{max}} seconds (or none).',
    roundClock: 'The round clock must be between {{min}} and {{max}} seconds (or none).',
    seed: 'The seed must be a whole number.',
  },
  /** The instructor's commands to a table or to every table of a class. */
  command: {
    notObject: 'Send the command as a JSON object: { "command": … }.',
    event: '"event" needs the id of one of the scenario’s events.',
    party: '"{{command}}" needs the "party" whose seat it changes.',
    computerParty: '"computer" needs the "party" to hand to a computer.',
    unknown: 'Unknown command: {{commands}}.',
    unknownClass: 'Unknown class command: {{commands}}.',
    extendFrom: '"from" is the table’s last round as your screen showed it: a whole number from 1.',
    extendFromClass:
      '"from" gives each table’s last round as your screen showed it, by table id: whole numbers from 1.',
    /** A command the table refuses as it stands (tableSession.ts). */
    alreadyStarted: 'The table has already started.',
    notPlaying: 'Only a table in play can be paused.',
    notPaused: 'The table is not paused.',
    overNoStep: 'The table is over: the facilitator can no longer step in.',
    alreadyOver: 'The table is already over.',
    extendedSince:
      'The deadline moved since your screen showed it: the table now ends after round {{round}}. Nothing was changed.',
    noParty: 'There is no party "{{party}}" at this table.',
    overSeats: 'The table is over: its seats no longer change.',
    alreadyPerson: '{{party}} is already played by a person.',
    notHeld: 'The seat of {{party}} is not held by anyone.',
    alreadyComputer: '{{party}} is already played by a computer.',
  },
  /** `POST /api/classes`, except the roster (protocolRefusals.roster). */
  class: {
    notObject: 'Send the class as a JSON object.',
    noHuman: 'Choose at least one party the trainees play ("human").',
    observerBrief: '"observerBrief" is true (observers read the brief of the party they shadow) or false.',
    doublePerTable: '"doublePerTable" is how many roles two trainees may share at one table: 0 or more.',
    tablesNeeded: 'Say how many tables to open: without a roster, trainees are seated as they come.',
    tablesRange: 'The number of tables is 1 to {{max}}, or "auto" (as many as the roster fills).',
    tablesMax: 'At most {{max}} tables in one class.',
    title: 'The class title is 1 to {{max}} characters.',
  },
  /** The scenario a table or class request names (server/classroom.ts). */
  scenario: {
    unnamed: 'Name the "scenario" to play (its id).',
    none: 'There is no scenario "{{id}}" on this server.',
    language: '"{{title}}" is written in {{languages}}; choose one of them as the "language".',
  },
  /** The HTTP API itself (server/httpApi.ts). */
  http: {
    noKey: 'This needs the instructor key: open the instructor address printed by the server.',
    wrongKey: 'This is not the instructor key printed by the server.',
    noTable: 'There is no open table with this id.',
    broken: 'This table could not be restored after a restart: {{problem}}',
    noTableCode: 'No table has the code {{code}}: check the letters on the projector.',
    noClass: 'There is no class with this id.',
    noTableId: 'There is no table with this id: it may have been deleted already.',
    /** A deletion refused (server/classroom.ts deleteClass, deleteTable). */
    classInPlay_one:
      'Table {{tables}} of this class is still being played: end it (End all tables) before deleting the class. Nothing was erased.',
    classInPlay_other:
      'Tables {{tables}} of this class are still being played: end them (End all tables) before deleting the class. Nothing was erased.',
    tableInPlay: 'The table {{code}} is still being played: end it before deleting it. Nothing was erased.',
    tableInClass:
      'This table belongs to the class {{code}}: delete the class, which erases its tables with it. Nothing was erased.',
    classPage:
      'A page of the class list takes limit, a whole number from 1 to {{max}}, and then before, the earlier of the page before it.',
    noClassCode: 'No class has the code {{code}}: check the letters the instructor shows.',
    noCode: 'No table or class has the code {{code}}: check the letters on the projector.',
    nameEmpty: 'Type your name to join the class.',
    nameNotText: '"name" is text: send it in quotes ("name": "Ana").',
    nameTooLong: 'The name is too long: at most {{max}} characters.',
    deviceId:
      '"device" is the page’s own id for this device: leave it out, or send text of at most {{max}} characters.',
    classCode: 'A class code is 6 letters, as the instructor shows it.',
    joinCode: 'A join code is 6 letters, as shown on the projector.',
    /** Lookups of codes that open nothing, past the allowance of one device (server/codeGuesses.ts). */
    tooManyCodes:
      'Too many codes that open nothing were typed on this device: wait {{seconds}} s, then type the code again.',
    noRoute: 'There is no such API route.',
    tooLarge: 'The request is too large: at most {{kb}} kB.',
    notJson: 'The request body is not valid JSON.',
    sendJson: 'The request body must be JSON (Content-Type: application/json).',
    badAddress: 'The address is not valid: a code or id in it is garbled. Check it and try again.',
    peersAway: 'The server processes cannot reach each other just now (Redis does not answer): try again in a moment.',
    restoring: 'The table {{code}} is being restored by another server process: wait a moment, the page tries again.',
    /** An instructor's request passed to the server process holding the table or class, refused there (server/peerProof.ts). */
    peerStale:
      'The server process holding this refused the request: it arrived more than {{seconds}} s after it was sent, or the clocks of the two server machines differ by more than that. Nothing was done. Set every server machine’s clock automatically (NTP), then try again.',
    peerElsewhere:
      'The server process holding this refused the request: it was sent to another server process (a copy sent again through Redis). Nothing was done.',
    peerReplayed:
      'The server process holding this refused the request: it had already received this very request (a copy sent again through Redis). Nothing was done twice.',
    peerBusy:
      'The server process holding this refused the request: more requests came from other server processes within {{seconds}} s than it keeps track of. Nothing was done: try again in a moment.',
    unexpected: 'The server met an unexpected error; the tables are unaffected. Try again.',
    diskFull:
      'The server could not store this: the disk holding its data ({{location}}) is full. Nothing changed. Free some space there, then try again; until then the tables cannot store their moves either.',
    notStored: 'The server could not store this ({{message}}); nothing changed. Try again.',
  },
} as const;
