/** What the engine's index offers the game: previewPackage, packageLines, domainOf. */
import { describe, expect, it } from 'vitest';
import { apply, domainOf, initialState, packageLines, previewPackage, viewFor } from '../../src/engine/index.ts';
import { packagePoints } from '../../src/analysis/domain.ts';
import { fixture } from '../support/engineFixture.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { loadScenario } from '../bots/support.ts';

const scenario = fixture((s) => {
  s.scoringRules = [
    {
      id: 'open-bonus',
      description: 'Open data pleases north.',
      parties: ['north'],
      points: 9,
      when: { issue: 'data', is: 'open' },
    },
  ];
});

describe('previewPackage', () => {
  it('gives the viewer’s points and lines for a full package, as the view previews the table', () => {
    const start = initialState(scenario, {}, 1);
    const r = apply(start, { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    if (!r.ok) throw new Error(r.reason);
    const p = previewPackage(r.state, 'north', { tax: 'low', data: 'open' });
    expect(p.points).toBe(40 + 60 + 9);
    expect(p.lines.map((l) => l.label)).toEqual(['Tax: Low', 'Data: Open', 'Open data pleases north.']);
    expect(viewFor(r.state, 'north').preview).toEqual(p);
    expect(previewPackage(r.state, 'south', { tax: 'low', data: 'open' }).points).toBe(0);
  });

  it('accepts a partial package (an issue not chosen counts 0) and agrees with packageLines and the domain', () => {
    const s = initialState(scenario, {}, 1);
    const p = previewPackage(s, 'north', { data: 'open' });
    expect(p.points).toBe(60 + 9);
    expect(p.lines).toEqual(packageLines(s, 'north', { data: 'open' }, s.round));
    const domain = domainOf(s, s.round);
    expect(packagePoints(domain, 0, { tax: 'mid', data: 'shared' })).toBe(
      previewPackage(s, 'north', { tax: 'mid', data: 'shared' }).points,
    );
  });

  it('throws on an id that is not a party', () => {
    expect(() => previewPackage(initialState(scenario, {}, 1), 'nobody', {})).toThrow(/unknown party "nobody"/);
  });

  it('is the view’s preview of the table at every move, also when events change the points of a text left on the table', () => {
    // Safe Harbor's events change sheets mid-game; the view keeps a preview while its text and the domain stay.
    const scenario = loadScenario('scenarios/safe-harbor-revocation.json');
    let changedUnderSameText = 0;
    for (const seed of [1, 2, 3]) {
      const { log } = playGame(scenario, { seed, strategies: ['adaptive'] });
      let state = initialState(scenario, log.setup ?? {}, seed);
      let before: Record<string, number> | null = null;
      for (const action of log.actions) {
        const r = apply(state, action);
        if (!r.ok) throw new Error(r.reason);
        const same = r.state.table !== null && r.state.table.package === state.table?.package;
        state = r.state;
        if (!state.table) continue;
        const points: Record<string, number> = {};
        for (const party of scenario.parties) {
          const expected = previewPackage(state, party.id, state.table.package);
          expect(viewFor(state, party.id).preview).toEqual(expected);
          points[party.id] = expected.points;
        }
        if (same && before && scenario.parties.some((p) => before![p.id] !== points[p.id])) changedUnderSameText++;
        before = points;
      }
    }
    expect(changedUnderSameText).toBeGreaterThan(0);
  });
});
