/** A game reproduces from its seed, and resumes identically from a saved (JSON) state. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/bots/decide.ts';
import { botConfigs, assignStrategies, playGame } from '../../src/bots/arena/playGame.ts';
import { apply, legalActions, replayLog, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { loadScenario, FLAGSHIPS } from './support.ts';

function finish(state: GameState, configs: ReturnType<typeof botConfigs>): GameState {
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const r = apply(state, decide(viewFor(state, p), legalActions(state, p), configs[p]!));
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return state;
}

describe.each(FLAGSHIPS)('%s', (file) => {
  const scenario = loadScenario(file);
  const strategies = ['adaptive', 'tit-for-tat', 'boulware', 'conceder', 'linear'] as const;

  it('the same seed gives the same game; its log replays to the same state', () => {
    const a = playGame(scenario, { seed: 42, strategies });
    const b = playGame(scenario, { seed: 42, strategies });
    expect(b.log).toEqual(a.log);
    const again = replayLog(scenario, a.log);
    expect(again.ok && JSON.stringify(again.state) === JSON.stringify(a.state)).toBe(true);
  });

  it('a different seed gives a different game', () => {
    const a = playGame(scenario, { seed: 1, strategies, difficulty: 'easy' });
    const b = playGame(scenario, { seed: 2, strategies, difficulty: 'easy' });
    expect(JSON.stringify(b.log.actions)).not.toEqual(JSON.stringify(a.log.actions));
  });

  it('a game saved half-way resumes with identical bot behaviour', () => {
    const full = playGame(scenario, { seed: 7, strategies });
    const half = replayLog(scenario, {
      ...full.log,
      actions: full.log.actions.slice(0, Math.floor(full.log.actions.length / 2)),
    });
    if (!half.ok) throw new Error(half.reason);
    const saved = JSON.parse(JSON.stringify(half.state)) as GameState;
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies }), 7, 'normal');
    const resumed = finish(saved, configs);
    expect(JSON.stringify(resumed.log)).toEqual(JSON.stringify(full.state.log));
  });
});
