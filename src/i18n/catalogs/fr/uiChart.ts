import type { CatalogShape } from '../../catalog.ts';
import type { uiChart as english } from '../en/uiChart.ts';

export const uiChart = {
  history: 'l’accord réel',
  historyDated: 'l’accord réel ({{date}})',
} as const satisfies CatalogShape<typeof english>;
