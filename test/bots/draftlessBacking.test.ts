/**
 * draftlessBacking.ts: where every party is needed (unanimity), a party that may not table text (Track II)
 * backs a text above its BATNA that its support closes (late, any such text) rather than hold out for an
 * aspiration it cannot bid for. Random tables
 * (test/support/negotiationGames.ts randomTable), each BATNA at the median of the party's packages.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { randomTable, sheetPoints } from '../support/negotiationGames.ts';

describe('a Track II party under unanimity', () => {
  it('backs the text above its BATNA, so the one package above both BATNAs becomes the deal', () => {
    // Seed 28: two parties, Party 2 on Track II. Without the rule it objected in round 3 to the text worth 62 to
    // it (BATNA 57, no deal 3) as short of its aim, the drafter never came back to it, and the game ended with no deal.
    const seed = 28;
    const sc = randomTable(seed, 'median');
    expect(sc.agreement.rule).toBe('unanimity');
    const trackII = sc.parties.find((p) => p.track === 'II');
    expect(trackII?.id).toBe('bravo-party');
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const outcome = game.state.outcome;
    expect(outcome?.kind).toBe('agreement');
    if (outcome?.kind !== 'agreement' || !trackII) return;
    expect(outcome.supporters).toContain('bravo-party');
    const noDeal = sc.agreement.noDeal?.points?.['bravo-party'] ?? 0;
    expect(sheetPoints(trackII, outcome.package)).toBeGreaterThan(trackII.batna.points + noDeal);
  });
});
