/**
 * The likelier last shot's winner's curse (src/bots/likelierLastShot.ts): the first mover ranks the end game's
 * candidates by their chance less 0.05 per issue each changes on the table (nearLastShot.ts `nearChance`), not by
 * their chance alone, so a text far from the table no longer wins on a reading the models overrate.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

describe("the likelier last shot's candidate, less its distance from the table", () => {
  it('backs the table rather than a text farther away (Harborco-like 495: no deal without the distance)', () => {
    // Round 8: ranked by chance alone, Alpha's likeliest candidate beat the table and was tabled, then sunk; less
    // its distance from the table it does not, and Alpha backs the table, which passes. (Seed 697 showed it before
    // the tour de table; there Alpha now re-tables a text the parties said they could live with, statedLastShot.ts.)
    const { state, first } = harborcoLastRound(495);
    expect(first?.type).toBe('support');
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('tables the text nearer the table among those about as likely (Harborco-like 738: no deal before)', () => {
    // Round 8: the table is rated carried at 0.03; the likeliest candidate (0.69) changes three issues on it, one
    // rated 0.68 two. Alpha tables the nearer one, which passes (only Foxtrot, not required, under its BATNA).
    const { state, first } = harborcoLastRound(738);
    expect(first?.type).toBe('propose');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
