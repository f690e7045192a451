/** When the bots' aims reach their floor, and how low: sooner and to the BATNA where every party can block a text (issue 15). */
import { describe, expect, it } from 'vitest';
import { buildContext, CONCESSION_DEADLINE, UNANIMOUS_DEADLINE } from '../../src/bots/context.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { initialState, viewFor, type GameState } from '../../src/engine/index.ts';
import type { BotConfig } from '../../src/bots/types.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { researchLike } from '../support/negotiationGames.ts';
import { FLAGSHIPS, loadScenario } from './support.ts';

const config: BotConfig = { strategy: 'adaptive', difficulty: 'normal', seed: 1 };

/** The first party's turn in `round`, nothing said yet (the aims depend on the time and on the rule). */
function at(scenario: Scenario, round: number): GameState {
  return { ...initialState(scenario, {}, 1), round };
}

describe('the concession deadline', () => {
  it('comes sooner where every party at the table must back a text', () => {
    expect(UNANIMOUS_DEADLINE).toBeLessThan(CONCESSION_DEADLINE);
    const unanimous = initialState(researchLike(2, 8), {}, 1);
    expect(buildContext(viewFor(unanimous, unanimous.active!), config).concessionDeadline).toBe(UNANIMOUS_DEADLINE);
    for (const file of FLAGSHIPS) {
      const state = initialState(loadScenario(file), {}, 1);
      expect(buildContext(viewFor(state, state.active!), config).concessionDeadline, file).toBe(CONCESSION_DEADLINE);
    }
  });

  it('brings a unanimity table to its floors with rounds to spare, and leaves a flagship table above them', () => {
    // Round 6 of 8: past 60% of the game, short of 85%.
    const unanimous = at(researchLike(2, 8), 6);
    const ctx = buildContext(viewFor(unanimous, unanimous.active!), config);
    expect(ctx.target).toBeCloseTo(ctx.floor, 9);
    const gdpr = at(loadScenario(FLAGSHIPS[0]!), 6);
    const flagship = buildContext(viewFor(gdpr, gdpr.active!), config);
    expect(flagship.target).toBeGreaterThan(flagship.floor + 1e-6);
  });
});

describe('a unanimity table with one package above every BATNA', () => {
  it('finds it whoever opens: no margin over the BATNA, and a text lifted over the BATNA asks the others least', () => {
    // Generated domain 3 (7 parties, 2 issues): one package beats every BATNA, by one point each. With
    // margins, all-adaptive tables never tabled it (no deal in any of the 7 turn orders); without margins
    // but lifting a text to the lifter's own best, 3 of the 7 orders agreed on it; now all 7 do.
    const scenario = researchLike(3, 8);
    const order = scenario.protocol.turnOrder;
    order.forEach((_, k) => {
      const turnOrder = [...order.slice(k), ...order.slice(0, k)];
      const game = playGame(
        { ...scenario, protocol: { ...scenario.protocol, turnOrder } },
        { seed: 3, strategies: ['adaptive'] },
      );
      expect(game.state.outcome?.kind, `opener ${turnOrder[0]}`).toBe('agreement');
      expect(Object.values(game.report.parties).every((p) => p.surplus > 0)).toBe(true);
    });
  });

  it('keeps no margin at the floor there, while a flagship bot keeps its margin', () => {
    const unanimous = at(researchLike(2, 8), 8);
    const ctx = buildContext(viewFor(unanimous, unanimous.active!), config);
    expect(ctx.floor).toBeCloseTo(Math.max(0, ctx.board.batnaNorm), 9);
    const gdpr = at(loadScenario(FLAGSHIPS[0]!), 8);
    const flagship = buildContext(viewFor(gdpr, gdpr.active!), config);
    expect(flagship.floor).toBeGreaterThan(Math.max(0, flagship.board.batnaNorm) + 1e-6);
  });
});
