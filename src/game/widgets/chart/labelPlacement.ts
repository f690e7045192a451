/**
 * Where the chart's point labels go ("T4", "T1–T3, T5", "the real deal (2016-02-02)", a text's
 * number): each beside its own point, clear of the other labels and of the drawn marks, inside the
 * plot. A class board of twelve tables put its labels on a fixed side of each point, so those of
 * nearby tables were written over one another and over the real deal's triangle.
 *
 * Greedy, in the order given (the caller puts the labels that matter most first): each label takes the
 * first of its candidate positions that is free, trying the sides next to its point before positions
 * a line further away (those draw a short leader line to the point); if none is free, the same places
 * slid sideways into the plot (with a leader line), and failing all, the one covering least. The SVG is
 * built before it is shown, so nothing can be measured: widths are estimated from the characters, on the
 * generous side, with the reader's own letter and word spacing (readerSpacing.ts).
 */
import { overlapArea, type Box } from '../../geometry.ts';
import { NO_SPACING, spacingEm, type TextSpacing } from './readerSpacing.ts';

export interface LabelRequest {
  /** The point labelled, in the chart's units. */
  x: number;
  y: number;
  /** Half the size of the mark drawn at the point: the label keeps clear of it. */
  radius: number;
  text: string;
  /** Sides tried first, in order (the rest follow). */
  prefer?: readonly Side[];
}

export type Side = 'above-right' | 'above-left' | 'below-right' | 'below-left' | 'right' | 'left';
const SIDES: readonly Side[] = ['above-right', 'above-left', 'below-right', 'below-left', 'right', 'left'];

export interface PlacedLabel {
  /** The text's anchor point (its baseline) and alignment, as SVG's text attributes take them. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
  /** Where a leader line runs from the point to the label, when the label sits away from its point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Characters narrower than most (about a third of the font size); every other one is taken as 0.62 em. */
const NARROW = new Set([..." ,.;:!|()[]'’-1iljtfrI"]);

/** The estimated width of `text` at `fontSize`, bold, with the reader's `spacing` (readerSpacing.ts). */
export function textWidth(text: string, fontSize: number, spacing: TextSpacing = NO_SPACING): number {
  let em = spacingEm(text, spacing);
  for (const ch of text) em += NARROW.has(ch) ? 0.36 : 0.62;
  return em * fontSize;
}

/**
 * How much nearer a label stays to its own mark than to any other, in font sizes: a label about as
 * near two marks reads as naming either.
 */
const CLEARANCE = 0.75;

/** The space kept between two labels side by side, in font sizes. */
const LABEL_SPACE = 0.6;

/** How many rings of candidates, each a line further from the point (the first touches its mark). */
const RINGS = 3;

function candidate(r: LabelRequest, side: Side, ring: number, fontSize: number, spacing: TextSpacing): PlacedLabel {
  const w = textWidth(r.text, fontSize, spacing);
  // The box spans the line as the browser boxes it: 0.95 em above the baseline, 0.3 em under it.
  const ascent = 0.95 * fontSize;
  const descent = 0.3 * fontSize;
  const gap = r.radius + 4;
  const away = ring * 1.3 * fontSize;
  const right = side.endsWith('right');
  let baseline: number;
  if (side.startsWith('above')) baseline = r.y - gap - descent - away;
  else if (side.startsWith('below')) baseline = r.y + gap + ascent + away;
  else baseline = r.y + (ascent - descent) / 2 + (ring === 0 ? 0 : ring % 2 ? -away : away);
  const sideways = side === 'right' || side === 'left' ? gap + 2 : gap / 2;
  const x = right ? r.x + sideways : r.x - sideways;
  const box = { x: right ? x : x - w, y: baseline - ascent, w, h: ascent + descent };
  const leader =
    ring === 0
      ? null
      : {
          x1: r.x,
          y1: r.y,
          x2: right ? box.x : box.x + box.w,
          y2: Math.min(Math.max(r.y, box.y), box.y + box.h),
        };
  return { x, y: baseline, anchor: right ? 'start' : 'end', box, leader };
}

/**
 * `c` moved sideways until it lies within the plot's width, with a leader line from the point to its nearest
 * edge; null when it already does (or is wider than the plot).
 */
function slidInto(c: PlacedLabel, r: LabelRequest, area: Box): PlacedLabel | null {
  const { box } = c;
  const shift =
    box.x < area.x ? area.x - box.x : box.x + box.w > area.x + area.w ? area.x + area.w - (box.x + box.w) : 0;
  if (shift === 0 || box.w > area.w) return null;
  const moved = { ...box, x: box.x + shift };
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  return {
    ...c,
    x: c.x + shift,
    box: moved,
    leader: {
      x1: r.x,
      y1: r.y,
      x2: clamp(r.x, moved.x, moved.x + moved.w),
      y2: clamp(r.y, moved.y, moved.y + moved.h),
    },
  };
}

/** How much of `box` lies outside `area`. */
function outside(box: Box, area: Box): number {
  return box.w * box.h - overlapArea(box, area);
}

/** A mark drawn at (x, y), `radius` its half-size. */
export interface Mark {
  x: number;
  y: number;
  radius: number;
}

/** The distance from (x, y) to the nearest point of `box`. */
function distance(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.w));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.h));
  return Math.hypot(dx, dy);
}

