/** French: the English catalog's keys, area by area (see en/index.ts for the conventions). */
import type { CatalogShape } from '../../catalog.ts';
import type { en } from '../en/index.ts';
import { bots } from './bots.ts';
import { cli } from './cli.ts';
import { common } from './common.ts';
import { debrief } from './debrief.ts';
import { log } from './log.ts';
import { review } from './review.ts';
import { server } from './server.ts';

export const fr = {
  bots,
  cli,
  common,
  debrief,
  log,
  review,
  server,
} as const satisfies CatalogShape<typeof en>;
