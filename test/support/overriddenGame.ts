/**
 * An all-bot game in which one move is replaced: where a test pins a rule on a game that a later rule changed
 * earlier on, the test replays the earlier move (the replacement must be legal) and checks the rule from there.
 */
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { apply, initialState, score, type Action, type GameState, type Scenario } from '../../src/engine/index.ts';

export function gameWithMove(
  scenario: Scenario,
  seed: number,
  replace: (state: GameState, action: Action) => Action | null,
): { state: GameState; report: ReturnType<typeof score>; replaced: number } {
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  let replaced = 0;
  while (state.status === 'running' && state.active) {
    const move = computerMove(state, configs)!;
    const other = replace(state, move.action);
    if (other) {
      const r = apply(state, other);
      if (!r.ok) throw new Error('the replacement move is legal');
      state = r.state;
      replaced++;
    } else state = move.state;
  }
  return { state, report: score(state), replaced };
}
