/**
 * The stated joint choice (src/bots/statedJointChoice.ts): in the last round, among the earlier texts the parties
 * said they could live with and the rule would carry on their word, the first mover tables the one its models say
 * gives the table the most, not the one best for itself; and a table that would pass gives way to such a text as
 * many seated parties said they could live with, where the models say it gives the table more.
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { harborcoLastRound } from './support.ts';

/** Alpha's first last-round move, its reason, and the deal's joint gain over the best carriable. */
function play(seed: number) {
  const { state, moves } = harborcoLastRound(seed, 'alpha-party');
  return { state, reason: moves[0]?.reason ?? '', share: gameMetrics(state).shareOfFeasibleJointGain ?? 0 };
}

describe('the text the parties said they could live with that gives the table most', () => {
  it('is chosen over the one best for the chooser (Harborco-like 102)', () => {
    // Before, Alpha re-tabled text 8, worth 51 points over its BATNA to it and 35 under to Delta: 49% of the best
    // carriable joint gain. Text 19, which the same parties said they could live with, gives Alpha 24 over its
    // BATNA and the table 84% of the best carriable.
    const { state, reason, share } = play(102);
    expect(reason).toContain('tables text 19 again');
    expect(state.outcome?.kind).toBe('agreement');
    expect(share).toBeGreaterThan(0.8);
  });

  it('replaces a table that would pass, said as widely (Harborco-like 56)', () => {
    // Before, Alpha, at its BATNA, backed the table, which passed at 38% of the best carriable joint gain. Text 23,
    // which as many seated parties said they could live with, is the best carriable package, and passes.
    const { state, reason, share } = play(56);
    expect(reason).toContain('tables text 23 again');
    expect(state.outcome?.kind).toBe('agreement');
    expect(share).toBeCloseTo(1);
  });
});
