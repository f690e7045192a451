/**
 * The integrative amendment (src/bots/integrativeAmendment.ts): in the round before the end game the adaptive
 * bot that would back the text first amends one issue where the change gains it and its models say the others
 * gain. On OCAP all-adaptive tables settled on community review (82% of the best carriable joint gain); with
 * the rule the health director amends control in round 5 and the deal holds co-interpretation (95%).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { ENDGAME_ROUNDS } from '../../src/bots/endgame.ts';
import { integrativeAmendment } from '../../src/bots/integrativeAmendment.ts';
import { initialState, legalActions, previewPackage, viewFor, type GameState } from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const ocap = () => libraryScenarios().find((s) => s.file === 'ocap-research-agreement.json')!.scenario;

describe('the integrative amendment', () => {
  it('on OCAP (seed 1) a party amends the text it would back, in the round before the end game, gaining itself, and the deal holds co-interpretation', () => {
    const scenario = ocap();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let made = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const ctx = buildContext(viewFor(state, p), configs[p]!);
      const pick = integrativeAmendment(ctx, legalActions(state, p));
      const move = computerMove(state, configs)!;
      if (pick) {
        expect(state.round).toBe(scenario.protocol.rounds - ENDGAME_ROUNDS - 1);
        if (pick.type !== 'amend' || !state.table) throw new Error('the rule amends the text on the table');
        // It gains the mover, by the engine's exact points.
        const before = previewPackage(state, p, state.table.package).points;
        const after = previewPackage(state, p, { ...state.table.package, [pick.issue]: pick.option }).points;
        expect(after).toBeGreaterThan(before);
        if (move.action.type === 'amend' && move.action.issue === pick.issue && move.action.option === pick.option)
          made++;
      }
      state = move.state;
    }
    expect(made).toBeGreaterThan(0);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('OCAP seed 1 ends on a deal');
    expect(outcome.package.control).toBe('co-interpretation');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.9);
  });
});

const osaka = () => libraryScenarios().find((s) => s.file === 'data-free-flow-osaka.json')!.scenario;

describe('the integrative amendment, judged against the BATNAs of the end game', () => {
  it('on the Osaka table (seed 11) the European Union amends redress to domestic remedies in the round before the end game, and the deal is the best carriable package', () => {
    // The United States' round-5 refusal (a text worth 64 to it, short of its aim then) no longer counts as its
    // BATNA (integrativeAmendment.ts `deadlineBatna`).
    const scenario = osaka();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 11, 'normal');
    let state: GameState = initialState(scenario, {}, 11);
    let made = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const ctx = buildContext(viewFor(state, p), configs[p]!);
      const pick = integrativeAmendment(ctx, legalActions(state, p));
      const move = computerMove(state, configs)!;
      if (p === 'european-union' && pick?.type === 'amend' && pick.issue === 'redress') {
        expect(state.round).toBe(scenario.protocol.rounds - ENDGAME_ROUNDS - 1);
        expect(pick.option).toBe('domestic-remedies');
        made ||= move.action.type === 'amend' && move.action.issue === 'redress';
      }
      state = move.state;
    }
    expect(made).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('Osaka seed 11 ends on a deal');
    expect(outcome.package.redress).toBe('domestic-remedies');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.99);
  });
});
