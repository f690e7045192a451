/**
 * The likelier last shot (src/bots/likelierLastShot.ts): in the last round the first mover tables a text far
 * likelier carried than the table, on its estimates, rather than back a table the parties yet to state on it
 * will likely sink.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

describe('the likelier last shot', () => {
  it('replaces a table the unheard parties likely sink (Harborco-like 20: no deal before)', () => {
    // Round 8: Foxtrot's round-7 table leaves Bravo, Delta and Echo under their BATNAs, and none of them has
    // stated on it; Delta and Echo tabled texts in round 7 that Alpha's models put above the table (Delta's by
    // more than 0.1), so Alpha rates the table carried at 0.17 against 0.62 for its best candidate.
    const { state, first } = harborcoLastRound(20);
    expect(['amend', 'propose']).toContain(first?.type);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('replaces, by a smaller margin, a table no party but its author has stated on (Harborco-like 89)', () => {
    // Round 8: Golf tabled the table last in round 7; Alpha rates it carried at 0.34, its best candidate at 0.61
    // (likelier by less than LIKELIER). Its text passes with every party at or above its BATNA; no deal before.
    const { state, first } = harborcoLastRound(89);
    expect(['amend', 'propose']).toContain(first?.type);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it("reads the unheard table near an end-game author's floor by the table's own calibration (Harborco-like 51)", () => {
    // Round 8: the table, tabled last in round 7, sits within 0.2 of an end-game author's estimated floor, which
    // AUTHORED rates 0.8–0.95 but such tables left the party taking it in 70% of cases (TABLE_NEAR_CHANCE): Alpha
    // rates the table carried at 0.52 (0.65 before) against 0.74 for its candidate, and tables the candidate after
    // its coalition offer; it passes (no deal before).
    const { state, moves } = harborcoLastRound(51);
    const alphaLast = moves.map((m) => m.action.type);
    expect(alphaLast.some((t) => t === 'amend' || t === 'propose')).toBe(true);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('backs a table the parties after it likely carry (Harborco-like 2)', () => {
    const { state, first } = harborcoLastRound(2);
    expect(first?.type).toBe('support');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
