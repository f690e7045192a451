import { describe, expect, it } from 'vitest';
import { joinList } from '../../src/scenario/joinList.ts';

describe('joinList', () => {
  it('joins words as a sentence does', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });
});
