import type { CatalogShape } from '../../catalog.ts';
import type { common as english } from '../en/common.ts';

export const common = {
  language: 'Langue',
  round_one: '{{count}} tour',
  round_other: '{{count}} tours',
  points: '{{value, points}}',
  /** The word after a figure of points, agreeing with it (translate.ts `points` format). */
  pointWord_one: 'point',
  pointWord_other: 'points',
  semicolon: '\u202f; ',
  colon: '\u202f: ',
} as const satisfies CatalogShape<typeof english>;
