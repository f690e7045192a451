/** A package's public legitimacy (src/scenario/legitimacy.ts): the weighted average of its options' legitimacy. */
import { describe, expect, it } from 'vitest';
import { packageLegitimacy } from '../../src/scenario/legitimacy.ts';

describe('package legitimacy', () => {
  const table = { a: { x: 20, y: 80 }, b: { x: 50, y: 100 } };

  it('is the weighted average of the chosen options', () => {
    expect(packageLegitimacy(table, { a: 1, b: 3 }, { a: 'x', b: 'y' })).toBe(80); // (20 + 300) / 4
  });

  it('is 50, neutral, when nothing weighs: no option chosen, or every weight 0', () => {
    expect(packageLegitimacy(table, { a: 1, b: 1 }, {})).toBe(50);
    expect(packageLegitimacy(table, { a: 0, b: 0 }, { a: 'x', b: 'x' })).toBe(50);
  });
});
