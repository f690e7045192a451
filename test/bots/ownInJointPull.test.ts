/**
 * The author's own value in the end game's joint pull (src/bots/ownInJointPull.ts). On the pathogen access and
 * benefit-sharing table (all adaptive, seed 2) the provider countries tabled in round 5 a text at their own BATNA
 * that left civil society under its own (18% of the best carriable joint gain); counting their own value in
 * the pull they table standard-contract on the same text, which leaves every party at or above its BATNA.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const pathogen = () => libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;

describe("the author's own value in the end game's joint pull", () => {
  it('on the pathogen table (seed 2) the provider countries table a text that leaves every party at or above its BATNA', () => {
    const game = playGame(pathogen(), { seed: 2, strategies: ['adaptive'] });
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 2 ends on a deal');
    expect(outcome.package['sequence-access']).toBe('standard-contract');
    expect(Object.values(game.report.parties).every((s) => s.surplus >= 0)).toBe(true);
    expect(gameMetrics(game.state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.5);
  });
});
