/**
 * A table a needed party has as good as refused (src/bots/refusedTable.ts). On the humanitarian lab (all adaptive,
 * seed 31) the data diplomacy lab, first to move in the last round, backed the refugees' representatives' text,
 * though the host government (required) had just replaced a text the lab's model says leaves it more; the host
 * government objected and no deal passed. With the rule the lab tables the joint committee text with sub-district
 * data and the deal passes with every party but the representatives behind it.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const lab = () => libraryScenarios().find((s) => s.file === 'humanitarian-data-lab.json')!.scenario;

describe('a table a needed party has as good as refused', () => {
  it('on the humanitarian lab (seed 31) the lab tables its own text in the last round and the deal passes', () => {
    const game = playGame(lab(), { seed: 31, strategies: ['adaptive'] });
    const main = game.state.log.flatMap((e) =>
      e.round === 7 && e.party === 'data-lab' && ['propose', 'amend', 'support'].includes(e.action?.type ?? '')
        ? [e.action]
        : [],
    );
    expect(main[0]?.type).toBe('propose');
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('humanitarian lab seed 31 ends on a deal');
    expect(outcome.round).toBe(7);
    expect(outcome.package).toEqual({
      'biometric-data': 'interagency-database',
      'host-access': 'safeguarded-records',
      consent: 'notice-and-objection',
      'tech-partnership': 'on-premise-tools',
      'open-data': 'sub-district-data',
      oversight: 'joint-committee',
    });
    expect([...outcome.supporters].sort()).toEqual(
      ['data-lab', 'food-agency', 'host-government', 'ngo-coalition', 'refugee-agency', 'tech-company'].sort(),
    );
  });
});
