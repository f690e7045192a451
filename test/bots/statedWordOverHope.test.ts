/**
 * The stated last shot (src/bots/statedLastShot.ts) weighs a table that would pass by the parties' word: a later
 * mover that the models only hope will take the table has said nothing, so it does not count against an earlier text
 * the parties said they could live with.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

describe('a table hoped for against a text the parties said they could live with', () => {
  it('gives way to the text on record (Harborco-like 501)', () => {
    // Round 8 opens on text 40, which Bravo (required, moving second) has not spoken of. Counting Bravo and three
    // others as taking it on the models' hope, Alpha backed it; Bravo refused it and the game ended without a deal.
    // Text 34 was named by every party but Delta, Bravo included: Alpha tables it again and it passes.
    const { state, moves } = harborcoLastRound(501, 'alpha-party');
    expect(moves[0]?.reason).toContain('tables text 34 again');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
