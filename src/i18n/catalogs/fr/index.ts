/** French: the English catalog's keys, area by area (see en/index.ts for the conventions). */
import type { CatalogShape } from '../../catalog.ts';
import type { en } from '../en/index.ts';
import { common } from './common.ts';
import { log } from './log.ts';
import { uiPrint } from './uiPrint.ts';
import { uiClass } from './uiClass.ts';
import { uiDebrief } from './uiDebrief.ts';
import { uiBrief } from './uiBrief.ts';
import { uiRoom } from './uiRoom.ts';
import { uiSetup } from './uiSetup.ts';
import { uiLibrary } from './uiLibrary.ts';
import { ui } from './ui.ts';

export const fr = {
  common,
  log,
  uiPrint,
  uiClass,
  uiDebrief,
  uiBrief,
  uiRoom,
  uiSetup,
  uiLibrary,
  ui,
} as const satisfies CatalogShape<typeof en>;
