/**
 * Off the options a needed party refused (src/bots/refusedOptions.ts): in the last round a bot the table leaves
 * under its BATNA puts last the amendments to an option a needed party after it has refused and never backed.
 * On the data passport (all adaptive, seed 1) the health data access body amended sanctions to host
 * jurisdiction, which the home accreditor (required) had refused since the first round; the accreditor objected
 * and no deal passed. With the rule it amends fees to state funding and the deal passes. In seed 6 the one
 * amendment left (fees back to full cost) was one the accreditor had refused: it now tables a two-issue text
 * (without the rule, no deal in either seed). Seed 5 was that case until the bots read evidence cues in their
 * sense (provenance.ts): its game now reaches seed 1's case.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { toRefusedOption } from '../../src/bots/refusedOptions.ts';
import { choiceOf } from '../../src/bots/board.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const passport = () => libraryScenarios().find((s) => s.file === 'data-passport.json')!.scenario;

describe('off the options a needed party refused', () => {
  it('on the data passport (seed 1) the access body amends fees, not sanctions to host jurisdiction, in the last round, and the deal passes', () => {
    const scenario = passport();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    const first = scenario.protocol.turnOrder[0]!;
    let checked = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      if (state.round === scenario.protocol.rounds && p === first && state.table && move.action.type !== 'live-with') {
        // Host jurisdiction on sanctions is an option the home accreditor refused and never backed.
        const ctx = buildContext(viewFor(state, p), configs[p]!);
        const hostJurisdiction = choiceOf(ctx.board, { ...state.table.package, sanctions: 'host-jurisdiction' })!;
        const others = scenario.protocol.turnOrder.filter((q) => q !== p);
        expect(toRefusedOption(ctx, others)(hostJurisdiction)).toBe(true);
        expect(move.action).toMatchObject({ type: 'amend', issue: 'fees', option: 'state-funded' });
        checked = true;
      }
      state = move.state;
    }
    expect(checked).toBe(true);
    expect(state.outcome?.kind).toBe('agreement');
  });

  it('on the data passport (seed 6) the access body tables a text with state funding rather than amend fees back to full cost, and the deal passes', () => {
    const scenario = passport();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 6, 'normal');
    let state: GameState = initialState(scenario, {}, 6);
    const first = scenario.protocol.turnOrder[0]!;
    let checked = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      if (state.round === scenario.protocol.rounds && p === first && move.action.type !== 'live-with') {
        expect(move.action.type).toBe('propose');
        if (move.action.type === 'propose') expect(move.action.package.fees).toBe('state-funded');
        checked = true;
      }
      state = move.state;
    }
    expect(checked).toBe(true);
    expect(state.outcome?.kind).toBe('agreement');
  });
});
