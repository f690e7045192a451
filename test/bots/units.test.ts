/** The pieces of a bot: concession curves, the opponent model. */
import { describe, expect, it } from 'vitest';
import { compileBoard, own } from '../../src/bots/board.ts';
import { opponentModels, estimate } from '../../src/bots/opponentModel.ts';
import { timeDependentTarget } from '../../src/bots/parts/aspiration.ts';
import { strategyNamed } from '../../src/bots/strategies/index.ts';
import { tacticsFor } from '../../src/bots/tactics.ts';
import { apply, initialState, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { loadScenario } from './support.ts';

describe('time-dependent concession', () => {
  it('Boulware holds out, the conceder gives early, linear in between; all end at the floor', () => {
    const floor = 0.4;
    const e = (s: 'boulware' | 'linear' | 'conceder') =>
      tacticsFor(strategyNamed(s), 'normal', { toughness: 0.5, trust: 0.5 }).exponent;
    const at = (s: 'boulware' | 'linear' | 'conceder', t: number) => timeDependentTarget(t, floor, e(s));
    expect(at('boulware', 0.5)).toBeGreaterThan(at('linear', 0.5));
    expect(at('linear', 0.5)).toBeGreaterThan(at('conceder', 0.5));
    for (const s of ['boulware', 'linear', 'conceder'] as const) {
      expect(at(s, 0)).toBe(1);
      expect(at(s, 1)).toBeCloseTo(floor);
    }
  });

  it('a tougher persona and a harder difficulty concede more slowly', () => {
    const soft = tacticsFor(strategyNamed('linear'), 'easy', { toughness: 0.1, trust: 0.5 });
    const tough = tacticsFor(strategyNamed('linear'), 'hard', { toughness: 0.9, trust: 0.5 });
    expect(tough.exponent).toBeGreaterThan(soft.exponent);
    expect(tough.floorMargin).toBeGreaterThan(soft.floorMargin);
  });
});

describe('the frequency opponent model', () => {
  it('learns which options another party keeps proposing', () => {
    const scenario = loadScenario('test/fixtures/minimal.json');
    let state: GameState = initialState(scenario, {}, 1);
    const step = (action: Parameters<typeof apply>[1]) => {
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    };
    step({ type: 'propose', party: 'city', package: { access: 'secure-enclave', retention: 'one-year' } });
    step({ type: 'pass', party: 'university' });
    step({ type: 'propose', party: 'city', package: { access: 'secure-enclave', retention: 'five-years' } });
    const view = viewFor(state, 'university');
    const board = compileBoard(view, 1);
    const [city] = opponentModels(board, view, view.log, 'normal');
    if (!city) throw new Error('no model of the city');
    const enclave = board.options[0]?.indexOf('secure-enclave') ?? -1;
    const open = board.options[0]?.indexOf('open-data') ?? -1;
    expect(city.values[0]?.[enclave]).toBeGreaterThan(city.values[0]?.[open] ?? 1);
    // The issue it never changed (access) weighs more than the one it conceded (retention).
    expect(city.weights[0]).toBeGreaterThan(city.weights[1] ?? 1);
    const pkg = (a: string, r: string) => [board.options[0]?.indexOf(a) ?? 0, board.options[1]?.indexOf(r) ?? 0];
    expect(estimate(city, pkg('secure-enclave', 'one-year'))).toBeGreaterThan(
      estimate(city, pkg('open-data', 'five-years')),
    );
    // The university's own utility is its sheet: open data and five years are its best.
    expect(own(board, pkg('open-data', 'five-years'))).toBeCloseTo(1);
  });
});
