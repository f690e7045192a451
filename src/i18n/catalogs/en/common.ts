/** Words shared by every screen and report. */
export const common = {
  language: 'Language',
  round_one: '{{count}} round',
  round_other: '{{count}} rounds',
  points: '{{value, points}}',
  /** The word after a figure of points, agreeing with it (translate.ts `points` format). */
  pointWord_one: 'point',
  pointWord_other: 'points',
  /** Between the items of a list whose items have commas of their own ("red line A; red line B"). */
  semicolon: '; ',
  /** Between a label and what it labels ("<strong>Legal basis</strong>: broad consent · specific consent"). */
  colon: ': ',
} as const;
