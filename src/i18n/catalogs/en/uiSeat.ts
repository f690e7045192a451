/**
 * The class hour on a trainee's own device at a class's table (game/classroom/seatClassHour.ts):
 * the worksheet before the first move; once the table is over, the game review of their party,
 * their worksheet against play and the exit reflection.
 */
export const uiSeat = {
  sendWorksheet: 'Send my worksheet',
  worksheetKept: 'Your worksheet is with the instructor: the debrief compares it with what you did.',
  worksheetDuringPlay:
    'Your party has moved: you can still send your worksheet until the table ends, and the debrief notes that it came during play.',
  reflectionTitle: 'Exit reflection',
  reflectionHelp: 'Answer on your own; the instructor sees the class’s answers together.',
  reflectionKept: 'Your reflection is saved. Thank you.',
  reviewTitle: 'Your game review',
  reviewHelp: 'Every move of yours rated against what was possible at that moment.',
  comparisonTitle: 'Your worksheet against what happened',
  comparisonHelp: 'What you wrote in your worksheet, compared with what you did and with the others’ real sheets.',
} as const;
