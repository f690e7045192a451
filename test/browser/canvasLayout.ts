/**
 * The table canvas's layout as its test hook reports it (src/game/testHooks.ts), and every check of
 * it: no two texts overlap, every text inside the canvas and at least `minPx` as displayed, every
 * name whole, the centre's texts on their plate over the lines. The single-device room
 * (table.test.ts) and a classroom table's projector (classSizes.test.ts) are held to the same rules.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { DrawnLabel } from '../../src/game/room/tableScene.ts';
import { intersects, type Box } from '../../src/game/geometry.ts';

export interface Drawn {
  labels: DrawnLabel[];
  /** The plate under the centre block, drawn over the coalition and trust lines. */
  plate: Box | null;
  cssWidth: number;
  worldWidth: number;
}

export async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const sizes = window.__accord?.canvasTextSizes();
    return {
      labels: window.__accord?.canvasLabels() ?? [],
      plate: window.__accord?.canvasPlate() ?? null,
      cssWidth: sizes?.cssWidth ?? 0,
      worldWidth: sizes?.worldWidth ?? 1,
    };
  });
}

/** Every check of the layout, with the minimum displayed size `minPx`. */
export function checkLayout(d: Drawn, names: string[], minPx: number, what: string): void {
  const { labels } = d;
  expect(
    labels.filter((l) => l.kind === 'seat'),
    what,
  ).toHaveLength(names.length);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i] as DrawnLabel;
    const at = `${what}: “${a.text}”`;
    expect(a.box.x, at).toBeGreaterThanOrEqual(0);
    expect(a.box.y, at).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.w, at).toBeLessThanOrEqual(1440);
    expect(a.box.y + a.box.h, at).toBeLessThanOrEqual(1080);
    if (a.kind !== 'seat')
      expect((a.font * d.cssWidth) / d.worldWidth, `${at} as displayed`).toBeGreaterThanOrEqual(minPx - 0.01);
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j] as DrawnLabel;
      // A seat's label is drawn on the seat; two seats' rings may touch (they are not text).
      if ([a.kind, b.kind].includes('seat') && [a.kind, b.kind].some((k) => k === 'seat' || k === 'label')) continue;
      expect(intersects(a.box, b.box), `${at} overlaps “${b.text}”`).toBe(false);
    }
  }
  // No coalition or trust line runs through the text on the table: its texts sit on the plate drawn over them.
  for (const c of labels.filter((l) => l.kind === 'centre')) {
    const p = d.plate;
    const on =
      p !== null &&
      p.x <= c.box.x &&
      p.y <= c.box.y &&
      c.box.x + c.box.w <= p.x + p.w &&
      c.box.y + c.box.h <= p.y + p.h;
    expect(on, `${what}: “${c.text}” on the plate over the lines`).toBe(true);
  }
  // Each text breaks between its words or after a hyphen: inside a word only when a line holds nothing else and
  // that part has no hyphen to break after ("Maximiliane-Charlott / e" was drawn before wrapLines.ts).
  for (const l of labels) {
    let at = 0;
    for (const [i, line] of l.lines.entries()) {
      while (l.text[at] === ' ' || l.text[at] === '\n') at++;
      expect(l.text.startsWith(line, at), `${what}: “${l.text}” drawn as ${l.lines.join(' / ')}`).toBe(true);
      at += line.length;
      const inside = i + 1 < l.lines.length && !line.endsWith('-') && l.text[at] !== ' ' && l.text[at] !== '\n';
      if (inside)
        expect(
          !line.includes(' ') && !line.includes('-'),
          `${what}: “${l.text}” broken inside a word: ${l.lines.join(' / ')}`,
        ).toBe(true);
    }
  }
  // Every name whole: drawn as the scenario gives it (wrapped, never shortened).
  expect(
    labels
      .filter((l) => l.kind === 'name')
      .map((l) => l.text)
      .sort(),
    what,
  ).toEqual([...names].sort());
}
