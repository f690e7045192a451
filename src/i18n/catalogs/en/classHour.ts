/**
 * Why the classroom server refuses a trainee's worksheet or exit reflection (protocol/classHour.ts),
 * in the table's language. `max` is the longest answer accepted, `length` the one sent.
 */
export const classHour = {
  worksheetShape: 'Send the worksheet as { "party": …, "answers": … }.',
  reflectionShape: 'Send the reflection as { "party": …, "answers": … }.',
  worksheetOtherSeat: 'This worksheet is for {{theirs}}, but your seat is {{own}}: each trainee sends only their own.',
  reflectionOtherSeat:
    'This reflection is for {{theirs}}, but your seat is {{own}}: each trainee sends only their own.',
  worksheetOwnParty: 'The worksheet must name your own party ("{{own}}").',
  reflectionOwnParty: 'The reflection must name your own party ("{{own}}").',
  worksheetAnswers: 'The worksheet’s "answers" is an object.',
  batnaText: 'The worksheet needs your BATNA in your own words (text, may be empty).',
  batnaLong:
    'Your BATNA in your words is too long ({{length}} characters): at most {{max}}. Shorten it and send it again.',
  priorities: 'The worksheet’s priorities are issues of this scenario, most important first.',
  priorityTwice: 'An issue appears twice in your priorities.',
  reservation: 'The reservation point is a number of points, or empty.',
  othersWant: 'The worksheet’s "othersWant" maps each other party to an issue.',
  notOtherParty: '"{{party}}" is not another party of this scenario.',
  otherWantsIssue: 'What {{party}} wants must be one of the scenario’s issues.',
  worksheetQuestions: 'The worksheet’s "answers" maps question ids to text.',
  worksheetNoQuestion: 'The worksheet has no question "{{id}}".',
  answerText: 'The answer to "{{prompt}}" is text.',
  answerLong:
    'The answer to "{{prompt}}" is too long ({{length}} characters): at most {{max}}. Shorten it and send it again.',
  noReflection: 'This scenario has no exit reflection.',
  reflectionAnswers: 'The reflection’s "answers" maps question ids to answers.',
  reflectionNoQuestion: 'The exit reflection has no question "{{id}}".',
  notAChoice: '"{{answer}}" is not one of the answers to "{{prompt}}".',
  worksheetSeatOnly: 'Only a trainee’s seat sends a worksheet.',
  reflectionSeatOnly: 'Only a trainee’s seat sends a reflection.',
  notInClass: 'This table is not part of a class: the instructor collects worksheets and reflections in a class.',
  notClassTrainee: 'Only a trainee of this class, at their seat, sends this.',
  worksheetAfterPlay: 'The table is over: a worksheet is taken until the table ends.',
  worksheetKeptBefore:
    'Your worksheet was kept before {{party}} first moved: it stays as you sent it, for the debrief to compare with play.',
  reflectionNotYet: 'The exit reflection opens when your table is over.',
  notStored: 'The server could not keep your answers ({{why}}): send them again in a moment.',
} as const;
