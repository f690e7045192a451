/**
 * A computer party's one-line reason for a move (bots/reason.ts), told without a subject ("supports:
 * …"): the review and the log after the game put the party's name before it. Points are numbers
 * rounded to a tenth.
 */
export const bots = {
  /** What each strategy does, after its name (strategies/*.ts). */
  strategy: {
    adaptive: 'models the others from their moves and trades issues for a larger deal',
    boulware: 'holds out and concedes near the deadline',
    conceder: 'gives ground early',
    linear: 'concedes at a steady pace',
    principled: 'anchors on the fair (Nash) deal it estimates from the others’ moves',
    'tit-for-tat': 'concedes as much as the others have conceded to it',
  },
  concedesNeeded_one:
    'concedes on {{issue}} (its text is worth {{points, number(useGrouping: false)}} to it, BATNA {{batna, number(useGrouping: false)}}): time is running out and {{parties}} must agree',
  concedesNeeded_other:
    'concedes on {{issue}} (its text is worth {{points, number(useGrouping: false)}} to it, BATNA {{batna, number(useGrouping: false)}}): time is running out and {{parties}} must agree',
  concedesEndgame:
    'concedes on {{issue}} (its text is worth {{points, number(useGrouping: false)}} to it, BATNA {{batna, number(useGrouping: false)}}): time is running out and the text must gather support',
  concedesAim:
    'concedes on {{issue}} (its text is worth {{points, number(useGrouping: false)}} to it, BATNA {{batna, number(useGrouping: false)}}): its aim falls as time passes ({{strategy}}: {{summary}})',
  tablesUnderBatna:
    'tables a text worth {{points, number(useGrouping: false)}} to it: the text on the table gave it {{table, number(useGrouping: false)}}, under its BATNA ({{batna, number(useGrouping: false)}})',
  amendsUnderBatna:
    'amends {{issue}}, leaving a text worth {{points, number(useGrouping: false)}} to it: the text on the table gave it {{table, number(useGrouping: false)}}, under its BATNA ({{batna, number(useGrouping: false)}})',
  tablesNearAim:
    'tables a text worth {{points, number(useGrouping: false)}} to it, near what it aims for now ({{aim, number(useGrouping: false)}}; BATNA {{batna, number(useGrouping: false)}})',
  amendsNearAim:
    'amends {{issue}}, leaving a text worth {{points, number(useGrouping: false)}} to it, near what it aims for now ({{aim, number(useGrouping: false)}}; BATNA {{batna, number(useGrouping: false)}})',
  tables: 'tables a text',
  amends: 'amends {{issue}}',
  leavesNothingBeats: 'leaves: nothing on its sheet can beat its BATNA ({{batna, points(useGrouping: false)}})',
  leavesToStop:
    'leaves: the text others are about to carry gives it {{table, number(useGrouping: false)}}, under its BATNA ({{batna, number(useGrouping: false)}}), and the rule cannot carry it without it',
  leavesUnbound:
    'leaves: the text others could carry gives it {{table, number(useGrouping: false)}}, under its BATNA ({{batna, number(useGrouping: false)}}), and the deal binds only those at the table when it passes: once gone, it keeps its BATNA',
  leavesRedLine:
    'leaves: the text others could carry crosses its red line ({{issue}}: {{option}}), and the deal binds only those at the table when it passes',
  supports:
    'supports: the text gives it {{table, points(useGrouping: false)}}, above its BATNA ({{batna, number(useGrouping: false)}})',
  supportsEndgame:
    'supports: the text gives it {{table, points(useGrouping: false)}}, above its BATNA ({{batna, number(useGrouping: false)}}) and time is running out',
  supportsAtBatna:
    'supports: the text gives it {{table, points(useGrouping: false)}}, its BATNA exactly, and its support closes the deal',
  supportsAtBatnaLastRound:
    'supports: the text gives it {{table, points(useGrouping: false)}}, its BATNA exactly; in the last round a deal costs it nothing against no deal, and a new text would seldom be carried',
  supportsAtBatnaTwoRounds:
    'supports: the text gives it {{table, points(useGrouping: false)}}, its BATNA exactly; with two rounds the next may be too late, and others already back it',
  callsVote:
    'calls a vote: the text gives it {{table, points(useGrouping: false)}}, above its BATNA ({{batna, number(useGrouping: false)}}), and a vote could carry it',
  objectsUnderBatna:
    'objects: the text gives it {{table, points(useGrouping: false)}}, under its BATNA ({{batna, number(useGrouping: false)}})',
  objectsShortOfAim: 'objects: the text gives it {{table, points(useGrouping: false)}}, short of what it aims for now',
  objectsWorstOnTopIssue:
    'objects: the text gives it {{table, points(useGrouping: false)}}, but holds its worst option on the issue it cares most about ({{issue}}: {{option}})',
  waitsNothingOnTable: 'waits: nothing on the table to answer',
  waitsSupports: 'waits: it already supports the text',
  waitsRallying:
    'waits: the text gives it {{table, points(useGrouping: false)}}, above its BATNA, and others are rallying to it',
  waitsQuiet:
    'waits: the text gives it {{table, points(useGrouping: false)}}, short of what it aims for now, but the deal does not need it and it is early in the talks: it keeps its objection to itself for now',
  waitsNoTime: 'waits: a new text could not gather support in the turns left',
  presentsToAll: 'presents “{{evidence}}” to all: it argues for options it values',
  showsPrivately:
    'shows “{{evidence}}” privately to {{party}}: weak evidence argues best where a challenge is unlikely',
  challenges: 'challenges “{{evidence}}” for “{{flaw}}”: it argues against its interests and looks open to that flaw',
  offersCoalition: 'offers a coalition to {{party}}: their wishes seem to align with its own',
  joinsCoalition: 'joins the coalition {{party}} offered: their wishes seem to align with its own',
  leavesCoalition: 'leaves its coalition: a partner turned out to want the opposite',
  writesPrivately: 'writes privately to {{party}}',
  /** Its word in the tour de table (tourDeTable.ts): `count` texts named, `batna` its BATNA. */
  /** An earlier text tabled again in the last round (statedLastShot.ts): `parties` moving after it said they could live with it. */
  tablesAgain_one: 'tables text {{version}} again: {{parties}}, moving after it, said it could live with that text',
  tablesAgain_other: 'tables text {{version}} again: {{parties}}, moving after it, said they could live with that text',
  /** The same, where a party moving after it tabled that text since its own word (ownTextWord.ts). */
  tablesAgainAuthor: 'tables text {{version}} again: {{party}}, moving after it, tabled that text',
  andTabledIt: '{{reason}}, and {{party}} tabled it',
  livesWith_one:
    'names the one text tabled so far that crosses none of its red lines and gives it at least its BATNA ({{batna, number(useGrouping: false)}})',
  livesWith_other:
    'names the {{count}} texts tabled so far that cross none of its red lines and give it at least its BATNA ({{batna, number(useGrouping: false)}})',
  livesWithNone:
    'says that no text tabled so far gives it its BATNA ({{batna, number(useGrouping: false)}}) within its red lines',
} as const;
