/**
 * The move a bot looked ahead to is the move it makes (src/bots/courtingAgainst.ts `mainMoveAfterTalk`). In the end
 * game, before offering a coalition, the adaptive bot works out its main move for the turn on a fresh draw; where it
 * drops the offer for it, `decide` makes that same move rather than working it out again after the talk step's draws.
 * Autonomous-vehicle data, seed 3: the federal regulator's turn in the end game's first round, where it drops its
 * offer to the insurers and amends the text.
 */
import { describe, expect, it, vi } from 'vitest';
import * as mainMove from '../../src/bots/mainMove.ts';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { courtsAgainstOwnMove, mainMoveAfterTalk } from '../../src/bots/courtingAgainst.ts';
import { decide } from '../../src/bots/decide.ts';
import { ENDGAME_ROUNDS } from '../../src/bots/endgame.ts';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { playKeeping } from '../support/botGame.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

// Counts the main move's workings-out; the move itself is chosen as ever.
vi.mock('../../src/bots/mainMove.ts', async (original) => {
  const actual = await original<typeof mainMove>();
  return { ...actual, chooseMain: vi.fn(actual.chooseMain) };
});
const chooseMain = vi.mocked(mainMove.chooseMain);

const av = () => libraryScenarios().find((s) => s.file === 'autonomous-vehicle-data.json')!.scenario;

describe('the move a bot looked ahead to', () => {
  it('is the move it makes, worked out once (autonomous-vehicle data, seed 3, the federal regulator)', () => {
    const scenario = av();
    const seed = 3;
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
    const round = scenario.protocol.rounds - ENDGAME_ROUNDS;
    const { kept } = playKeeping(scenario, { seed, strategies: ['adaptive'] }, { party: 'federal-regulator', round });
    const state = kept[0]!.before;

    const view = viewFor(state, 'federal-regulator');
    const legal = legalActions(state, 'federal-regulator');
    const ctx = buildContext(view, configs['federal-regulator']!);
    chooseMain.mockClear();
    expect(courtsAgainstOwnMove(ctx, legal, 'insurers')).toBe(true);
    expect(chooseMain).toHaveBeenCalledTimes(1);
    const looked = chooseMain.mock.results[0]!.value as unknown;
    expect(looked).toMatchObject({ type: 'amend', issue: 'cross-border-access', option: 'investigator-agreement' });
    // The move made after the talk step is the looked-ahead one, not a second working-out (which may draw differently).
    expect(mainMoveAfterTalk(ctx, legal)).toBe(looked);
    expect(chooseMain).toHaveBeenCalledTimes(1);
    // On another list of moves, or in another decision's context, it is worked out afresh.
    mainMoveAfterTalk(ctx, [...legal]);
    mainMoveAfterTalk(buildContext(view, configs['federal-regulator']!), legal);
    expect(chooseMain).toHaveBeenCalledTimes(3);
    // And the turn's decisions: none offers a coalition; the one that makes the amendment works it out once.
    expect(kept.map((k) => k.action.type)).not.toContain('offer-coalition');
    const amending = kept.find((k) => k.action.type === 'amend')!;
    expect(amending.action).toMatchObject({ issue: 'cross-border-access', option: 'investigator-agreement' });
    chooseMain.mockClear();
    const again = amending.before;
    expect(
      decide(
        viewFor(again, 'federal-regulator'),
        legalActions(again, 'federal-regulator'),
        configs['federal-regulator']!,
      ),
    ).toEqual(amending.action);
    expect(chooseMain).toHaveBeenCalledTimes(1);
  });
});
