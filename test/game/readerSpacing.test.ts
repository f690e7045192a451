// @vitest-environment jsdom
/**
 * The reader's own text spacing as the chart reads it (widgets/chart/readerSpacing.ts): the body's letter and word
 * spacing in em of its font size (WCAG 1.4.12's 0.12 em and 0.16 em), none where the page sets none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NO_SPACING, readerSpacing, spacingEm } from '../../src/game/widgets/chart/readerSpacing.ts';

afterEach(() => document.body.removeAttribute('style'));

describe('the reader’s text spacing', () => {
  it('is none where the page sets none', () => {
    expect(readerSpacing()).toEqual(NO_SPACING);
  });

  it('reads the body’s letter and word spacing, in em of its font size', () => {
    document.body.style.fontSize = '20px';
    document.body.style.letterSpacing = '2.4px';
    document.body.style.wordSpacing = '3.2px';
    const spacing = readerSpacing();
    expect(spacing.letter).toBeCloseTo(0.12, 6);
    expect(spacing.word).toBeCloseTo(0.16, 6);
    // "a b": three characters and one space.
    expect(spacingEm('a b', spacing)).toBeCloseTo(3 * 0.12 + 0.16, 6);
  });
});
