/**
 * Away from a needed party's possible red lines (src/bots/possibleRedLines.ts). On the pathogen access and
 * benefit-sharing table (all adaptive, seed 3) the provider countries amended licensing to royalty-free in round 5,
 * one of the options the producer states' clue leaves as their red line (it is); the text died and the deal
 * came in round 6 at 46% of the best carriable joint gain. With the rule the deal comes in round 5, off that option.
 * Since the middle counter (middleCounter.ts) the provider countries claim standard contracts in round 4 instead of
 * amending access to left-to-annex, and the deal comes in round 4: the test replays their amendment and the
 * producer states' answer (registered access).
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';
import { gameWithMove } from '../support/overriddenGame.ts';

const pathogen = () => libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;

describe("away from a needed party's possible red lines", () => {
  it('on the pathogen table (seed 3) no text in round 5 holds royalty-free and the deal comes in round 5', () => {
    // The round-4 moves before the middle counter: the provider countries' left-to-annex, the producer states' registered.
    const before: Record<string, string> = { 'provider-countries': 'left-to-annex', 'producer-states': 'registered' };
    // And, since the anchored redraft (anchoredRedraft.ts), the producer states' round-3 redraft as it was before
    // it: any database holds the sequences (the anchored redraft keeps the provider countries' authorised network).
    const game = gameWithMove(pathogen(), 3, (state, a) =>
      state.round === 4 && a.type === 'amend' && a.issue === 'sequence-access' && before[a.party] !== a.option
        ? { ...a, option: before[a.party]! }
        : state.round === 3 && a.type === 'propose' && a.party === 'producer-states'
          ? { ...a, package: { ...a.package, 'data-holder': 'any-database' } }
          : null,
    );
    expect(game.replaced).toBe(3);
    const tabled = game.state.log.flatMap((e) =>
      e.round === 5 && e.action && (e.action.type === 'propose' || e.action.type === 'amend') ? [e.action] : [],
    );
    expect(tabled.length).toBeGreaterThan(0);
    for (const a of tabled)
      expect(a.type === 'amend' ? a.option : a.type === 'propose' ? a.package.licensing : '').not.toBe('royalty-free');
    const outcome = game.state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 3 ends on a deal');
    expect(outcome.round).toBe(5);
    expect(gameMetrics(game.state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.7);
  });
});
