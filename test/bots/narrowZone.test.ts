/**
 * Finding a narrow zone in the end game (src/bots/narrowZone.ts). The fixture: four parties under
 * unanimity, two issues, and a single package, open access with medium retention, that beats every
 * BATNA. By the last round the funder's text (open, short) is on the table, backed by the hospital and
 * blocked by the regulator's objection; the lab, first to move, likes it. Backing it (as the end game did
 * before) ends the game with no deal: nobody after the lab can table a text that the turns left carry.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { decide } from '../../src/bots/decide.ts';
import { changedIssues, nearestFirst, underByObjections } from '../../src/bots/narrowZone.ts';
import { apply, initialState, legalActions, viewFor, type Action, type GameState } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { loadScenario } from './support.ts';

const FIXTURE = 'test/fixtures/bots/narrow-zone.json';

/** The fixture's game up to the lab's turn in the last round, moves chosen by hand. */
function blockedInTheLastRound(scenario: Scenario): GameState {
  let state = initialState(scenario, {}, 1);
  const act = (a: Action) => {
    const r = apply(state, a);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  };
  const moves: Action[] = [
    { type: 'pass', party: 'lab' },
    { type: 'pass', party: 'funder' },
    { type: 'propose', party: 'regulator', package: { access: 'none', retention: 'long' } },
    { type: 'pass', party: 'hospital' },
    { type: 'propose', party: 'lab', package: { access: 'open', retention: 'medium' } },
    { type: 'object', party: 'funder' },
    { type: 'support', party: 'regulator' },
    { type: 'object', party: 'hospital' },
    { type: 'pass', party: 'lab' },
    { type: 'propose', party: 'funder', package: { access: 'open', retention: 'short' } },
    { type: 'object', party: 'regulator' },
    { type: 'support', party: 'hospital' },
  ];
  for (const m of moves) act(m);
  return state;
}

describe('a narrow zone in the end game', () => {
  const scenario = loadScenario(FIXTURE);

  it('the fixture has one package that beats every BATNA', () => {
    const beatsAll: string[] = [];
    for (const access of scenario.issues[0]!.options)
      for (const retention of scenario.issues[1]!.options) {
        const ok = scenario.parties.every(
          (p) => (p.sheet.access?.[access.id] ?? 0) + (p.sheet.retention?.[retention.id] ?? 0) > p.batna.points,
        );
        if (ok) beatsAll.push(`${access.id}/${retention.id}`);
      }
    expect(beatsAll).toEqual(['open/medium']);
  });

  it('a blocked text is replaced, not backed: the lab moves it toward the objector and the table agrees', () => {
    let state = blockedInTheLastRound(scenario);
    expect(state.round).toBe(scenario.protocol.rounds);
    expect(state.active).toBe('lab');
    expect(state.table?.stances.regulator).toBe('object');
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    const first = decide(viewFor(state, 'lab'), legalActions(state, 'lab'), configs.lab!);
    expect(first).toEqual({ type: 'amend', party: 'lab', issue: 'retention', option: 'medium' });
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const r = apply(state, decide(viewFor(state, p), legalActions(state, p), configs[p]!));
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    expect(state.outcome?.kind).toBe('agreement');
    expect(state.outcome?.kind === 'agreement' && state.outcome.package).toEqual({
      access: 'open',
      retention: 'medium',
    });
  });
});

describe('narrow-zone rules', () => {
  it('objections bind thresholds: a candidate estimated under a text the party objected to leaves it under', () => {
    const estimates: Record<string, number> = { '0,0': 0.4, '0,1': 0.5, '1,1': 0.3, '1,0': 0.4 };
    const estimateOf = (_p: string, c: number[]) => estimates[c.join(',')] ?? 0;
    const objected = new Map([['regulator', [[0, 0]]]]);
    // Its threshold is above 0.4: a candidate at 0.5 may reach it, one at 0.3 does not, nor the text itself.
    expect(underByObjections(objected, estimateOf, [0, 1])).toEqual([]);
    expect(underByObjections(objected, estimateOf, [1, 1])).toEqual(['regulator']);
    expect(underByObjections(objected, estimateOf, [0, 0])).toEqual(['regulator']);
    // A model that cannot tell the candidate from the objected text (equal estimates) learns nothing from it.
    expect(underByObjections(objected, estimateOf, [1, 0])).toEqual([]);
  });

  it('in the last round the candidate nearest to the table comes first, whatever its value', () => {
    const table = [0, 0, 0];
    expect(changedIssues([0, 1, 2], [table])).toBe(2);
    const ranked = nearestFirst(
      [
        { c: [1, 1, 0], value: 3 },
        { c: [0, 0, 1], value: 1 },
        { c: [0, 2, 0], value: 2 },
      ],
      [table],
    );
    expect(ranked.map((r) => r.value)).toEqual([2, 1, 3]);
  });
});
