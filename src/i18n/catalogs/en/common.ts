/** Words shared by every screen and report. */
export const common = {
  language: 'Language',
  round_one: '{{count}} round',
  round_other: '{{count}} rounds',
  points: '{{value, number}} points',
  /** Between the items of a list whose items have commas of their own ("red line A; red line B"). */
  semicolon: '; ',
  /** Between a label and what it labels ("<strong>Legal basis</strong>: broad consent · specific consent"). */
  colon: ': ',
} as const;
