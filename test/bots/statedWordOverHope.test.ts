/**
 * The stated last shot (src/bots/statedLastShot.ts) weighs a table that would pass by the parties' word: a later
 * mover that the models only hope will take the table has said nothing, so it does not count against an earlier text
 * the parties said they could live with; but one that said it could live with the text the table amends (one issue
 * changed), and that the models expect to take the table, counts for it.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/index.ts';
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

  it('but not against a table amended from a text the hoped-for parties named (Harborco-like 526)', () => {
    // Round 8 opens on text 34, Echo's amendment of text 33 (one issue changed), which Bravo, Charlie and Delta had
    // said they could live with before it was amended. Counted on words alone, Alpha tabled 33 again, which Echo had
    // said it could not live with: the deal passed with Echo under its BATNA. Alpha backs 34, and every party ends
    // at or above its BATNA.
    const { state, moves } = harborcoLastRound(526, 'alpha-party');
    expect(moves[0]?.action.type).toBe('support');
    expect(state.outcome?.kind).toBe('agreement');
    expect(Object.values(score(state).parties).every((p) => p.surplus >= 0)).toBe(true);
  });
});
