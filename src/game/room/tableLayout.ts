/**
 * Where the seats and their texts go on the table canvas, computed from the number of seats and
 * the measured size of their texts (pure: no Phaser, so it is unit-tested on its own).
 *
 * The seats sit in two rows along a conference table, each seat's text stack (name, player,
 * stance) on the far side of its seat from the table, and the table's own lines (round, text on
 * the table) in the middle. Every seat of a row has a column of its own as wide as the row
 * allows, and each text wraps inside its column: so no text of one seat can reach another's, a
 * name is never cut, and the rows stand as far apart as the tallest stacks allow.
 */
import type { Box } from '../geometry.ts';

/**
 * The plate the centre block's texts sit on: the smallest box around them, `pad` wider on every side, or
 * null when none is drawn. Drawn over the coalition and trust lines, in the table's own colour, so a line
 * between two seats across the table never runs through the text on the table (on a projector with eight
 * seats a coalition line crossed "Text on the table (v15)").
 */
export function plateAround(boxes: readonly Box[], pad: number): Box | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x)) - pad;
  const y = Math.min(...boxes.map((b) => b.y)) - pad;
  const right = Math.max(...boxes.map((b) => b.x + b.w)) + pad;
  const bottom = Math.max(...boxes.map((b) => b.y + b.h)) + pad;
  return { x, y, w: right - x, h: bottom - y };
}

/** Space between the canvas edge and any text, and between neighbouring columns (world units). */
export const MARGIN = 12;
/** Space between a seat's outer ring and its text stack, and between the rows and the centre block. */
export const GAP = 10;

/** How many seats the top row takes (the bottom row takes the rest). */
export function topRowSize(seats: number): number {
  return Math.ceil(seats / 2);
}

/**
 * The widest a seat's text may be: its column in the fuller row, minus the gap between columns.
 * Texts are wrapped at this width before they are measured.
 */
export function wrapWidth(width: number, seats: number): number {
  const perRow = Math.max(1, topRowSize(seats));
  return Math.floor((width - 2 * MARGIN) / perRow - MARGIN);
}

export interface TableLayoutInput {
  width: number;
  height: number;
  /** Height of each seat's text stack, measured wrapped at `wrapWidth`. */
  stackHeights: number[];
  /** From a seat's centre to the outer edge of its ring (the active-seat marker). */
  seatReach: number;
  /** Height of the centre block (round, text on the table). */
  centreHeight: number;
}

export interface SeatPlace {
  /** The seat's centre. */
  x: number;
  y: number;
  /** Top row: the text stack ends `GAP` above the ring, its last line nearest the seat. */
  row: 'top' | 'bottom';
  /** Where the stack's edge nearest the seat lies (its bottom in the top row, its top in the bottom row). */
  stackEdge: number;
}

export interface TableLayout {
  seats: SeatPlace[];
  /** The top of the centre block (centred horizontally on the canvas). */
  centreTop: number;
  /** The table drawn between the rows. */
  table: Box;
  /** False when the stacks and the centre block need more height than the canvas has. */
  fits: boolean;
  /** The height between the rows left for the centre block (negative when the rows' stacks cross). */
  centreRoom: number;
}

export function layoutTable(input: TableLayoutInput): TableLayout {
  const { width, height, stackHeights, seatReach, centreHeight } = input;
  const n = stackHeights.length;
  const topN = topRowSize(n);
  const tallest = (hs: number[]) => Math.max(0, ...hs);
  const topStack = tallest(stackHeights.slice(0, topN));
  const bottomStack = tallest(stackHeights.slice(topN));
  const yTop = MARGIN + topStack + GAP + seatReach;
  const yBottom = n > topN ? height - MARGIN - bottomStack - GAP - seatReach : yTop;
  // The centre block between the rows' rings (below the one row when there is a single seat).
  const spaceTop = yTop + seatReach + GAP;
  const spaceBottom = n > topN ? yBottom - seatReach - GAP : height - MARGIN;
  const centreTop = Math.round((spaceTop + spaceBottom - centreHeight) / 2);
  const place = (count: number, row: 'top' | 'bottom', y: number): SeatPlace[] => {
    const column = (width - 2 * MARGIN) / count;
    return Array.from({ length: count }, (_, i) => ({
      x: Math.round(MARGIN + column * (i + 0.5)),
      y: Math.round(y),
      row,
      stackEdge: Math.round(row === 'top' ? y - seatReach - GAP : y + seatReach + GAP),
    }));
  };
  // The bottom row runs right to left, so the seats go round the table in their order.
  const seats = [...place(topN, 'top', yTop), ...place(n - topN, 'bottom', yBottom).reverse()];
  const tableTop = yTop - seatReach / 2;
  const tableBottom = n > topN ? yBottom + seatReach / 2 : spaceBottom;
  return {
    seats,
    centreTop,
    table: { x: MARGIN + seatReach / 2, y: tableTop, w: width - 2 * MARGIN - seatReach, h: tableBottom - tableTop },
    fits: spaceBottom - spaceTop >= centreHeight && yTop <= yBottom,
    centreRoom: yTop <= yBottom ? spaceBottom - spaceTop : Math.min(0, spaceBottom - spaceTop),
  };
}
