/**
 * The author's own value in the end game's joint pull (src/bots/ownInJointPull.ts). On the pathogen access and
 * benefit-sharing table (all adaptive, seed 2) the provider countries tabled in round 5 a text at their own BATNA
 * that left civil society under its own (18% of the best carriable joint gain); counting their own value in
 * the pull they table standard-contract on the same text, which leaves every party at or above its BATNA.
 * Since the middle counter (middleCounter.ts) the producer states claim registered access in round 4 instead of
 * countering with open access, and the game ends elsewhere (95%): the test replays their counter.
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';
import { gameWithMove } from '../support/overriddenGame.ts';

const pathogen = () => libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;

describe("the author's own value in the end game's joint pull", () => {
  it('on the pathogen table (seed 2) the provider countries table a text that leaves every party at or above its BATNA', () => {
    const game = gameWithMove(pathogen(), 2, (state, a) =>
      state.round === 4 && a.type === 'amend' && a.party === 'producer-states' && a.option === 'registered'
        ? { ...a, option: 'open' }
        : null,
    );
    expect(game.replaced).toBe(1);
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 2 ends on a deal');
    expect(outcome.package['sequence-access']).toBe('standard-contract');
    expect(Object.values(game.report.parties).every((s) => s.surplus >= 0)).toBe(true);
    expect(gameMetrics(game.state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.5);
  });
});
