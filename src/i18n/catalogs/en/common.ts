/** Words shared by every screen and report. */
export const common = {
  language: 'Language',
  round_one: '{{count}} round',
  round_other: '{{count}} rounds',
  points: '{{value, number}} points',
} as const;
