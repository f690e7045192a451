/** When the bots' aims reach their floor: sooner where every party can block a text (issue 15). */
import { describe, expect, it } from 'vitest';
import { buildContext, CONCESSION_DEADLINE, concessionDeadline, UNANIMOUS_DEADLINE } from '../../src/bots/context.ts';
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
    expect(concessionDeadline(viewFor(unanimous, unanimous.active!))).toBe(UNANIMOUS_DEADLINE);
    for (const file of FLAGSHIPS) {
      const state = initialState(loadScenario(file), {}, 1);
      expect(concessionDeadline(viewFor(state, state.active!)), file).toBe(CONCESSION_DEADLINE);
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
