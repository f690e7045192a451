/**
 * The believability judge of the bots bench (src/bots/topIssue.ts): which options a party may not back
 * because they are its lowest on an issue it cares most about.
 */
import { describe, expect, it } from 'vitest';
import { holdsLowestOnTopIssue, lowestOnTopIssues } from '../../src/bots/topIssue.ts';

const sheet = (points: number[][]) => ({
  issueIds: points.map((_, i) => `i${i}`),
  options: points.map((row, i) => row.map((_, o) => `i${i}o${o}`)),
  points,
});

describe('lowest option on a top issue', () => {
  it('bars the lowest option of the issue whose points spread widest, and nothing elsewhere', () => {
    const lowest = lowestOnTopIssues(
      sheet([
        [0, 40, 60],
        [10, 20, 5],
      ]),
    );
    expect([...lowest]).toEqual([['i0', new Set(['i0o0'])]]);
    expect(holdsLowestOnTopIssue(lowest, { i0: 'i0o0', i1: 'i1o1' })).toBe(true);
    expect(holdsLowestOnTopIssue(lowest, { i0: 'i0o1', i1: 'i1o2' })).toBe(false);
  });

  it('counts every tied top issue and every tied lowest option', () => {
    const lowest = lowestOnTopIssues(
      sheet([
        [0, 0, 30],
        [5, 35, 20],
      ]),
    );
    expect(lowest.get('i0')).toEqual(new Set(['i0o0', 'i0o1']));
    expect(lowest.get('i1')).toEqual(new Set(['i1o0']));
  });

  it('bars nothing on a flat sheet, nor where every other option is closed to the deal', () => {
    expect(
      lowestOnTopIssues(
        sheet([
          [7, 7],
          [3, 3],
        ]),
      ).size,
    ).toBe(0);
    const closed = (issue: string, option: string) => issue === 'i0' && option !== 'i0o0';
    expect(
      lowestOnTopIssues(
        sheet([
          [0, 40, 60],
          [10, 20, 5],
        ]),
        closed,
      ).size,
    ).toBe(0);
  });
});
