/** French. Same keys as the English catalog (see en.ts for the conventions). */
import type { CatalogShape } from '../catalog.ts';
import type { en } from './en.ts';

export const fr = {
  common: {
    language: 'Langue',
    round_one: '{{count}} tour',
    round_other: '{{count}} tours',
    points: '{{value, number}} points',
  },
  log: {
    textOnTable: 'le texte sur la table (version {{version}})',
  },
} as const satisfies CatalogShape<typeof en>;
