/**
 * Boxes on a drawing (the table canvas's texts, the outcome chart's labels): the one rectangle type
 * and its tests, shared by the table's layout (room/tableLayout.ts) and the chart's label placement
 * (widgets/chart/labelPlacement.ts).
 */

/** A rectangle in the drawing's units: top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The area two boxes share (0 when they do not meet). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
