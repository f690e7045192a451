/**
 * In the last round every adaptive party the table leaves exactly at its BATNA backs it unless the others'
 * objections already block it (src/bots/backedAtBatnaByAll.ts): needed or not, and where it could table nothing
 * the parties after it would carry.
 */
import { describe, expect, it } from 'vitest';
import { harborcoLastRound } from './support.ts';

/** The reason for `party`'s first last-round move and the game's end. */
function play(seed: number, party: string) {
  const { state, moves } = harborcoLastRound(seed, party);
  return { state, lastRound: moves[0]?.reason ?? '' };
}

describe('backing a text at the BATNA in the last round', () => {
  it('a party the deal does not need backs it (Harborco-like 334: Echo at 61 of 61; no deal before)', () => {
    // Delta, under its BATNA, objects; Echo's objection would have made two, and the rule leaves out one party only.
    const { state, lastRound } = play(334, 'echo-party');
    expect(lastRound).toContain('its BATNA exactly');
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('so does a needed party that could table nothing the parties after it carry (Harborco-like 201: Bravo)', () => {
    // Alpha, the other required party, has moved: any new text from Bravo would lack its support. Without the rule
    // Bravo objects and no deal passes. (Seed 220 showed it before the tour de table; there Alpha now re-tables a
    // text the parties said they could live with, statedLastShot.ts, which leaves Bravo above its BATNA.)
    const { state, lastRound } = play(201, 'bravo-party');
    expect(lastRound).toContain('its BATNA exactly');
    expect(state.outcome?.kind).toBe('agreement');
  });
});