/**
 * One placed label per request, in the same order. `marks` are the marks drawn (each table's dot, the
 * Nash points, the real deal, the texts' dots): labels keep off them as well as off each other, and a
 * label never sits about as near another mark as its own (read beside a mark, it would name that one).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  marks: readonly Mark[],
  area: Box,
  fontSize: number,
  spacing: TextSpacing = NO_SPACING,
): PlacedLabel[] {
  const taken: Box[] = marks.map((m) => markBox(m.x, m.y, m.radius));
  return requests.map((r) => {
    const sides = [...(r.prefer ?? []), ...SIDES.filter((s) => !r.prefer?.includes(s))];
    const others = marks.filter((m) => m.x !== r.x || m.y !== r.y);
    let best = null as PlacedLabel | null;
    let bestCost = Infinity;
    const consider = (c: PlacedLabel) => {
      const own = distance(c.box, r.x, r.y);
      const nearer = others.some((m) => distance(c.box, m.x, m.y) < own + CLEARANCE * fontSize);
      // Leaving the plot costs more than covering a mark: a label cut by the edge cannot be read.
      const cost =
        taken.reduce((sum, b) => sum + overlapArea(c.box, b), 0) +
        4 * outside(c.box, area) +
        (nearer ? c.box.w * c.box.h : 0);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    };
    const tried: PlacedLabel[] = [];
    for (let ring = 0; ring < RINGS && bestCost > 0; ring++)
      for (const side of sides) {
        const c = candidate(r, side, ring, fontSize, spacing);
        tried.push(c);
        consider(c);
        if (bestCost === 0) break;
      }
    // No side is free: the same places slid along their line into the plot, joined to the point by a leader
    // line. A long label near the edge of a crowded plot (the real deal's, under a reader's letter spacing)
    // took the place that covered least, past the chart's edge, where it was cut.
    for (const c of tried) {
      if (bestCost === 0) break;
      const slid = slidInto(c, r, area);
      if (slid) consider(slid);
    }
    const placed = best as PlacedLabel;
    // Labels keep a space between them, or two on one line read as one ("… (2016-02-02) T9, T11").
    const pad = LABEL_SPACE * fontSize;
    taken.push({ ...placed.box, x: placed.box.x - pad, w: placed.box.w + 2 * pad });
    return placed;
  });
}

/** The box of a mark of half-size `radius` at (x, y). */
export const markBox = (x: number, y: number, radius: number): Box => ({
  x: x - radius,
  y: y - radius,
  w: 2 * radius,
  h: 2 * radius,
});
