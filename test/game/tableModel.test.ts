import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { tableModel } from '../../src/game/room/tableModel.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const file = new URL('../../scenarios/gdpr-research-exemption.json', import.meta.url);
const loaded = parseScenario(readFileSync(file, 'utf8'), 'gdpr-research-exemption.json');
if (!loaded.ok) throw new Error('the GDPR scenario does not load');
const scenario = loaded.scenario;

/** Plays a few legal moves (first legal propose package, then supports and passes). */
function played(): GameState {
  let state = initialState(scenario, {}, 11);
  for (let i = 0; i < 30 && state.status === 'running'; i++) {
    const party = state.active as string;
    const legal = legalActions(state, party);
    const propose = legal.find((a) => a.type === 'propose');
    const action =
      i === 0 && propose && propose.type === 'propose'
        ? {
            type: 'propose' as const,
            party,
            package: Object.fromEntries(Object.entries(propose.choices).map(([k, v]) => [k, v[0] as string])),
          }
        : (legal.find((a) => a.type === 'support') ?? { type: 'pass' as const, party });
    const r = apply(state, action as Parameters<typeof apply>[1]);
    if (r.ok) state = r.state;
  }
  return state;
}

describe('the canvas model', () => {
  const state = played();
  const pub = viewFor(state, 'public');

  it('holds nothing confidential on the public table', () => {
    const drawn = JSON.stringify(tableModel(pub, null));
    for (const p of scenario.parties) {
      expect(drawn).not.toContain(p.brief.slice(0, 40));
      expect(drawn).not.toContain(p.batna.description.slice(0, 40));
    }
    expect(tableModel(pub, null).trust).toBeNull();
  });

  it('adds only the viewer’s own trust on their unlocked screen', () => {
    const me = scenario.parties[0]?.id as string;
    const view = viewFor(state, me);
    const model = tableModel(pub, view);
    expect(model.trust?.from).toBe(me);
    const drawn = JSON.stringify(model);
    for (const p of scenario.parties) expect(drawn).not.toContain(p.brief.slice(0, 40));
  });

  it('gives every party a seat with a distinct shape and label', () => {
    const model = tableModel(pub, null);
    expect(model.seats.map((s) => s.id)).toEqual(scenario.parties.map((p) => p.id));
    expect(new Set(model.seats.map((s) => s.shape)).size).toBe(Math.min(8, scenario.parties.length));
    expect(model.seats.filter((s) => s.active).length).toBe(state.status === 'running' ? 1 : 0);
  });
});
