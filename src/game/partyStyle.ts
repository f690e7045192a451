/**
 * How a party is told apart on screen: its colour (from the scenario, whose loader fills in a
 * colour-blind-safe palette), and a shape and a short label, so that no one depends on colour alone.
 */
import type { PartyId } from '../engine/index.ts';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'star' | 'cross';
export const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond', 'pentagon', 'hexagon', 'star', 'cross'];

export function shapeFor(index: number): Shape {
  return SHAPES[index % SHAPES.length] ?? 'circle';
}

/** Vertices of a shape of radius 1 centred on 0,0 (null for the circle). */
export function shapePoints(shape: Shape): [number, number][] | null {
  const poly = (n: number, rot: number, radii: number[] = [1]) =>
    Array.from({ length: n * radii.length }, (_, i) => {
      const r = radii[i % radii.length] ?? 1;
      const a = rot + (i * 2 * Math.PI) / (n * radii.length);
      return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
    });
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
      return poly(4, Math.PI / 4).map(([x, y]) => [x * 1.15, y * 1.15]);
    case 'triangle':
      return poly(3, -Math.PI / 2).map(([x, y]) => [x * 1.2, y * 1.2 + 0.15]);
    case 'diamond':
      return poly(4, -Math.PI / 2).map(([x, y]) => [x * 1.2, y * 1.2]);
    case 'pentagon':
      return poly(5, -Math.PI / 2).map(([x, y]) => [x * 1.1, y * 1.1]);
    case 'hexagon':
      return poly(6, 0).map(([x, y]) => [x * 1.08, y * 1.08]);
    case 'star':
      return poly(5, -Math.PI / 2, [1.25, 0.55]);
    case 'cross': {
      const a = 0.38,
        b = 1.05;
      return [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ];
    }
  }
}

/** A short label for a party: initials of its name (e.g. "European Commission" → "EC"). */
export function labelFor(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(of|the|and|for|de|des|du|la|le|et|on)$/i.test(w));
  const initials = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return (initials || name.slice(0, 2)).slice(0, 3);
}

/** An inline SVG mark (shape in the party's colour) for DOM text, e.g. in the log and setup. */
export function partyMarkSvg(shape: Shape, colour: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '-1.4 -1.4 2.8 2.8');
  svg.setAttribute('aria-hidden', 'true');
  const pts = shapePoints(shape);
  const el = pts === null ? document.createElementNS(ns, 'circle') : document.createElementNS(ns, 'polygon');
  if (pts === null) {
    el.setAttribute('r', '1.1');
  } else {
    el.setAttribute('points', pts.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(' '));
  }
  el.setAttribute('fill', colour);
  el.setAttribute('stroke', '#000');
  el.setAttribute('stroke-width', '0.18');
  svg.appendChild(el);
  return svg;
}

export interface PartyLook {
  id: PartyId;
  name: string;
  colour: string;
  shape: Shape;
  label: string;
}

export function looksFor(parties: { id: PartyId; name: string; colour: string }[]): Record<PartyId, PartyLook> {
  const out: Record<PartyId, PartyLook> = {};
  parties.forEach((p, i) => {
    out[p.id] = { id: p.id, name: p.name, colour: p.colour, shape: shapeFor(i), label: labelFor(p.name) };
  });
  return out;
}
