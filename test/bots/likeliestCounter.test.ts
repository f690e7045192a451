/**
 * The likeliest counter (src/bots/likeliestCounter.ts): in the last round the first mover the table leaves under
 * its BATNA tables, where its first candidate is unlikely carried by the parties after it, a far likelier one.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

describe('the likeliest counter', () => {
  it('tables a text the parties after it likely carry (Harborco-like 72: no deal before)', () => {
    // Round 8: Delta's round-7 table leaves Alpha under its BATNA. Its first candidate, one issue from the table
    // (Issue 4), it rated carried by the parties after it at under 0.15, and Delta and Echo sank it; it now tables
    // a text three issues away rated 0.42, which every party but Delta takes.
    const { state, first } = harborcoLastRound(72);
    expect(first?.type).toBe('propose');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
