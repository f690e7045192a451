/** The classroom protocol: see the comment at the top of messages.ts. */
export * from './messages.ts';
export * from './limits.ts';
export * from './validate.ts';
export { publicDebrief, seatResult } from './debrief.ts';
export * from './update.ts';
export * from './classes.ts';
export * from './classHour.ts';
export { compareWorksheet, lowestBacked, type WorksheetComparison } from './worksheetComparison.ts';
export { isLoopbackHost } from './loopback.ts';
export { refusedFileSentence } from './refusedFile.ts';
