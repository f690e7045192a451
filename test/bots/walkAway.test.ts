/**
 * Walk away only for a reason (issue 15, src/bots/leaving.ts): nothing beats the BATNA, or leaving
 * stops a deal that hurts the bot; never to shrink the table.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/bots/context.ts';
import { decide } from '../../src/bots/decide.ts';
import { leaveReason } from '../../src/bots/leaving.ts';
import { botConfigs, assignStrategies } from '../../src/bots/arena/playGame.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { StrategyName } from '../../src/bots/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { harborcoLike, researchLike } from '../support/negotiationGames.ts';

/** Plays a seeded game; returns each walk-out with the reason the bot had at that moment. */
function walkOuts(scenario: Scenario, seed: number, strategies: StrategyName[]): (string | null)[] {
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies }), seed, 'normal');
  let state = initialState(scenario, {}, seed);
  const out: (string | null)[] = [];
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const view = viewFor(state, p);
    const action = decide(view, legalActions(state, p), configs[p]!);
    if (action.type === 'walk-away')
      out.push(leaveReason(buildContext(view, configs[p]!), { ...(view.table?.stances ?? {}) }));
    const r = apply(state, action);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return out;
}

const MIXES: StrategyName[][] = [['adaptive'], ['boulware', 'conceder', 'linear', 'adaptive']];

describe('walking away', () => {
  it('never happens where every party counts and is bound, and a package beats every BATNA', () => {
    // Generated games count and bind every party, and a package beats every BATNA: no reason ever holds.
    for (const mix of MIXES)
      for (const seed of [1, 2, 3]) {
        expect(walkOuts(harborcoLike(seed), seed, mix), `Harborco-like ${seed} ${mix.join(',')}`).toEqual([]);
        expect(walkOuts(researchLike(seed), seed, mix), `research-like ${seed} ${mix.join(',')}`).toEqual([]);
      }
  });

  it('a text under its BATNA about to pass without it: leaves only where leaving stops it binding it', () => {
    const base = Array.from({ length: 40 }, (_, k) => researchLike(k + 1)).find((s) => s.parties.length === 4)!;
    const [a, b, c] = base.parties.map((p) => p.id) as [string, string, string];
    const cSheet = base.parties[2]!.sheet;
    // The package worst for the third party, with its BATNA just above it.
    const worst = Object.fromEntries(
      base.issues.map((i) => {
        const row = cSheet[i.id]!;
        return [i.id, i.options.reduce((w, o) => (row[o.id]! < row[w.id]! ? o : w)).id];
      }),
    );
    const worstPoints = base.issues.reduce((s, i) => s + cSheet[i.id]![worst[i.id]!]!, 0);
    const situation = (binds: 'all' | 'stayers', counts: 'all' | 'present') => {
      const s: Scenario = {
        ...base,
        agreement: { ...base.agreement, rule: 'majority', threshold: 0.5, binds, counts },
        parties: base.parties.map((p, k) => (k === 2 ? { ...p, batna: { ...p.batna, points: worstPoints + 1 } } : p)),
      };
      let state = initialState(s, {}, 1);
      for (const action of [
        { type: 'propose' as const, party: a, package: worst },
        { type: 'support' as const, party: b },
      ]) {
        const r = apply(state, action);
        if (!r.ok) throw new Error(r.reason);
        state = r.state;
      }
      expect(state.active).toBe(c);
      const view = viewFor(state, c);
      const config = botConfigs(s, assignStrategies(s, {}), 1, 'normal')[c]!;
      return leaveReason(buildContext(view, config), { ...(view.table?.stances ?? {}) });
    };
    // The deal would no longer bind it: a reason.
    expect(situation('stayers', 'present')).toBe('stops-a-harmful-deal');
    // Leaving would bind it all the same and only make the others' deal easier: no reason.
    expect(situation('all', 'present')).toBeNull();
    expect(situation('all', 'all')).toBeNull();
  });

  it('nothing on the sheet beats the BATNA: a reason to leave', () => {
    const base = harborcoLike(4);
    const [first, ...rest] = base.parties;
    const s: Scenario = { ...base, parties: [{ ...first!, batna: { ...first!.batna, points: 1000 } }, ...rest] };
    const view = viewFor(initialState(s, {}, 4), first!.id);
    const config = botConfigs(s, assignStrategies(s, {}), 4, 'normal')[first!.id]!;
    expect(leaveReason(buildContext(view, config), {})).toBe('nothing-beats-batna');
  });
});
