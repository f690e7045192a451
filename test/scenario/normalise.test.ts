/** `normalise` fills every default documented in types.ts, and keeps what the file says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ACTIONS, normalise } from '../../src/scenario/normalise.ts';
import { OKABE_ITO, assignColours } from '../../src/scenario/palette.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { ScenarioFile } from '../../src/scenario/schema.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const minimalText = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const file = () => JSON.parse(minimalText) as ScenarioFile;

function load(f: ScenarioFile): Scenario {
  const r = parseScenario(JSON.stringify(f), 'n.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.scenario;
}

describe('normalise', () => {
  it('fills every default of the minimal scenario', () => {
    const s = load(file());
    expect(s).toMatchObject({
      language: 'en',
      durationMinutes: 60,
      themes: [],
      sources: [],
      scoringRules: [],
      evidence: [],
      events: [],
      agreement: { rule: 'unanimity', threshold: 0.5, required: [], noDeal: null, binds: 'all', counts: 'all' },
      protocol: { rounds: 8, turnOrder: ['city', 'university'], talkActionsPerTurn: 2 },
      scoring: { outcome: 80, process: 20 },
    });
    expect(s.protocol.actions).toEqual([...ALL_ACTIONS]);
    expect(s.parties.map((p) => [p.colour, p.influence, p.veto, p.persona, p.track, p.redLines])).toEqual([
      [OKABE_ITO[0], 1, false, { toughness: 0.5, trust: 0.5 }, 'I', []],
      [OKABE_ITO[1], 1, false, { toughness: 0.5, trust: 0.5 }, 'I', []],
    ]);
    expect(s.issues[0]?.description).toBe('');
    expect(s.issues[0]?.options[0]).toEqual({ id: 'open-data', label: 'Open data', description: '', available: true });
    expect(s.legitimacy).toEqual({
      threshold: 50,
      options: { access: { 'open-data': 50, 'secure-enclave': 50 }, retention: { 'one-year': 50, 'five-years': 50 } },
      weights: { access: 1, retention: 1 },
      consequence: null,
    });
  });

  it('keeps the table rules the file sets: Track II, red lines, what walking away means', () => {
    const f = file();
    f.parties[1] = { ...f.parties[1]!, track: 'II', redLines: [{ issue: 'access', option: 'open-data' }] };
    f.agreement = { ...f.agreement, binds: 'stayers', counts: 'present' };
    const s = load(f);
    expect(s.parties[1]).toMatchObject({ track: 'II', redLines: [{ issue: 'access', option: 'open-data' }] });
    expect(s.agreement).toMatchObject({ binds: 'stayers', counts: 'present' });
  });

  it('keeps what the file says and completes partial tables', () => {
    const f = file();
    f.parties[0] = { ...f.parties[0]!, colour: '#E69F00', influence: 3, veto: true, persona: { toughness: 0.9 } };
    f.protocol = { rounds: 4, actions: ['propose', 'support'] };
    f.legitimacy = { threshold: 60, options: { access: { 'open-data': 20 } }, weights: { retention: 2 } };
    f.evidence = [
      {
        id: 'survey',
        holder: 'city',
        title: 'Survey',
        summary: 'Residents accept enclaves.',
        source: { title: 'Survey 2020' },
        provenance: 'Online panel.',
        rigour: 'weak',
        argues: [{ issue: 'access', option: 'secure-enclave', stance: 'for' }],
      },
    ];
    const s = load(f);
    expect(s.parties[0]).toMatchObject({
      colour: '#E69F00',
      influence: 3,
      veto: true,
      persona: { toughness: 0.9, trust: 0.5 },
    });
    // The palette's orange is taken by the first party: the second gets the next free colour.
    expect(s.parties[1]?.colour).toBe(OKABE_ITO[1]);
    expect(s.protocol.actions).toEqual(['propose', 'support', 'pass', 'walk-away']);
    expect(s.protocol.rounds).toBe(4);
    expect(s.legitimacy.options['access']).toEqual({ 'open-data': 20, 'secure-enclave': 50 });
    expect(s.legitimacy.weights).toEqual({ access: 1, retention: 2 });
    expect(s.evidence[0]).toMatchObject({ available: true, argues: [{ strength: 2 }] });
  });

  it('shares nothing with its input and survives a JSON round trip', () => {
    const f = file();
    const s = normalise(f);
    (f.parties[0]!.sheet['access'] as Record<string, number>)['open-data'] = 999;
    expect(s.parties[0]?.sheet['access']?.['open-data']).toBe(10);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('assigns distinct palette colours in party order', () => {
    expect(assignColours([undefined, '#e69f00', undefined])).toEqual([OKABE_ITO[1], '#e69f00', OKABE_ITO[2]]);
    expect(new Set(assignColours(Array(8).fill(undefined))).size).toBe(8);
  });
});
