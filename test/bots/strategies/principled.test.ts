/**
 * The principled negotiator (src/bots/strategies/principled.ts), added as one file and one registry
 * line: it makes only legal moves and ends its games on every shipped scenario, reproduces from its
 * seed, and, unlike a time-dependent bot, aspires from the start to what its estimated Nash point
 * gives it rather than to its best package.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botConfigs, playGame } from '../../../src/bots/arena/playGame.ts';
import { own } from '../../../src/bots/board.ts';
import { buildContext } from '../../../src/bots/context.ts';
import { decide } from '../../../src/bots/decide.ts';
import { estimatedNashPoint } from '../../../src/bots/strategies/principled.ts';
import { STRATEGIES } from '../../../src/bots/types.ts';
import { apply, initialState, legalActions, viewFor } from '../../../src/engine/index.ts';
import { randomScenario } from '../../support/randomScenario.ts';
import { loadScenario } from '../support.ts';

const SCENARIOS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => `scenarios/${f}`);

describe('the principled negotiator', () => {
  it('is registered', () => {
    expect(STRATEGIES).toContain('principled');
  });

  it.each(SCENARIOS)('plays %s to the end with legal moves only, alone and among the others', (file) => {
    const scenario = loadScenario(file);
    // playGame throws on the first move the engine refuses.
    for (const strategies of [['principled'], ['principled', 'adaptive', 'boulware']] as const) {
      const game = playGame(scenario, { seed: 5, strategies });
      expect(game.state.status).toBe('finished');
    }
  });

  it('plays random scenarios with legal moves only', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const game = playGame(randomScenario(seed * 6151), { seed, strategies: ['principled', 'conceder'] });
      expect(game.state.status).toBe('finished');
    }
  });

  it('reproduces a game from its seed', () => {
    const scenario = loadScenario('scenarios/safe-harbor-revocation.json');
    const a = playGame(scenario, { seed: 9, strategies: ['principled', 'tit-for-tat'] });
    const b = playGame(scenario, { seed: 9, strategies: ['principled', 'tit-for-tat'] });
    expect(b.log).toEqual(a.log);
  });

  it('aspires to its estimated Nash point, not to its best package as a Boulware bot does early on', () => {
    const scenario = loadScenario('scenarios/gdpr-research-exemption.json');
    const principled = botConfigs(
      scenario,
      Object.fromEntries(scenario.parties.map((p) => [p.id, 'principled'])),
      2,
      'normal',
    );
    const boulware = botConfigs(
      scenario,
      Object.fromEntries(scenario.parties.map((p) => [p.id, 'boulware'])),
      2,
      'normal',
    );
    let state = initialState(scenario, {}, 2);
    let checked = 0;
    let lower = 0;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const view = viewFor(state, p);
      const ctx = buildContext(view, principled[p]!);
      if (view.round >= 2 && view.round <= 3) {
        const anchor = own(ctx.board, estimatedNashPoint(ctx.board, ctx.models(), Math.min(1, ctx.progress / 0.85)));
        expect(ctx.target).toBeCloseTo(Math.max(ctx.floor, Math.min(ctx.bestUtility, anchor)), 9);
        const holdOut = buildContext(view, boulware[p]!).target;
        if (ctx.target < holdOut - 0.05) lower++;
        checked++;
      }
      const r = apply(state, decide(view, legalActions(state, p), principled[p]!));
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    expect(checked).toBeGreaterThan(5);
    // Its anchor is clearly under a Boulware bot's aspiration for most parties early in the game (a party
    // whose estimated Nash point is its best package aspires to it as high as Boulware does).
    expect(lower).toBeGreaterThan(checked / 2);
  });
});
