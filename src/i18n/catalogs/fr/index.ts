/** French: the English catalog's keys, area by area (see en/index.ts for the conventions). */
import type { CatalogShape } from '../../catalog.ts';
import type { en } from '../en/index.ts';
import { analysis } from './analysis.ts';
import { apiRefusals } from './apiRefusals.ts';
import { authoring } from './authoring.ts';
import { bots } from './bots.ts';
import { classHour } from './classHour.ts';
import { cli } from './cli.ts';
import { cliVerbs } from './cliVerbs.ts';
import { common } from './common.ts';
import { debrief } from './debrief.ts';
import { engineRefusals } from './engineRefusals.ts';
import { loader } from './loader.ts';
import { genius } from './genius.ts';
import { log } from './log.ts';
import { protocolRefusals } from './protocolRefusals.ts';
import { review } from './review.ts';
import { server } from './server.ts';
import { uiPrint } from './uiPrint.ts';
import { uiSeat } from './uiSeat.ts';
import { classWatch } from './classWatch.ts';
import { worksheet } from './worksheet.ts';
import { uiClass } from './uiClass.ts';
import { uiDebrief } from './uiDebrief.ts';
import { uiBrief } from './uiBrief.ts';
import { uiRoom } from './uiRoom.ts';
import { uiSetup } from './uiSetup.ts';
import { uiLibrary } from './uiLibrary.ts';
import { uiInstructor } from './uiInstructor.ts';
import { uiChart } from './uiChart.ts';
import { uiConsole } from './uiConsole.ts';
import { store } from './store.ts';
import { ui } from './ui.ts';

export const fr = {
  analysis,
  apiRefusals,
  authoring,
  bots,
  classHour,
  cli,
  cliVerbs,
  common,
  debrief,
  engineRefusals,
  loader,
  genius,
  log,
  protocolRefusals,
  review,
  server,
  uiPrint,
  uiClass,
  uiDebrief,
  uiBrief,
  uiRoom,
  uiSetup,
  uiLibrary,
  uiInstructor,
  uiChart,
  uiConsole,
  store,
  ui,
  uiSeat,
  classWatch,
  worksheet,
} as const satisfies CatalogShape<typeof en>;
