import { readFileSync } from 'node:fs';
import { parseScenario } from './src/scenario/index.ts';
import { assignStrategies, botConfigs } from './src/bots/arena/playGame.ts';
import { buildContext } from './src/bots/context.ts';
import { decide } from './src/bots/decide.ts';
import { apply, initialState, legalActions, viewFor } from './src/engine/index.ts';
const file = process.argv[2] ?? 'scenarios/pathogen-access-benefit-sharing.json';
const r = parseScenario(readFileSync(file), file);
if (!r.ok) throw new Error('load');
const scenario = r.scenario;
(globalThis as any).__pw = { pairs: 0, violated: 0, calls: 0, bn: 0 };
for (let seed = 1; seed <= 5; seed++) {
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state = initialState(scenario, {}, seed);
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const view = viewFor(state, p);
    buildContext(view, configs[p]!).models();
    const a = decide(view, legalActions(state, p), configs[p]!);
    const x = apply(state, a);
    if (!x.ok) throw new Error(x.reason);
    state = x.state;
  }
}
console.log((globalThis as any).__pw);
