/**
 * A bot judges packages with the scenario's one condition interpreter and the engine's legitimacy
 * arithmetic (src/bots/extras.ts): for every text that reaches the table in random games, the points
 * a bot computes from its view alone equal the engine's preview of that text for its party.
 */
import { describe, expect, it } from 'vitest';
import { choiceOf, compileBoard, ownPoints } from '../../src/bots/board.ts';
import { apply, initialState, viewFor } from '../../src/engine/index.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { randomScenario, seededRandom } from '../support/randomScenario.ts';
import { loadScenario } from './support.ts';

describe("a bot's own points", () => {
  it('equal the engine’s preview of the text on the table, rules and social licence included', () => {
    let checked = 0;
    let withRules = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const scenario = randomScenario(seed * 104729);
      const { states } = playRandomGame(initialState(scenario, {}, seed), seededRandom(seed), 120);
      for (const state of states) {
        if (!state.table || state.status !== 'running') continue;
        for (const party of scenario.parties.map((p) => p.id).filter((p) => !state.left.includes(p))) {
          const view = viewFor(state, party);
          const board = compileBoard(view, 1);
          const c = choiceOf(board, state.table.package);
          if (!c || !view.preview) continue;
          // Evidence shown privately between others can fire a rule the party cannot see from its view.
          const seen = new Set([
            ...view.evidence.map((e) => e.id),
            ...view.knownEvidence.filter((e) => e.presentation !== null).map((e) => e.id),
          ]);
          if (Object.keys(state.presented).some((id) => !seen.has(id))) continue;
          expect(ownPoints(board, c)).toBeCloseTo(view.preview.points, 9);
          checked++;
          if (!board.extras.none) withRules++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(withRules).toBeGreaterThan(50);
  });

  it('a package exactly on the legitimacy threshold is on it (no floating-point residue)', () => {
    // (0.1 + 0.7) / 2 is 0.39999999999999997 in floating point: the engine rounds it to 0.4, which is
    // not under a threshold of 0.4, so no social-licence consequence, and neither is there for the bot.
    const scenario = structuredClone(loadScenario('test/fixtures/minimal.json'));
    scenario.legitimacy.options = {
      access: { 'open-data': 0.1, 'secure-enclave': 50 },
      retention: { 'one-year': 50, 'five-years': 0.7 },
    };
    scenario.legitimacy.threshold = 0.4;
    scenario.legitimacy.consequence = { description: 'No social licence.', points: { city: -20, university: -20 } };
    scenario.scoringRules = [
      {
        id: 'low',
        description: 'Bare legitimacy.',
        parties: ['city'],
        points: 7,
        when: { legitimacy: { atMost: 0.4 } },
      },
    ];
    const pkg = { access: 'open-data', retention: 'five-years' };
    const r = apply(initialState(scenario, {}, 1), { type: 'propose', party: 'city', package: pkg });
    if (!r.ok) throw new Error(r.reason);
    const view = viewFor(r.state, 'city');
    const board = compileBoard(view, 1);
    const c = choiceOf(board, pkg);
    if (!c || !view.preview) throw new Error('the text is on the table');
    expect(ownPoints(board, c)).toBe(view.preview.points);
    expect(ownPoints(board, c)).toBe(10 + 10 + 7);
  });
});
