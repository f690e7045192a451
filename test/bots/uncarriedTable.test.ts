/**
 * The integrative amendment off a table its models do not carry (src/bots/uncarriedTable.ts). On the Osaka data
 * free flow table (all adaptive, seed 7) India objects to every text, so no text is carried on the models and the
 * integrative amendment never fired: the deal came in round 7 on no provision for redress (73% of the best
 * carriable joint gain). With the rule the European Union amends redress to domestic remedies in round 6 and the
 * deal holds them (84%).
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';
import { carriedNoLess } from '../../src/bots/uncarriedTable.ts';

const osaka = () => libraryScenarios().find((s) => s.file === 'data-free-flow-osaka.json')!.scenario;

describe('the integrative amendment off a table its models do not carry', () => {
  it('passes where the amended text is carried, or the table is not carried either', () => {
    const carried = (c: readonly number[]) => c[0] === 1;
    expect(carriedNoLess(carried, [0], [1])).toBe(true);
    expect(carriedNoLess(carried, [0], [0])).toBe(true);
    expect(carriedNoLess(carried, [1], [0])).toBe(false);
  });

  it('on the Osaka table (seed 7) the European Union amends redress in round 6 and the deal holds domestic remedies', () => {
    const game = playGame(osaka(), { seed: 7, strategies: ['adaptive'] });
    const amends = game.state.log.flatMap((e) =>
      e.round === 6 && e.action?.type === 'amend' ? [`${e.party}:${e.action.issue}=${e.action.option}`] : [],
    );
    expect(amends).toContain('european-union:redress=domestic-remedies');
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('Osaka seed 7 ends on a deal');
    expect(outcome.package.redress).toBe('domestic-remedies');
    expect(gameMetrics(game.state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.8);
  });
});
