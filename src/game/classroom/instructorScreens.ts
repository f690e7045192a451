/**
 * The classroom's screens for the instructor's devices (the table board, the console and its watch,
 * the class board, the table form) and what they read from the server: one module, imported by
 * classroomApp.ts when such a screen opens, so a trainee's phone on the join address never downloads
 * them.
 */
export { classBoardScreen } from './classBoardScreen.ts';
export { classWatch } from './classWatch.ts';
export { consoleScreen } from './consoleScreen.ts';
export { createTableScreen } from './createTableScreen.ts';
export { instructorBoard } from './instructorBoard.ts';
export { scenarioSummaries, serverScenarios } from './serverScenarios.ts';
export { createRemoteClass } from '../../store/remoteClass.ts';
