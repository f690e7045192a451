import type { CatalogShape } from '../../catalog.ts';
import type { log as english } from '../en/log.ts';

export const log = {
  textOnTable: 'le texte sur la table (version {{version}})',
} as const satisfies CatalogShape<typeof english>;
