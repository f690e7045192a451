/**
 * The class board's screen in jsdom (src/game/classroom/classBoardScreen.ts) for tests of what it says: a table's
 * row, a class's board, and the screen mounted on a store that holds that board.
 */
import type { BoardTable, ClassBoard } from '../../src/protocol/index.ts';
import { classBoardScreen } from '../../src/game/classroom/classBoardScreen.ts';

// The board turns projector mode on by a media query, which jsdom does not have.
(globalThis as { matchMedia?: unknown }).matchMedia ??= () => ({
  matches: false,
  addEventListener() {},
  removeEventListener() {},
});

/** Table `number`'s row of a finished class, no deal and no figure unless `over` says otherwise. */
export const boardRow = (number: number, over: Partial<BoardTable> = {}): BoardTable => ({
  number,
  code: `CODE${number}`,
  phase: 'finished',
  round: 4,
  rounds: 4,
  agreement: false,
  points: null,
  jointGainShare: null,
  jointGainShareUncapped: null,
  distanceToFrontier: null,
  legitimacy: null,
  namedByAll: null,
  ...over,
});

/** A class whose every table is over, with no table, ranking or chart unless `over` gives them. */
export const classBoard = (over: Partial<ClassBoard> = {}): ClassBoard => ({
  code: 'ABCDEF',
  title: 'A class',
  scenario: { id: 'x', title: 'X' },
  parties: [],
  human: [],
  allOver: true,
  tables: [],
  rankings: null,
  reference: null,
  referenceTable: null,
  offChart: [],
  history: null,
  ...over,
});

/** The board's screen showing `board`. */
export function mountedBoard(board: ClassBoard): HTMLElement {
  const state = { status: 'open', problem: null, console: null, board, received: 0, close() {} };
  const store = { getState: () => state, subscribe: () => () => {} };
  return classBoardScreen(store as never, board.code, 'http://example.org/?join').el;
}
