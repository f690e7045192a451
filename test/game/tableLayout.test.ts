import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../src/game/geometry.ts';
import { GAP, MARGIN, layoutTable, plateAround, topRowSize, wrapWidth } from '../../src/game/room/tableLayout.ts';

const W = 1440;
const H = 1080;

/** The boxes the scene would draw: each seat's stack (at the wrap width) and ring, and the centre block. */
function boxes(stackHeights: number[], reach: number, centre: { w: number; h: number }): Box[] {
  const layout = layoutTable({ width: W, height: H, stackHeights, seatReach: reach, centreHeight: centre.h });
  expect(layout.fits).toBe(true);
  const wrap = wrapWidth(W, stackHeights.length);
  const out: Box[] = [{ x: W / 2 - centre.w / 2, y: layout.centreTop, w: centre.w, h: centre.h }];
  layout.seats.forEach((s, i) => {
    const h = stackHeights[i] ?? 0;
    out.push({ x: s.x - wrap / 2, y: s.row === 'top' ? s.stackEdge - h : s.stackEdge, w: wrap, h });
    out.push({ x: s.x - reach, y: s.y - reach, w: 2 * reach, h: 2 * reach });
  });
  return out;
}

describe('the table layout', () => {
  it('splits the seats into two rows, the top one never smaller', () => {
    expect([1, 2, 5, 8, 9].map(topRowSize)).toEqual([1, 1, 3, 4, 5]);
  });

  it.each([2, 3, 5, 7, 8])(
    'with %i seats no stack, seat or centre block overlaps another, all inside the canvas',
    (n) => {
      const heights = Array.from({ length: n }, (_, i) => 120 + (i % 3) * 45);
      const all = boxes(heights, 84, { w: 600, h: 200 });
      for (let i = 0; i < all.length; i++) {
        const a = all[i] as Box;
        expect(a.x).toBeGreaterThanOrEqual(MARGIN - 1);
        expect(a.y).toBeGreaterThanOrEqual(MARGIN - 1);
        expect(a.x + a.w).toBeLessThanOrEqual(W - MARGIN + 1);
        expect(a.y + a.h).toBeLessThanOrEqual(H - MARGIN + 1);
        for (let j = i + 1; j < all.length; j++)
          expect(intersects(a, all[j] as Box), `boxes ${i} and ${j}`).toBe(false);
      }
    },
  );

  it('goes round the table in the seats’ order (the bottom row right to left)', () => {
    const layout = layoutTable({
      width: W,
      height: H,
      stackHeights: [100, 100, 100, 100, 100],
      seatReach: 80,
      centreHeight: 150,
    });
    const xs = layout.seats.map((s) => s.x);
    expect(layout.seats.map((s) => s.row)).toEqual(['top', 'top', 'top', 'bottom', 'bottom']);
    expect(xs[0]).toBeLessThan(xs[1] as number);
    expect(xs[3]).toBeGreaterThan(xs[4] as number);
  });

  it('moves the rows apart only as far as the tallest stacks need', () => {
    const short = layoutTable({ width: W, height: H, stackHeights: [80, 80], seatReach: 80, centreHeight: 150 });
    const tall = layoutTable({ width: W, height: H, stackHeights: [200, 80], seatReach: 80, centreHeight: 150 });
    expect(short.seats[0]?.y).toBe(MARGIN + 80 + GAP + 80);
    expect(tall.seats[0]?.y).toBe(MARGIN + 200 + GAP + 80);
    expect(tall.seats[1]?.y).toBe(short.seats[1]?.y);
  });

  it('says when the texts need more height than the canvas has, and how much room the centre keeps', () => {
    expect(layoutTable({ width: W, height: H, stackHeights: [400, 400], seatReach: 80, centreHeight: 200 }).fits).toBe(
      false,
    );
    // Room between the rows' rings for the centre block: what the canvas shrinks its texts by (tableScene.ts).
    const roomy = layoutTable({ width: W, height: H, stackHeights: [100, 100], seatReach: 80, centreHeight: 150 });
    expect(roomy.fits).toBe(true);
    expect(roomy.centreRoom).toBe(H - 2 * (MARGIN + 100 + GAP + 80 + 80 + GAP));
    // A phone's large texts: the rows' stacks cross, and no room is left at all.
    const crossed = layoutTable({ width: W, height: H, stackHeights: [600, 600], seatReach: 80, centreHeight: 150 });
    expect(crossed.fits).toBe(false);
    expect(crossed.centreRoom).toBeLessThanOrEqual(0);
  });

  it('puts the centre block on a plate around all its texts, padded; none without texts', () => {
    const heading = { x: 500, y: 400, w: 440, h: 40 };
    const count = { x: 560, y: 442, w: 320, h: 34 };
    expect(plateAround([heading, count], 10)).toEqual({ x: 490, y: 390, w: 460, h: 96 });
    expect(plateAround([], 10)).toBeNull();
  });
});
