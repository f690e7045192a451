/**
 * Two-party tables (issue 15): the responder counters a text it will not back. The "hold while the
 * text has momentum" rule must not count the author's own support, or with two parties every text
 * would look carried and the responder would only object and wait.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { momentum } from '../../src/bots/tableOutlook.ts';
import { apply, initialState, viewFor } from '../../src/engine/index.ts';
import { researchLike } from '../support/negotiationGames.ts';

const TWO_PARTY = Array.from({ length: 60 }, (_, k) => k + 1)
  .filter((s) => researchLike(s).parties.length === 2)
  .slice(0, 6);

describe('two-party tables', () => {
  it('momentum does not count the author’s own support', () => {
    const s = researchLike(TWO_PARTY[0]!);
    const [a, b] = s.protocol.turnOrder as [string, string];
    const pkg = Object.fromEntries(s.issues.map((i) => [i.id, i.options[0]!.id]));
    const r = apply(initialState(s, {}, 1), { type: 'propose', party: a, package: pkg });
    if (!r.ok) throw new Error(r.reason);
    const view = viewFor(r.state, b);
    expect(view.table?.stances[a]).toBe('support');
    expect(momentum(view, b, view.table!.stances)).toBe(0);
  });

  it('the responder answers a text it does not back with a counter, never by objecting and waiting', () => {
    let counters = 0;
    for (const seed of TWO_PARTY) {
      const s = researchLike(seed);
      const responder = s.protocol.turnOrder[1];
      const g = playGame(s, { seed });
      for (const e of g.state.log.filter((x) => x.party === responder)) {
        expect(['object', 'pass'], `seed ${seed}: the responder's ${e.kind}`).not.toContain(e.kind);
        if (e.kind === 'propose' || e.kind === 'amend') counters++;
      }
    }
    expect(counters).toBeGreaterThan(0);
  });
});
