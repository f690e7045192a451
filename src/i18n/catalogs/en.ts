/**
 * English, the reference catalog: every key Accord uses, grouped by where it is shown. The other
 * catalogs must have exactly these keys (tsc checks the shape, test/i18n/catalogs.test.ts the keys
 * and the `{{placeholders}}` of every sentence).
 *
 * Conventions: i18next's interpolation (`{{name}}`); plural forms as `key_one` / `key_other`, used
 * by passing `count`; numbers as `{{value, number}}` so each language writes its own separators.
 * Texts are plain text, never HTML (the UI adds them as text nodes).
 */
export const en = {
  common: {
    language: 'Language',
    round_one: '{{count}} round',
    round_other: '{{count}} rounds',
    points: '{{value, number}} points',
  },
  log: {
    textOnTable: 'the text on the table (version {{version}})',
  },
} as const;
