import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apply, initialState } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { chartData, tablePath } from '../../src/game/widgets/chart/chartData.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const loaded = parseScenario(
  readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'),
  'minimal.json',
);
if (!loaded.ok) throw new Error('fixture does not load');
const sc = loaded.scenario;
const [a, b] = sc.parties.map((p) => p.id) as [string, string];
const pkg = (k: number) =>
  Object.fromEntries(sc.issues.map((i) => [i.id, i.options[k % i.options.length]?.id as string]));

function run(actions: Action[]): GameState {
  let s = initialState(sc, {}, 1);
  for (const act of actions) {
    const r = apply(s, act);
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
  }
  return s;
}

describe('the outcome-space chart data', () => {
  it('has every package, a frontier, the Nash points, the path of texts and the deal', () => {
    const state = run([
      { type: 'propose', party: a, package: pkg(0) },
      { type: 'propose', party: b, package: pkg(1) },
      { type: 'support', party: a },
    ]);
    const packages = sc.issues.reduce((n, i) => n * i.options.length, 1);
    const d = chartData({ state, x: a, y: b });
    expect(d.packages).toBe(packages);
    expect(d.cloud.length).toBe(2 * packages);
    expect(d.frontier.length).toBeGreaterThan(0);
    // The frontier is sorted by x and no frontier point is dominated by a package of the cloud.
    for (const f of d.frontier) {
      for (let i = 0; i < d.cloud.length; i += 2) {
        const x = d.cloud[i] as number;
        const y = d.cloud[i + 1] as number;
        expect(x > f.x && y > f.y).toBe(false);
      }
    }
    expect(tablePath(state)).toEqual([pkg(0), pkg(1)]);
    expect(d.path).toHaveLength(2);
    if (state.outcome?.kind === 'agreement') expect(d.deal).not.toBeNull();
    expect(d.leftOnTable.length).toBeGreaterThan(0);
  });

  it('explains what a deal could have given when there was none', () => {
    let state = initialState(sc, {}, 2);
    for (let i = 0; i < 200 && state.status === 'running'; i++) {
      const r = apply(state, { type: 'pass', party: state.active as string });
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    const d = chartData({ state, x: a, y: b });
    expect(d.deal).toBeNull();
    expect(d.leftOnTable.join(' ')).toMatch(/no deal/i);
    // A French game's chart speaks French (the scenario's language, as the game review does).
    const french = chartData({ state: { ...state, scenario: { ...state.scenario, language: 'fr' } }, x: a, y: b });
    expect(french.leftOnTable.join(' ')).toMatch(/^Il n’y a pas eu d’accord/);
  });
});
