/**
 * The chart's point labels (labelPlacement.ts): clear of each other and of every mark, inside the
 * plot, and each beside its own mark (or joined to it by a leader line), never read as another's.
 * The crowded case is a class board of twelve Safe Harbor tables (seed 9): eight tables on one point,
 * the rest near it and near the real deal, where the labels were written over one another.
 */
import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../src/game/geometry.ts';
import {
  markBox,
  placeLabels,
  textWidth,
  type LabelRequest,
  type Mark,
} from '../../src/game/widgets/chart/labelPlacement.ts';

const FONT = 24;
/** The plot of that board: its y title takes two lines, so the plot starts 120 units in. */
const AREA: Box = { x: 119.9, y: 20, w: 656.1, h: 500 };

const inside = (b: Box, area: Box) =>
  b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.w && b.y + b.h <= area.y + area.h;
function distance(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.w));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.h));
  return Math.hypot(dx, dy);
}

/** The twelve-table board in the chart's units: the real deal, four table marks, the Nash point. */
const history: Mark = { x: 447.95, y: 166.43, radius: 14 };
const tables: { mark: Mark; text: string }[] = [
  { mark: { x: 628.38, y: 162.86, radius: 10 }, text: 'T1–T3, T5, T6, T8, T10, T12' },
  { mark: { x: 529.96, y: 173.57, radius: 10 }, text: 'T9, T11' },
  { mark: { x: 570.97, y: 134.29, radius: 10 }, text: 'T4' },
  { mark: { x: 464.35, y: 162.86, radius: 10 }, text: 'T7' },
];
const nash: Mark = { x: 636.58, y: 145, radius: 14 };
const marks = [...tables.map((t) => t.mark), nash, history];
const requests: LabelRequest[] = [
  { ...history, text: 'the real deal (2016-02-02)', prefer: ['below-right', 'below-left'] },
  ...tables.map((t) => ({ ...t.mark, text: t.text })),
];

describe('chart labels', () => {
  const placed = placeLabels(requests, marks, AREA, FONT);

  it('on a crowded class board, cover no other label and no mark, and stay inside the plot', () => {
    placed.forEach((p, i) => {
      expect(inside(p.box, AREA), requests[i]!.text).toBe(true);
      for (const m of marks) expect(intersects(p.box, markBox(m.x, m.y, m.radius)), requests[i]!.text).toBe(false);
      placed.forEach((q, j) => {
        if (j !== i) expect(intersects(p.box, q.box), `${requests[i]!.text} / ${requests[j]!.text}`).toBe(false);
      });
    });
  });

  it('sit nearer their own mark than any other (T7 is 16 units from the real deal), or draw a leader line to it', () => {
    placed.forEach((p, i) => {
      const r = requests[i]!;
      if (p.leader) {
        expect([p.leader.x1, p.leader.y1]).toEqual([r.x, r.y]);
        return;
      }
      const own = distance(p.box, r.x, r.y);
      for (const m of marks.filter((m) => m.x !== r.x || m.y !== r.y))
        expect(distance(p.box, m.x, m.y), `${r.text} beside another mark`).toBeGreaterThan(own + FONT / 3);
    });
  });

  it('take the preferred side when it is free, and read leftwards at the right edge of the plot', () => {
    const [left] = placeLabels([{ x: 200, y: 300, radius: 10, text: 'T1', prefer: ['above-right'] }], [], AREA, FONT);
    expect(left!.anchor).toBe('start');
    expect(left!.box.y + left!.box.h).toBeLessThan(300);
    expect(left!.leader).toBeNull();
    const [edge] = placeLabels(
      [{ x: 770, y: 300, radius: 10, text: 'T1–T4, T7', prefer: ['above-right'] }],
      [],
      AREA,
      FONT,
    );
    expect(edge!.anchor).toBe('end');
    expect(inside(edge!.box, AREA)).toBe(true);
  });

  it('estimates a label at least as wide as the browser draws it (measured in Chromium, bold, 24 units)', () => {
    expect(textWidth('T1–T3, T5, T6, T8, T10, T12', 24)).toBeGreaterThanOrEqual(304.7);
    expect(textWidth('the real deal (2016-02-02)', 24)).toBeGreaterThanOrEqual(301.8);
    expect(textWidth('T9, T11', 24)).toBeGreaterThanOrEqual(78.1);
  });

  // WCAG 1.4.12: a reader's style sheet may add 0.12 em after each letter and 0.16 em to each space.
  const READER = { letter: 0.12, word: 0.16 };

  it('estimates a label at least as wide as the browser draws it under a reader’s text spacing', () => {
    const text = 'the real deal (2015-12-15)';
    // Measured in Chromium on the GDPR debrief of a phone with that style: 376 units.
    expect(textWidth(text, 24, READER)).toBeGreaterThanOrEqual(376);
    expect(textWidth(text, 24, READER)).toBeCloseTo(textWidth(text, 24) + 24 * (26 * 0.12 + 3 * 0.16), 6);
  });

  it('slides a long label into the plot, with a leader line, where no side of its point is free', () => {
    // A phone's GDPR debrief under that spacing (the marks as drawn): the real deal shares its spot with the
    // last text's dot, the other texts crowd its left and the Nash points its upper right. The label took the
    // place covering least, past the chart's right edge (cut at 800 units).
    const area: Box = { x: 149.8, y: 20, w: 626.2, h: 470 };
    const deal: Mark = { x: 507.6, y: 238.1, radius: 14 };
    const dots: Mark[] = [
      [409.2, 89.6],
      [507.6, 238.1],
      [476.3, 110.3],
      [422.6, 302.1],
      [409.2, 134.7],
      [471.8, 223.1],
      [445.0, 149.7],
      [436.1, 191.1],
      [400.3, 176.1],
      [436.1, 223.1],
      [445.0, 181.7],
    ].map(([x, y]) => ({ x: x!, y: y!, radius: 8 }));
    const nash: Mark[] = [
      { x: 480.8, y: 181.7, radius: 14 },
      { x: 579.2, y: 153.5, radius: 14 },
    ];
    const [label] = placeLabels(
      [{ ...deal, text: 'the real deal (2015-12-15)', prefer: ['below-right', 'below-left'] }],
      [...dots, ...nash, deal],
      area,
      FONT,
      READER,
    );
    expect(inside(label!.box, area)).toBe(true);
    expect(label!.leader).not.toBeNull();
    expect([label!.leader!.x1, label!.leader!.y1]).toEqual([deal.x, deal.y]);
    for (const m of [...dots, ...nash].filter((m) => m.x !== deal.x || m.y !== deal.y))
      expect(intersects(label!.box, markBox(m.x, m.y, m.radius)), `covers the mark at ${m.x}, ${m.y}`).toBe(false);
  });
});
