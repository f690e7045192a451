/**
 * The licensed draft (src/bots/licensedDraft.ts). On the humanitarian lab (all adaptive, seed 5) the table closed
 * on the text with a joint committee and sub-district data that every party but the refugees' representatives
 * said it could live with, under the legitimacy threshold (48.3 of 50): the lab, the refugee agency and the food
 * agency paid the consequence, and the deal held 77.8% of the best carriable joint gain. With the rule the lab,
 * first to move in the round before the last, tables that text with an independent audit (over the threshold);
 * every party but the representatives backs it at once and the deal closes on it in round 6, the best carriable
 * package.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const lab = () => libraryScenarios().find((s) => s.file === 'humanitarian-data-lab.json')!.scenario;

const audited = {
  'biometric-data': 'interagency-database',
  'host-access': 'safeguarded-records',
  consent: 'notice-and-objection',
  'tech-partnership': 'on-premise-tools',
  'open-data': 'sub-district-data',
  oversight: 'independent-audit',
};

describe('the licensed draft', () => {
  it('on the humanitarian lab (seed 5) the lab drafts the audited text in round 6 and the deal closes on it', () => {
    const game = playGame(lab(), { seed: 5, strategies: ['adaptive'] });
    const first = game.state.log.find(
      (e) =>
        e.round === 6 &&
        e.party === 'data-lab' &&
        ['propose', 'amend', 'support', 'object'].includes(e.action?.type ?? ''),
    );
    expect(first?.action).toEqual({ type: 'propose', party: 'data-lab', package: audited });
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('humanitarian lab seed 5 ends on a deal');
    expect(outcome.round).toBe(6);
    expect(outcome.package).toEqual(audited);
    expect(outcome.legitimacy).toBeGreaterThanOrEqual(50);
    expect([...outcome.supporters].sort()).toEqual(
      ['data-lab', 'food-agency', 'host-government', 'ngo-coalition', 'refugee-agency', 'tech-company'].sort(),
    );
    expect(gameMetrics(game.state).shareOfFeasibleJointGain).toBeCloseTo(1, 6);
  });
});
