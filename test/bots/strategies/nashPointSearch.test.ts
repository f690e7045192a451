/**
 * The principled bot's Nash-point search (principled.ts `estimatedNashPoint`) keeps each package's figure
 * within a call and reads the models' terms from one flat array: it must find the very package a plain
 * coordinate ascent finds, scoring every package afresh with `estimate` and `own` (the reference below),
 * on tables small enough to be memoised and on one too large (over 65,536 packages).
 */
import { describe, expect, it } from 'vitest';
import { botConfigs } from '../../../src/bots/arena/playGame.ts';
import { own, ownBest, type Board, type Choice } from '../../../src/bots/board.ts';
import { buildContext } from '../../../src/bots/context.ts';
import { decide } from '../../../src/bots/decide.ts';
import { estimate, type OpponentEstimate } from '../../../src/bots/opponentModel.ts';
import { guessedThreshold } from '../../../src/bots/othersAcceptance.ts';
import { estimatedNashPoint } from '../../../src/bots/strategies/principled.ts';
import { apply, initialState, legalActions, viewFor } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { randomScenario } from '../../support/randomScenario.ts';
import { loadScenario } from '../support.ts';

/** The plain search: coordinate ascent from the bot's best package and each observed party's ideal. */
function plainNashPoint(board: Board, models: readonly OpponentEstimate[], progress: number): Choice {
  const value = (c: Choice) => {
    let s = Math.log(Math.max(1e-3, own(board, c) - Math.max(0, board.batnaNorm)));
    for (const m of models) s += Math.log(Math.max(1e-3, estimate(m, c) - 0.5 * guessedThreshold(progress, m)));
    return s;
  };
  const seeds = [
    ownBest(board),
    ...models
      .filter((m) => m.observations > 0)
      .map((m) => m.values.map((row) => row.reduce((k, v, o) => (v > (row[k] ?? 0) ? o : k), 0))),
  ];
  let best: { c: Choice; v: number } | null = null;
  for (const seed of seeds) {
    const c = seed.slice();
    let v = value(c);
    for (let pass = 0; pass < 20; pass++) {
      let improved = false;
      for (let i = 0; i < c.length; i++) {
        const keep = c[i] ?? 0;
        let pick = keep;
        for (let o = 0; o < (board.options[i]?.length ?? 0); o++) {
          if (o === keep) continue;
          c[i] = o;
          const w = value(c);
          if (w > v + 1e-12) {
            v = w;
            pick = o;
            improved = true;
          }
        }
        c[i] = pick;
      }
      if (!improved) break;
    }
    if (!best || v > best.v + 1e-12) best = { c, v };
  }
  return best?.c ?? ownBest(board);
}

/** Plays a principled game and compares both searches on every move; returns how many were compared. */
function compareAlong(scenario: Scenario, seed: number, moves: number): number {
  const configs = botConfigs(
    scenario,
    Object.fromEntries(scenario.parties.map((p) => [p.id, 'principled'])),
    seed,
    'normal',
  );
  let state = initialState(scenario, {}, seed);
  let compared = 0;
  while (state.status === 'running' && state.active && compared < moves) {
    const p = state.active;
    const view = viewFor(state, p);
    const ctx = buildContext(view, configs[p]!);
    for (const progress of [ctx.progress, Math.min(1, ctx.progress / 0.85)])
      expect(estimatedNashPoint(ctx.board, ctx.models(), progress)).toEqual(
        plainNashPoint(ctx.board, ctx.models(), progress),
      );
    compared++;
    const r = apply(state, decide(view, legalActions(state, p), configs[p]!));
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return compared;
}

describe('the Nash-point search', () => {
  it('finds the package a plain search finds on Safe Harbor (memoised)', () => {
    expect(compareAlong(loadScenario('scenarios/safe-harbor-revocation.json'), 3, 60)).toBeGreaterThan(20);
  });

  it('finds the package a plain search finds on random tables, memoised or not', () => {
    let large = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const scenario = randomScenario(seed * 7919, { issues: [7, 8], options: [5, 6] });
      const packages = scenario.issues.reduce((n, i) => n * i.options.length, 1);
      if (packages > 65_536) large++;
      expect(compareAlong(scenario, seed, 25)).toBeGreaterThan(5);
    }
    expect(large).toBeGreaterThan(0);
  });
});
