/**
 * The last shot at a dead table (src/bots/deadTableShot.ts). On the humanitarian lab (all adaptive, seed 13) the
 * data diplomacy lab, first to move in the last round, found the refugee agency's text blocked and no amendment its
 * estimates said the parties after it carry; it backed the dead text and no deal passed. With the rule it amends
 * open data to sub-district data and the deal passes with every party but the refugees' representatives. Since the
 * tour de table, seed 13's lab re-tables an earlier text the parties said they could live with (statedLastShot.ts);
 * the test reads seed 147, where no such text exists and the lab's last shot is the same amendment.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const lab = () => libraryScenarios().find((s) => s.file === 'humanitarian-data-lab.json')!.scenario;

describe('the last shot at a dead table', () => {
  it('on the humanitarian lab (seed 147) the lab amends the dead text in the last round and the deal passes', () => {
    const game = playGame(lab(), { seed: 147, strategies: ['adaptive'] });
    const last = game.state.log.flatMap((e) => (e.round === 7 && e.party === 'data-lab' && e.action ? [e.action] : []));
    expect(last.at(-1)).toEqual({ type: 'amend', party: 'data-lab', issue: 'open-data', option: 'sub-district-data' });
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('humanitarian lab seed 147 ends on a deal');
    expect(outcome.round).toBe(7);
    expect([...outcome.supporters].sort()).toEqual(
      ['data-lab', 'food-agency', 'host-government', 'ngo-coalition', 'refugee-agency', 'tech-company'].sort(),
    );
  });
});
