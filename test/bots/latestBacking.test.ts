/**
 * The last shot reads the needed parties' latest backing (src/bots/latestBacking.ts). On the humanitarian lab (all
 * adaptive, seed 27) the data diplomacy lab, first to move in the last round, faced the host government's text
 * blocked by the NGOs and amended the biometric database back to the agency's own, which re-made the refugee
 * agency's opening text; the host government and the technology company objected and no deal passed. With the rule
 * it amends open data to sub-district data and the deal passes with every party but the refugees' representatives.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const lab = () => libraryScenarios().find((s) => s.file === 'humanitarian-data-lab.json')!.scenario;

describe("the last shot reads the needed parties' latest backing", () => {
  it('on the humanitarian lab (seed 27) the lab amends open data to sub-district data and the deal passes', () => {
    const game = playGame(lab(), { seed: 27, strategies: ['adaptive'] });
    const last = game.state.log.flatMap((e) =>
      e.round === 7 && e.party === 'data-lab' && e.action?.type === 'amend' ? [e.action] : [],
    );
    expect(last).toEqual([{ type: 'amend', party: 'data-lab', issue: 'open-data', option: 'sub-district-data' }]);
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('humanitarian lab seed 27 ends on a deal');
    expect(outcome.round).toBe(7);
    expect([...outcome.supporters].sort()).toEqual(
      ['data-lab', 'food-agency', 'host-government', 'ngo-coalition', 'refugee-agency', 'tech-company'].sort(),
    );
  });
});
