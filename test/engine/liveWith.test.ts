import { describe, expect, it } from 'vitest';
import {
  apply,
  initialState,
  legalActions,
  livingWith,
  makeActionLog,
  replayLog,
  statements,
  viewFor,
} from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const propose = (party: string, tax: string, data: string): Action => ({
  type: 'propose',
  party,
  package: { tax, data },
});
const liveWith = (party: string, versions: unknown): unknown => ({ type: 'live-with', party, versions });
const refusal = (s: GameState, a: unknown) => {
  const r = apply(s, a);
  return r.ok ? null : r.reason;
};

describe('a tour-de-table statement (live-with)', () => {
  it('is offered once a text has been tabled, naming any of the versions so far', () => {
    let s = start();
    expect(legalActions(s, 'north').some((a) => a.type === 'live-with')).toBe(false);
    expect(refusal(s, liveWith('north', []))).toMatch(/No text has been tabled yet/);
    s = play(s, propose('north', 'low', 'open'), { type: 'amend', party: 'south', issue: 'tax', option: 'mid' });
    expect(legalActions(s, 'east')).toContainEqual({ type: 'live-with', party: 'east', versions: [1, 2] });
  });

  it('is public, logged in a sentence, and changes no stance, trust or score', () => {
    let s = start();
    s = play(s, propose('north', 'low', 'open'), { type: 'amend', party: 'south', issue: 'tax', option: 'mid' });
    const before = s;
    s = play(s, liveWith('east', [2, 1]) as Action);
    const entry = s.log[s.log.length - 1];
    expect(entry?.kind).toBe('live-with');
    expect(entry?.visibility).toBe('public');
    expect(entry?.action).toEqual({ type: 'live-with', party: 'east', versions: [1, 2] });
    expect(entry?.text).toBe('East said it could live with texts 1 and 2 of the 2 tabled so far.');
    for (const p of ['north', 'south']) expect(viewFor(s, p).log.at(-1)?.text).toBe(entry?.text);
    expect([s.table, s.trust, s.credibility, s.active]).toEqual([
      before.table,
      before.trust,
      before.credibility,
      'east',
    ]);
    expect(s.talkUsed).toBe(0);
    s = play(s, { type: 'pass', party: 'east' }, { type: 'pass', party: 'north' }, { type: 'pass', party: 'south' });
    s = play(s, liveWith('east', []) as Action);
    expect(s.log.at(-1)?.text).toBe('East said it could live with none of the 2 texts tabled so far.');
  });

  it('refuses versions not tabled, repeated or malformed, in a sentence', () => {
    let s = start();
    s = play(s, propose('north', 'low', 'open'), propose('south', 'high', 'closed'));
    for (const bad of [[3], [0], [1, 1], [1.5], ['1'], null, 'all', { 1: true }])
      expect(refusal(s, liveWith('east', bad))).toBe(
        'Name the texts you could live with by their versions, each once, from 1 to 2.',
      );
    expect(refusal(s, { type: 'live-with', party: 'east' })).toMatch(/from 1 to 2/);
  });

  it('uses none of the talk moves, once a turn, and replays from the action log', () => {
    let s = start();
    s = play(
      s,
      propose('north', 'low', 'open'),
      { type: 'side-message', party: 'south', to: 'east', text: 'a' },
      { type: 'side-message', party: 'south', to: 'east', text: 'b' },
      liveWith('south', [1]) as Action,
    );
    expect(refusal(s, liveWith('south', []))).toBe('South has already said this turn which texts it could live with.');
    expect(legalActions(s, 'south').some((a) => a.type === 'live-with')).toBe(false);
    s = play(s, { type: 'pass', party: 'south' }, liveWith('east', [1]) as Action);
    const again = replayLog(fixture(), makeActionLog(s));
    expect(again.ok && again.state.log.map((e) => e.text)).toEqual(s.log.map((e) => e.text));
    // A tampered log naming a text never tabled is refused on replay, with the engine's sentence.
    const log = makeActionLog(s);
    const tampered = {
      ...log,
      actions: log.actions.map((a) => (a.type === 'live-with' ? { ...a, versions: [9] } : a)),
    };
    const refused = replayLog(fixture(), tampered);
    expect(refused.ok ? null : refused.reason).toMatch(/from 1 to 1/);
  });

  it('names texts by versions that never restart, even after the text on the table fell', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'court',
          title: 'Court',
          trigger: { when: { issue: 'data', is: 'open' } },
          date: null,
          announcement: 'The court rules.',
          effects: [{ type: 'withdraw-option', issue: 'data', option: 'open' }],
        },
      ];
    });
    let s = play(start(sc), propose('north', 'low', 'shared'), {
      type: 'amend',
      party: 'south',
      issue: 'data',
      option: 'open',
    });
    expect(s.table).toBeNull();
    expect(legalActions(s, 'east')).toContainEqual({ type: 'live-with', party: 'east', versions: [1, 2] });
    s = play(s, liveWith('east', [1]) as Action, propose('east', 'mid', 'closed'));
    expect([s.table?.version, s.textsTabled]).toEqual([3, 3]);
    expect(s.log.find((e) => e.kind === 'propose' && e.party === 'east')?.text).toMatch(/proposed/);
  });

  it('may be left out by a scenario', () => {
    const sc = fixture((x) => (x.protocol.actions = x.protocol.actions.filter((a) => a !== 'live-with')));
    let s = initialState(sc, {}, 1);
    s = play(s, propose('north', 'low', 'open'));
    expect(legalActions(s, 'south').some((a) => a.type === 'live-with')).toBe(false);
    expect(refusal(s, liveWith('south', [1]))).toMatch(/does not allow "live-with"/);
  });
});

describe('the statement in the log', () => {
  it('tells runs of three or more texts as ranges', () => {
    let s = start();
    for (const [p, tax, data] of [
      ['north', 'low', 'open'],
      ['south', 'mid', 'open'],
      ['east', 'high', 'open'],
      ['north', 'low', 'shared'],
      ['south', 'mid', 'shared'],
      ['east', 'high', 'shared'],
    ] as const)
      s = play(s, propose(p, tax, data));
    s = play(s, liveWith('north', [6, 1, 3, 4, 5]) as Action);
    expect(s.log.at(-1)?.text).toBe('North said it could live with texts 1 and 3–6 of the 6 tabled so far.');
  });
});

describe('reading the tour de table (statements)', () => {
  it('each party’s latest word stands, naming texts by the versions tabled before it, amendments included', () => {
    let s = play(start(), propose('north', 'low', 'open'), liveWith('south', [1]) as Action);
    // South amends: text 2. East speaks after it, of the two texts tabled.
    s = play(s, { type: 'amend', party: 'south', issue: 'tax', option: 'mid' }, liveWith('east', [1, 2]) as Action);
    // Round 2: South changes its word; only its latest counts.
    s = play(s, { type: 'pass', party: 'east' }, { type: 'pass', party: 'north' }, liveWith('south', [2]) as Action);
    const stated = statements(s.log);
    expect(stated.get('south')).toEqual({ versions: new Set([2]), tabled: 2 });
    expect(stated.get('east')).toEqual({ versions: new Set([1, 2]), tabled: 2 });
    expect(stated.has('north')).toBe(false);
    expect(livingWith(stated, 2, ['north', 'south', 'east'])).toEqual(['south', 'east']);
    expect(livingWith(stated, 1, ['north', 'south', 'east'])).toEqual(['east']);
  });
});
