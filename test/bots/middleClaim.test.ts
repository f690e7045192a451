/**
 * The middle claim (src/bots/middleClaim.ts): a needed party at its margin asks for the option between the
 * text's and its own ideal, reading the others' value of it hopefully. On cyber attribution (seed 1) all-adaptive
 * tables settled on assessment-only sharing (85% of the best carriable joint gain); with the rule the UK amends
 * allied sharing to sanitised indicators in round 5 and the deal holds it (the best carriable package).
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { middleClaim } from '../../src/bots/middleClaim.ts';
import {
  effectiveBatna,
  initialState,
  legalActions,
  previewPackage,
  viewFor,
  type GameState,
} from '../../src/engine/index.ts';
import { libraryScenarios } from '../../bench/botsLibrary.ts';

const cyber = () => libraryScenarios().find((s) => s.file === 'cyber-attribution.json')!.scenario;

describe('the middle claim', () => {
  it('on cyber attribution (seed 1) the UK claims the middle option of allied sharing, gaining itself, and the deal holds it', () => {
    const scenario = cyber();
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let made = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const ctx = buildContext(viewFor(state, p), configs[p]!);
      const pick = middleClaim(ctx, legalActions(state, p));
      const move = computerMove(state, configs)!;
      if (pick) {
        if (pick.type !== 'amend' || !state.table) throw new Error('the rule amends the text on the table');
        expect(state.round).toBeLessThan(scenario.protocol.rounds);
        // It gains the mover and keeps it above its BATNA, by the engine's exact points.
        const before = previewPackage(state, p, state.table.package).points;
        const after = previewPackage(state, p, { ...state.table.package, [pick.issue]: pick.option }).points;
        expect(after).toBeGreaterThan(before);
        expect(after).toBeGreaterThan(effectiveBatna(state, p));
        if (move.action.type === 'amend' && move.action.issue === pick.issue && move.action.option === pick.option)
          made++;
      }
      state = move.state;
    }
    expect(made).toBeGreaterThan(0);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('cyber attribution seed 1 ends on a deal');
    expect(outcome.package['allied-sharing']).toBe('sanitised-indicators');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.99);
  });
});

describe('the middle claim, read hopefully for the text’s silent backers', () => {
  it('on pathogen access (seed 1) the provider countries claim target-20 on the PIP menu text the secretariat and the manufacturers backed', () => {
    const scenario = libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    let state: GameState = initialState(scenario, {}, 1);
    let claimed = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (p === 'provider-countries' && a.type === 'amend' && a.issue === 'supply-share' && state.table) {
        expect(state.table.package['supply-share']).toBe('pip-menu');
        expect(a.option).toBe('target-20');
        claimed = true;
      }
      state = move.state;
    }
    expect(claimed).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 1 ends on a deal');
    expect(outcome.package['supply-share']).toBe('target-20');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });
});

describe('the middle claim off the bot’s own red line', () => {
  it('on pathogen access (seed 5) the provider countries claim registered access, the step nearest the open access they cannot live with', () => {
    const scenario = libraryScenarios().find((s) => s.file === 'pathogen-access-benefit-sharing.json')!.scenario;
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 5, 'normal');
    let state: GameState = initialState(scenario, {}, 5);
    let repaired = false;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const move = computerMove(state, configs)!;
      const a = move.action;
      if (p === 'provider-countries' && a.type === 'amend' && state.table?.package['sequence-access'] === 'open') {
        expect(a.issue).toBe('sequence-access');
        expect(a.option).toBe('registered');
        // It keeps the providers above their BATNA, by the engine's exact points.
        expect(previewPackage(state, p, { ...state.table.package, [a.issue]: a.option }).points).toBeGreaterThan(
          effectiveBatna(state, p),
        );
        repaired = true;
      }
      state = move.state;
    }
    expect(repaired).toBe(true);
    const outcome = state.outcome;
    if (outcome?.kind !== 'agreement') throw new Error('pathogen seed 5 ends on a deal');
    expect(outcome.package['sequence-access']).toBe('registered');
    expect(gameMetrics(state).shareOfFeasibleJointGain ?? 0).toBeGreaterThan(0.95);
  });
});
