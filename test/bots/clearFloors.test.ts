/**
 * Clear of the floors in the last round (src/bots/clearFloors.ts). On the humanitarian lab (all adaptive, seed 14)
 * the data diplomacy lab, first to move in the last round, faced a blocked text and amended oversight to the
 * independent audit, which its models carried only through the slack; the NGOs and the technology company walked
 * out and no deal passed. With the rule it amends open data to sub-district data, which clears every estimated floor
 * but that of the one party the rule can leave out, and the deal passes.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const lab = () => libraryScenarios().find((s) => s.file === 'humanitarian-data-lab.json')!.scenario;

describe('clear of the floors in the last round', () => {
  it('on the humanitarian lab (seed 14) the lab amends open data to sub-district data and the deal passes', () => {
    const game = playGame(lab(), { seed: 14, strategies: ['adaptive'] });
    const last = game.state.log.flatMap((e) =>
      e.round === 7 && e.party === 'data-lab' && e.action?.type === 'amend' ? [e.action] : [],
    );
    expect(last).toEqual([{ type: 'amend', party: 'data-lab', issue: 'open-data', option: 'sub-district-data' }]);
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('humanitarian lab seed 14 ends on a deal');
    expect(outcome.round).toBe(7);
    expect(game.state.left).toEqual([]);
  });
});
