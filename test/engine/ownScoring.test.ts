/** PartyView.ownScoring: a party's own scoring rules and consequences, and nobody else's. */
import { describe, expect, it } from 'vitest';
import { initialState, ownScoringFor, viewFor } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fixture } from '../support/engineFixture.ts';

/** Each figure that belongs to one party only is a number no other figure in the fixture uses. */
function withRules(): Scenario {
  return fixture((s) => {
    s.scoringRules = [
      {
        id: 'shared-bonus',
        description: 'Both like open data.',
        parties: ['north', 'south'],
        points: 7,
        when: { issue: 'data', is: 'open' },
      },
      {
        id: 'south-only',
        description: 'South hates high tax.',
        parties: ['south'],
        points: -333,
        when: { issue: 'tax', is: 'high' },
      },
    ];
    s.legitimacy.consequence = { description: 'The public revolts.', points: { north: -11, south: -777 } };
    s.agreement.noDeal = { description: 'Stalemate.', points: { north: -5, east: -555 } };
  });
}

const view = (s: Scenario, p: string) => viewFor(initialState(s, {}, 1), p);

describe('ownScoring in a party view', () => {
  it('holds the rules naming the party (without whom else they name), its legitimacy and no-deal consequences', () => {
    expect(view(withRules(), 'north').ownScoring).toEqual({
      rules: [
        { id: 'shared-bonus', description: 'Both like open data.', points: 7, when: { issue: 'data', is: 'open' } },
      ],
      legitimacy: {
        weights: { tax: 1, data: 1 },
        threshold: 50,
        consequence: -11,
        consequenceDescription: 'The public revolts.',
      },
      noDeal: { points: -5, description: 'Stalemate.' },
    });
  });

  it('null / 0 when the scenario names no consequence for the party', () => {
    const east = view(withRules(), 'east').ownScoring;
    expect(east.rules).toEqual([]);
    expect(east.legitimacy.consequence).toBe(0);
    expect(east.legitimacy.consequenceDescription).toBeNull();
    expect(view(withRules(), 'south').ownScoring.noDeal).toBeNull();
    expect(view(withRules(), 'east').ownScoring.noDeal).toEqual({ points: -555, description: 'Stalemate.' });
  });

  it('never mentions another party’s points or whom a rule names', () => {
    const s = withRules();
    for (const [reader, foreign] of [
      ['north', ['-333', '-777', '-555']],
      ['south', ['-11', '-5', '-555']],
      ['east', ['-11', '-777', '-5', '-333', '7']],
    ] as const) {
      const text = JSON.stringify(view(s, reader).ownScoring);
      for (const f of foreign) expect(text, `${reader} sees ${f}`).not.toMatch(new RegExp(`:${f}[,}]`));
      expect(text).not.toContain('"parties"');
      for (const other of ['north', 'south', 'east']) if (other !== reader) expect(text).not.toContain(other);
    }
  });

  it('is absent from the public view, and matches ownScoringFor', () => {
    const s = withRules();
    expect('ownScoring' in viewFor(initialState(s, {}, 1), 'public')).toBe(false);
    expect(view(s, 'south').ownScoring).toEqual(ownScoringFor(s, 'south'));
  });
});
