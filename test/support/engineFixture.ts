/**
 * A small hand-made normalised Scenario for the engine's rule tests: three parties (north, south,
 * east), two issues of three options, evidence of each rigour, one round event and one `when`
 * event. `fixture(overrides)` returns a fresh copy with changes applied on top.
 */
import { apply, initialState } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { ALL_ACTIONS } from '../../src/scenario/normalise.ts';

const sheet = (a: number[], b: number[]) => ({
  tax: { low: a[0] ?? 0, mid: a[1] ?? 0, high: a[2] ?? 0 },
  data: { closed: b[0] ?? 0, shared: b[1] ?? 0, open: b[2] ?? 0 },
});

const party = (id: string, influence: number, s: ReturnType<typeof sheet>, batna: number) => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  kind: 'state' as const,
  description: `${id} public description`,
  brief: `BRIEF-MARKER-${id}`,
  colour: '#0072b2',
  influence,
  veto: false,
  batna: { points: batna, description: `BATNA-MARKER-${id}` },
  sheet: s,
  persona: { toughness: 0.5, trust: 0.5 },
  track: 'I' as const,
  redLines: [],
});

export function fixture(change: (s: Scenario) => void = () => {}): Scenario {
  const scenario: Scenario = {
    id: 'engine-fixture',
    title: 'Engine fixture',
    summary: 'Three parties, two issues.',
    version: '1.0.0',
    language: 'en',
    objectives: ['Test.'],
    themes: [],
    durationMinutes: 30,
    sources: [],
    background: 'Background.',
    parties: [
      party('north', 3, sheet([40, 20, 0], [0, 30, 60]), 30),
      party('south', 1, sheet([0, 20, 40], [60, 30, 0]), 30),
      party('east', 1, sheet([10, 30, 10], [10, 30, 10]), 20),
    ],
    issues: [
      {
        id: 'tax',
        title: 'Tax',
        description: '',
        options: [
          { id: 'low', label: 'Low', description: '', available: true },
          { id: 'mid', label: 'Mid', description: '', available: true },
          { id: 'high', label: 'High', description: '', available: true },
        ],
      },
      {
        id: 'data',
        title: 'Data',
        description: '',
        options: [
          { id: 'closed', label: 'Closed', description: '', available: true },
          { id: 'shared', label: 'Shared', description: '', available: true },
          { id: 'open', label: 'Open', description: '', available: true },
        ],
      },
    ],
    scoringRules: [],
    agreement: {
      rule: 'unanimity',
      threshold: 0.5,
      required: [],
      noDeal: { description: 'Stalemate.', points: { north: -5 } },
      binds: 'all',
      counts: 'all',
    },
    protocol: {
      rounds: 3,
      turnOrder: ['north', 'south', 'east'],
      actions: [...ALL_ACTIONS],
      talkActionsPerTurn: 2,
    },
    evidence: [
      {
        id: 'rumour',
        holder: 'north',
        title: 'A rumour',
        summary: 's',
        source: { title: 't' },
        provenance: 'p',
        rigour: 'weak',
        flaws: ['anecdotal', 'no-method-stated'],
        date: null,
        published: null,
        argues: [{ issue: 'data', option: 'open', stance: 'for', strength: 3 }],
        available: true,
      },
      {
        id: 'survey',
        holder: 'north',
        title: 'A survey',
        summary: 's',
        source: { title: 't' },
        provenance: 'p',
        rigour: 'moderate',
        flaws: ['self-selected-sample'],
        date: null,
        published: null,
        argues: [{ issue: 'data', option: 'open', stance: 'for', strength: 2 }],
        available: true,
      },
      {
        id: 'study',
        holder: 'south',
        title: 'A study',
        summary: 's',
        source: { title: 't' },
        provenance: 'p',
        rigour: 'strong',
        flaws: [],
        date: null,
        published: null,
        argues: [
          { issue: 'data', option: 'closed', stance: 'for', strength: 3 },
          { issue: 'data', option: 'open', stance: 'against', strength: 1 },
        ],
        available: true,
      },
    ],
    events: [],
    legitimacy: {
      threshold: 50,
      options: { tax: { low: 50, mid: 60, high: 40 }, data: { closed: 50, shared: 60, open: 50 } },
      weights: { tax: 1, data: 1 },
      consequence: { description: 'The public revolts.', points: { north: -10, south: -10, east: -10 } },
    },
    scoring: { outcome: 80, process: 20 },
    calendar: [],
    history: null,
    debrief: { lessons: [{ text: 'l', outcome: null, when: null }], whatHappened: 'w', questions: ['q'] },
  };
  change(scenario);
  return scenario;
}

/** The fixture's game at its start (seed 1). */
export const start = (s: Scenario = fixture()): GameState => initialState(s, {}, 1);

/** Applies `actions` in turn; a refused action fails the test with the engine's reason. */
export function play(state: GameState, ...actions: Action[]): GameState {
  for (const a of actions) {
    const r = apply(state, a);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(a)}: ${r.reason}`);
    state = r.state;
  }
  return state;
}

/**
 * A majority deal made without North: North walks away, South proposes high tax and closed data, East
 * supports. `binds` says whether that deal binds North; `change` adjusts the scenario further.
 */
export function dealAfterWalkOut(binds: 'all' | 'stayers', change: (s: Scenario) => void = () => {}): GameState {
  const scenario = fixture((x) => {
    x.agreement.rule = 'majority';
    x.agreement.binds = binds;
    change(x);
  });
  return play(
    start(scenario),
    { type: 'walk-away', party: 'north' },
    { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
    { type: 'support', party: 'east' },
  );
}
