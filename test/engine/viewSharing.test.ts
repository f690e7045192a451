/**
 * Views share what never changes instead of deep-copying it (view.ts): the log entries, state records
 * that apply replaces rather than mutates, the scenario's parts. That is safe only if the engine never
 * writes to anything it shares: these tests freeze every state and every view deeply (a write to a
 * frozen object throws in strict-mode modules) and play whole games on them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, initialState, legalActions, previewPackage, score, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { playRandomGame, randomAction } from '../support/randomPlayer.ts';
import { scenarioArbitrary, seededRandom } from '../support/randomScenario.ts';

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

describe('views share without copying', () => {
  it('the engine never writes to a state or a view, however deeply frozen', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 0, max: 0xffff }), (scenario, seed) => {
        const rand = seededRandom(seed);
        let s: GameState = deepFreeze(initialState(deepFreeze(scenario), {}, seed));
        const readers = [...scenario.parties.map((p) => p.id), 'public'];
        for (let move = 0; s.status === 'running' && move < 400; move++) {
          for (const r of readers) {
            const v = deepFreeze(viewFor(s, r));
            // Plain JSON: a round trip gives the same view.
            if (move % 25 === 0) expect(JSON.parse(JSON.stringify(v))).toEqual(v);
          }
          legalActions(s, s.active as string);
          const a = randomAction(s, rand);
          if (!a) break;
          const res = apply(s, a);
          if (!res.ok) throw new Error(res.reason);
          s = deepFreeze(res.state);
        }
        score(s);
        for (const r of readers) deepFreeze(viewFor(s, r));
      }),
      { numRuns: 25 },
    );
  });

  it('a view equals a deep copy of itself taken before later moves (later moves never change it)', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 0, max: 0xffff }), (scenario, seed) => {
        const rand = seededRandom(seed);
        let s = initialState(scenario, {}, seed);
        const kept: { view: unknown; copy: unknown }[] = [];
        for (let move = 0; s.status === 'running' && move < 200; move++) {
          if (move % 10 === 0)
            for (const r of [scenario.parties[0]!.id, 'public']) {
              const view = viewFor(s, r);
              kept.push({ view, copy: structuredClone(view) });
            }
          const a = randomAction(s, rand);
          if (!a) break;
          const res = apply(s, a);
          if (!res.ok) throw new Error(res.reason);
          s = res.state;
        }
        for (const k of kept) expect(k.view).toEqual(k.copy);
      }),
      { numRuns: 25 },
    );
  });

  it('a view built from parts kept between moves equals one built from a fresh copy of the state', () => {
    // The parts kept between moves (parties per walk-outs, issues per availability, the evidence presented to
    // all per presentations, sheets per sheet changes, the text on the table per table and legitimacy, the
    // table's preview per text and domain) must never go stale: a copy of the state shares no object with
    // them, so its view is built afresh.
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 0, max: 0xffff }), (scenario, seed) => {
        const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed), 200);
        const readers = [...scenario.parties.map((p) => p.id), 'public'];
        states.forEach((s, move) => {
          if (move % 3 !== 0) return;
          const fresh = structuredClone(s);
          for (const r of readers) expect(viewFor(s, r)).toEqual(viewFor(fresh, r));
        });
      }),
      { numRuns: 25 },
    );
  });

  it("a party's preview of the table, kept per text and shared by content between games, equals one worked out afresh", () => {
    // Previews are shared between states (and games) whose domain analysis is the same, by party and package
    // content (view.ts tablePreview): each must be the one previewPackage gives for the state now.
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 0, max: 0xffff }), (scenario, seed) => {
        for (const game of [0, 1])
          for (const s of playRandomGame(initialState(scenario, {}, seed + game), seededRandom(seed + game), 200)
            .states) {
            const table = s.table;
            if (table)
              for (const p of scenario.parties)
                expect(viewFor(s, p.id).preview).toEqual(previewPackage(s, p.id, table.package));
          }
      }),
      { numRuns: 25 },
    );
  });
});
