/**
 * A move's one-line reason (src/bots/reason.ts) names the issue an amendment changes, never another
 * one the text moved on since the bot's own last text (seen on Safe Harbor: "concedes on" an issue the
 * amendment did not touch).
 */
import { describe, expect, it } from 'vitest';
import { botConfigs, assignStrategies } from '../../src/bots/arena/playGame.ts';
import { explainMove } from '../../src/bots/reason.ts';
import { apply, initialState, viewFor } from '../../src/engine/index.ts';
import type { Action, Package } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { researchLike } from '../support/negotiationGames.ts';

/** The package a party rates best on every issue. */
function bestFor(s: Scenario, party: number): Package {
  const sheet = s.parties[party]!.sheet;
  return Object.fromEntries(
    s.issues.map((i) => [i.id, i.options.reduce((w, o) => (sheet[i.id]![o.id]! > sheet[i.id]![w.id]! ? o : w)).id]),
  );
}

describe('the reason for an amendment', () => {
  it('names the amended issue, not another issue the text moved on since its own last text', () => {
    // A two-party table where the parties' best packages differ on at least two issues.
    const s = Array.from({ length: 60 }, (_, k) => researchLike(k + 1)).find((sc) => {
      if (sc.parties.length !== 2) return false;
      const a = bestFor(sc, 0);
      const b = bestFor(sc, 1);
      return sc.issues.filter((i) => a[i.id] !== b[i.id]).length >= 2;
    })!;
    const [a, b] = s.parties.map((p) => p.id) as [string, string];
    const mine = bestFor(s, 0);
    const theirs = bestFor(s, 1);
    const differ = s.issues.filter((i) => mine[i.id] !== theirs[i.id]);
    const amended = differ[0]!;
    let state = initialState(s, {}, 1);
    const moves: Action[] = [
      { type: 'propose', party: a, package: mine },
      { type: 'propose', party: b, package: theirs },
    ];
    for (const m of moves) {
      const r = apply(state, m);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    expect(state.active).toBe(a);
    // a sets the first issue on which they differ back to its own best option: it gives up nothing
    // there, while the text has moved against it on the others since its own proposal.
    const action: Action = { type: 'amend', party: a, issue: amended.id, option: mine[amended.id]! };
    const config = botConfigs(s, assignStrategies(s, {}), 1, 'normal')[a]!;
    const reason = explainMove(viewFor(state, a), action, config);
    expect(reason).toContain(amended.title);
    for (const other of differ.slice(1)) expect(reason).not.toContain(other.title);
    expect(reason).not.toMatch(/^concedes on /);
  });
});
