/**
 * Axis titles that fit their axis (widgets/chart/axisTitle.ts): the debrief chart's titles are party
 * names, up to 80 characters in the library (the pathogen scenario's), which on one line ran past the
 * chart's edges on every screen.
 */
import { describe, expect, it } from 'vitest';
import { axisTitle } from '../../src/game/widgets/chart/axisTitle.ts';

const LONGEST = 'Pathogen-providing countries (Indonesia, the Africa Group, the Group for Equity) (points)';
/** The estimate the module uses: a line of n characters takes n × 0.6 em. */
const width = (line: string, size: number) => line.length * 0.6 * size;

describe('axis titles', () => {
  it('keep a short title on one line at full size', () => {
    expect(axisTitle('Insurers (points)', 500, 26)).toEqual({ lines: ['Insurers (points)'], fontSize: 26 });
  });

  it('wrap the library’s longest name at word boundaries, within the axis, at full size', () => {
    for (const length of [500, 780]) {
      const t = axisTitle(LONGEST, length, 26);
      expect(t.fontSize).toBe(26);
      expect(t.lines.length).toBeGreaterThan(1);
      expect(t.lines.length).toBeLessThanOrEqual(3);
      expect(t.lines.join(' ')).toBe(LONGEST);
      for (const line of t.lines) expect(width(line, t.fontSize)).toBeLessThanOrEqual(length);
    }
  });

  it('set a longer title smaller, never under 24 units, and end it with an ellipsis past that', () => {
    const long = `${LONGEST} ${LONGEST} ${LONGEST}`;
    const t = axisTitle(long, 500, 26);
    expect(t.fontSize).toBe(24);
    expect(t.lines).toHaveLength(3);
    expect(t.lines[2]?.endsWith('…')).toBe(true);
    for (const line of t.lines) expect(width(line, t.fontSize)).toBeLessThanOrEqual(500);
  });

  it('wrap sooner under a reader’s letter and word spacing (WCAG 1.4.12), each line within the axis', () => {
    const spacing = { letter: 0.12, word: 0.16 };
    const spaced = (line: string, size: number) =>
      size * (line.length * (0.6 + 0.12) + (line.split(' ').length - 1) * 0.16);
    const plain = axisTitle(LONGEST, 780, 26);
    const t = axisTitle(LONGEST, 780, 26, spacing);
    expect(t.lines.length).toBeGreaterThan(plain.lines.length);
    expect(t.lines.join(' ')).toBe(LONGEST);
    for (const line of t.lines) expect(spaced(line, t.fontSize)).toBeLessThanOrEqual(780);
  });
});
