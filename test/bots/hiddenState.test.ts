/**
 * Bots see only their own view. `decide` takes a PartyView and legal actions, nothing else; these
 * tests check that it is a deterministic function of them, that changing another party's sheet,
 * BATNA, brief or its evidence's rigour and flaws in the state (which the view does not show) cannot
 * change its decision, and that a
 * view that went through JSON (a saved game) gives the same decision.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/bots/decide.ts';
import { botConfigs } from '../../src/bots/arena/playGame.ts';
import { STRATEGIES } from '../../src/bots/types.ts';
import { initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { GameState, PartyView } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { playOn } from '../support/botGame.ts';
import { loadScenario, FLAGSHIPS } from './support.ts';

/** Plays `moves` moves with adaptive bots and returns the state. */
function advance(scenario: Scenario, seed: number, moves: number): GameState {
  const configs = botConfigs(
    scenario,
    Object.fromEntries(scenario.parties.map((p) => [p.id, 'adaptive' as const])),
    seed,
    'normal',
  );
  return playOn(initialState(scenario, {}, seed), configs, { maxMoves: moves });
}

/**
 * The same scenario with the sheet, BATNA and brief of every party scrambled except `me` and its
 * coalition partners (partners legitimately see each other's ideal options).
 */
function scrambleOthers(state: GameState, me: string): GameState {
  const scenario: Scenario = structuredClone(state.scenario);
  const partners = state.coalitions.find((c) => c.includes(me)) ?? [me];
  scenario.parties = scenario.parties.map((p) => {
    if (partners.includes(p.id)) return p;
    const sheet = Object.fromEntries(
      Object.entries(p.sheet).map(([issue, row]) => [
        issue,
        Object.fromEntries(Object.keys(row).map((o, k) => [o, (k * 37 + 11) % 50])),
      ]),
    );
    return { ...p, sheet, batna: { points: 99, description: 'scrambled' }, brief: 'scrambled' };
  });
  // Provenance is a skill: the grade and flaws of others' evidence are hidden too.
  scenario.evidence = scenario.evidence.map((e) =>
    partners.includes(e.holder)
      ? e
      : { ...e, rigour: e.rigour === 'weak' ? 'strong' : 'weak', flaws: e.flaws.length > 0 ? [] : ['anecdotal'] },
  );
  return { ...state, scenario };
}

describe.each(FLAGSHIPS)('%s', (file) => {
  const scenario = loadScenario(file);
  const state = advance(scenario, 5, 40);
  const me = state.active as string;
  const view = viewFor(state, me);
  const legal = legalActions(state, me);

  it.each([...STRATEGIES])('%s decides from the view alone', (strategy) => {
    const config = { ...botConfigs(scenario, { [me]: strategy }, 9, 'normal')[me]!, strategy };
    const a = decide(view, legal, config);
    // Deterministic, and the same after a JSON round trip of the view (a saved game).
    expect(decide(view, legal, config)).toEqual(a);
    expect(decide(JSON.parse(JSON.stringify(view)) as PartyView, legal, config)).toEqual(a);
    // Other parties' sheets, BATNAs, briefs and evidence grades changed in the state: the view and the decision do not.
    const other = scrambleOthers(state, me);
    const otherView = viewFor(other, me);
    expect(otherView).toEqual(view);
    expect(decide(otherView, legalActions(other, me), config)).toEqual(a);
  });

  it('does not modify the view it is given', () => {
    const copy = structuredClone(view);
    decide(view, legal, botConfigs(scenario, {}, 1, 'hard')[me]!);
    expect(view).toEqual(copy);
  });
});
