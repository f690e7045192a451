/**
 * The near last shot (src/bots/nearLastShot.ts): in the last round the first mover tables a candidate near the
 * table and far likelier carried than it even where the candidate leaves one party out likelier than the table.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

describe('the near last shot', () => {
  it('replaces a table rated unlikely carried with a text one issue away that leaves one party out (Harborco-like 271)', () => {
    // Round 8: Alpha rates the table carried at 0.28, a text one issue away at 0.77; the text moves Delta, behind
    // the table, under its floor. Before, Alpha backed the table, which the parties yet to state on it sank.
    const { state, first } = harborcoLastRound(271);
    expect(['amend', 'propose']).toContain(first?.type);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('does the same where the table is its author’s alone (Harborco-like 498)', () => {
    const { state, first } = harborcoLastRound(498);
    expect(['amend', 'propose']).toContain(first?.type);
    expect(state.outcome?.kind).toBe('agreement');
  });
});
