import { describe, expect, it } from 'vitest';
import { apply, legalActions, score, viewFor } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { FLAWS } from '../../src/scenario/flaws.ts';
import { pointBounds } from '../../src/engine/scoring.ts';
import { dealAfterWalkOut, fixture, play, start } from '../support/engineFixture.ts';

const propose = (party: string, tax: string, data: string): Action => ({
  type: 'propose',
  party,
  package: { tax, data },
});
const support = (party: string): Action => ({ type: 'support', party });
const object = (party: string): Action => ({ type: 'object', party });
const pass = (party: string): Action => ({ type: 'pass', party });
const partyView = (s: GameState, p: string) => viewFor(s, p);

describe('turns', () => {
  it('starts in round 1 with the first party of the turn order', () => {
    const s = start();
    expect([s.round, s.active, s.status]).toEqual([1, 'north', 'running']);
    expect(legalActions(s, 'south')).toEqual([]);
  });

  it('a main move ends the turn; talk moves are limited', () => {
    let s = start();
    s = play(
      s,
      { type: 'side-message', party: 'north', to: 'south', text: 'hi' },
      { type: 'offer-coalition', party: 'north', to: 'east' },
    );
    const r = apply(s, { type: 'side-message', party: 'north', to: 'east', text: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/talk move/);
    s = play(s, pass('north'));
    expect(s.active).toBe('south');
    expect(s.talkUsed).toBe(0);
  });

  it('refuses illegal and malformed moves with a reason, never throwing', () => {
    const s = start();
    for (const bad of [
      null,
      3,
      'pass',
      [],
      {},
      { type: 'pass' },
      { type: 'dance', party: 'north' },
      { type: 'pass', party: 'south' },
      { type: 'propose', party: 'north', package: { tax: 'low' } },
      { type: 'propose', party: 'north', package: { tax: 'low', data: 'nope' } },
      { type: 'propose', party: 'north', package: { tax: 'low', data: 'open', extra: 'x' } },
      { type: 'support', party: 'north' },
      { type: 'amend', party: 'north', issue: 'tax', option: 'low' },
      { type: 'present-evidence', party: 'north', evidence: 'study', to: 'all' },
      { type: 'side-message', party: 'north', to: 'north', text: 'x' },
      { type: 'side-message', party: 'north', to: 'south', text: '   ' },
      JSON.parse('{"type":"propose","party":"north","package":{"__proto__":{"tax":"low"}}}'),
    ]) {
      const r = apply(s, bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it('the deadline ends without a deal: BATNA plus the no-deal consequence', () => {
    let s = start();
    for (let i = 0; i < 9; i++) s = play(s, pass(s.active as string));
    expect(s.status).toBe('finished');
    expect(s.active).toBeNull();
    expect(s.outcome?.kind).toBe('no-deal');
    const report = score(s);
    expect(report.parties.north?.points).toBe(25);
    expect(report.parties.south?.points).toBe(30);
    expect(apply(s, pass('north')).ok).toBe(false);
    for (const p of ['north', 'south', 'east']) expect(legalActions(s, p)).toEqual([]);
  });
});

describe('agreement rules', () => {
  it('unanimity needs every party at the table', () => {
    let s = play(start(), propose('north', 'mid', 'shared'), support('south'));
    expect(s.status).toBe('running');
    s = play(s, support('east'));
    expect(s.outcome).toMatchObject({ kind: 'agreement', package: { tax: 'mid', data: 'shared' }, round: 1 });
  });

  it('a new text resets stances and the mover supports it', () => {
    const s = play(start(), propose('north', 'mid', 'shared'), support('south'), {
      type: 'amend',
      party: 'east',
      issue: 'tax',
      option: 'low',
    });
    expect(s.table?.stances).toEqual({ east: 'support' });
    expect(s.table?.package).toEqual({ tax: 'low', data: 'shared' });
  });

  it('majority: more than the threshold share of parties', () => {
    const s = play(
      start(fixture((x) => (x.agreement.rule = 'majority'))),
      propose('north', 'mid', 'shared'),
      support('south'),
    );
    expect(s.outcome?.kind).toBe('agreement');
  });

  it('required parties must support whatever the rule', () => {
    const sc = fixture((x) => {
      x.agreement.rule = 'majority';
      x.agreement.required = ['east'];
    });
    let s = play(start(sc), propose('north', 'mid', 'shared'), support('south'));
    expect(s.status).toBe('running');
    s = play(s, support('east'));
    expect(s.outcome?.kind).toBe('agreement');
  });

  it("a veto party's objection blocks", () => {
    const sc = (veto: boolean) =>
      fixture((x) => {
        x.agreement.rule = 'majority';
        (x.parties[1] as { veto: boolean }).veto = veto;
      });
    const moves = [propose('north', 'low', 'open'), object('south'), support('east')];
    expect(play(start(sc(false)), ...moves).outcome?.kind).toBe('agreement');
    expect(play(start(sc(true)), ...moves).status).toBe('running');
  });

  it('weighted majority counts influence, and coalitions pool it', () => {
    const sc = fixture((x) => {
      x.agreement.rule = 'weighted-majority';
      x.agreement.threshold = 0.7;
    });
    // Influence 3,1,1: north alone has 60% — not more than 70%.
    let s = play(start(sc), propose('north', 'low', 'open'));
    expect(s.status).toBe('running');
    // north + east in a coalition: north's support carries the bloc (4 of 5 = 80%).
    s = play(
      start(sc),
      { type: 'offer-coalition', party: 'north', to: 'east' },
      pass('north'),
      pass('south'),
      { type: 'accept-coalition', party: 'east', from: 'north' },
      pass('east'),
    );
    expect(s.coalitions).toEqual([['north', 'east']]);
    s = play(s, propose('north', 'low', 'open'));
    expect(s.outcome?.kind).toBe('agreement');

    // A bloc never carries a member over its red line: east's fixed objection leaves it outside north's bloc.
    const lined = fixture((x) => {
      x.agreement.rule = 'weighted-majority';
      x.agreement.threshold = 0.7;
      const east = x.parties.find((p) => p.id === 'east')!;
      east.redLines = [{ issue: 'data', option: 'open' }];
    });
    let t = play(
      start(lined),
      { type: 'offer-coalition', party: 'north', to: 'east' },
      pass('north'),
      pass('south'),
      { type: 'accept-coalition', party: 'east', from: 'north' },
      pass('east'),
    );
    t = play(t, propose('north', 'low', 'open'));
    expect(t.table?.stances['east']).toBe('object');
    expect(t.outcome).toBeNull();
  });

  it('a member that supports a text across its own red line is back in its bloc', () => {
    // Influence north 3, south 1, east 2 (6 in all); more than 85% needed. South and east form a bloc.
    const sc = fixture((x) => {
      x.agreement.rule = 'weighted-majority';
      x.agreement.threshold = 0.85;
      const east = x.parties.find((p) => p.id === 'east')!;
      east.influence = 2;
      east.redLines = [{ issue: 'data', option: 'open' }];
    });
    let s = play(
      start(sc),
      pass('north'),
      { type: 'offer-coalition', party: 'south', to: 'east' },
      pass('south'),
      { type: 'accept-coalition', party: 'east', from: 'south' },
      pass('east'),
    );
    // North tables a text across east's red line; south objects; east, deliberately, supports.
    s = play(s, propose('north', 'low', 'open'), object('south'));
    expect(s.table?.stances).toEqual({ north: 'support', south: 'object', east: 'object' });
    s = play(s, support('east'));
    // East (2 of the bloc's 3) carries its bloc: 6 of 6. Standing alone it would leave 5 of 6.
    expect(s.outcome?.kind).toBe('agreement');
  });

  it('call-vote counts votes cast; a failed vote costs the caller credibility', () => {
    const sc = fixture((x) => (x.agreement.rule = 'majority'));
    let s = play(start(sc), propose('north', 'low', 'open'), object('south'));
    const before = s.credibility.east as number;
    s = play(s, { type: 'object', party: 'east' }, pass('north'), pass('south'));
    s = play(s, { type: 'call-vote', party: 'east' }); // east now supports: 2 for, 1 against
    expect(s.outcome?.kind).toBe('agreement');
    let t = play(start(sc), propose('north', 'low', 'open'), object('south'), object('east'), pass('north'));
    t = play(t, { type: 'call-vote', party: 'south' }); // south supports, north supports, east against → passes
    expect(t.outcome?.kind).toBe('agreement');
    const uni = play(start(), propose('north', 'low', 'open'), object('south'), { type: 'call-vote', party: 'east' });
    expect(uni.status).toBe('running'); // south votes against under unanimity
    expect(uni.credibility.east).toBe(before - 5);
  });

  it('walking away: a required party ends the talks; so does being fewer than two', () => {
    const sc = fixture((x) => (x.agreement.required = ['south']));
    let s = play(start(sc), pass('north'), { type: 'walk-away', party: 'south' });
    expect(s.outcome).toMatchObject({ kind: 'no-deal' });
    const lenient = fixture((x) => {
      x.agreement.binds = 'stayers';
      x.agreement.counts = 'present';
    });
    s = play(start(lenient), { type: 'walk-away', party: 'north' });
    expect(s.status).toBe('running');
    expect(s.active).toBe('south');
    s = play(s, propose('south', 'high', 'closed'), support('east'));
    expect(s.outcome?.kind).toBe('agreement'); // unanimity among those still at the table
    const r = score(s);
    expect(r.parties.north?.points).toBe(30); // BATNA, no consequence: there was a deal
    s = play(start(lenient), { type: 'walk-away', party: 'north' }, { type: 'walk-away', party: 'south' });
    expect(s.outcome?.kind).toBe('no-deal');
  });

  it('under the strict reading a walk-out does not shrink the rule; under the lenient one it does', () => {
    // Unanimity counting every party: nobody can consent for the party that left, so the talks end.
    let s = play(start(), { type: 'walk-away', party: 'north' });
    expect(s.outcome).toMatchObject({ kind: 'no-deal' });
    // Majority over more than 1/2: 2 of 3 carries; after a walk-out, 1 of 3 no longer does (strict),
    // while 1 of 2 is still not more than half (lenient) and 2 of 2 is.
    const majority = (counts: 'all' | 'present') =>
      fixture((x) => {
        x.agreement.rule = 'majority';
        x.agreement.threshold = 0.4;
        x.agreement.counts = counts;
      });
    s = play(start(majority('all')), { type: 'walk-away', party: 'north' }, propose('south', 'high', 'closed'));
    expect(s.status).toBe('running'); // 1 of 3 parties is not more than 0.4 of 3
    expect(s.outcome).toBeNull();
    s = play(start(majority('present')), { type: 'walk-away', party: 'north' }, propose('south', 'high', 'closed'));
    expect(s.outcome?.kind).toBe('agreement'); // 1 of 2 is more than 0.4 of 2
  });

  it('a deal that binds every party scores those who walked away at its points; one that binds stayers at their BATNA', () => {
    const game = (binds: 'all' | 'stayers') => dealAfterWalkOut(binds);
    const all = score(game('all'));
    expect(all.outcome?.kind).toBe('agreement');
    // north's sheet: high tax 0, closed data 0; legitimacy (40 + 50) / 2 under 50: no social licence, -10
    expect(all.parties.north?.points).toBe(-10);
    const stayers = score(game('stayers'));
    expect(stayers.parties.north?.points).toBe(30);
  });
});

describe('events', () => {
  it('round events fire at the start of their round and change the state', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'shock',
          title: 'Shock',
          trigger: { round: 2 },
          date: null,
          announcement: 'Something happened.',
          effects: [
            { type: 'change-points', party: 'north', issue: 'tax', option: 'low', by: -25 },
            { type: 'change-batna', party: 'south', by: 10 },
            { type: 'change-legitimacy', issue: 'tax', option: 'high', by: 30 },
          ],
        },
      ];
    });
    let s = start(sc);
    expect(s.fired).toEqual([]);
    s = play(s, pass('north'), pass('south'), pass('east'));
    expect(s.fired).toEqual(['shock']);
    expect(partyView(s, 'north').sheet.tax?.low).toBe(15);
    expect(partyView(s, 'south').sheet.tax?.low).toBe(0);
    expect(partyView(s, 'south').batna.points).toBe(40);
    expect(s.legitimacy.tax?.high).toBe(70);
    expect(viewFor(s, 'public').log.some((e) => e.kind === 'event' && e.text.includes('Something happened.'))).toBe(
      true,
    );
  });

  it('when events fire once their condition holds; withdrawing the option on the table drops the text', () => {
    const sc = fixture((x) => {
      x.issues[0]?.options.push({ id: 'flat', label: 'Flat', description: '', available: false });
      for (const p of x.parties) (p.sheet.tax as Record<string, number>).flat = 5;
      (x.legitimacy.options.tax as Record<string, number>).flat = 50;
      x.events = [
        {
          id: 'court',
          title: 'Court',
          trigger: { when: { issue: 'data', is: 'open' } },
          date: null,
          announcement: 'The court rules.',
          effects: [
            { type: 'withdraw-option', issue: 'data', option: 'open' },
            { type: 'add-option', issue: 'tax', option: 'flat' },
          ],
        },
      ];
    });
    let s = play(start(sc), propose('north', 'low', 'shared'));
    expect(s.fired).toEqual([]);
    expect(apply(s, propose('south', 'flat', 'closed')).ok).toBe(false);
    s = play(s, { type: 'amend', party: 'south', issue: 'data', option: 'open' });
    expect(s.fired).toEqual(['court']);
    expect(s.table).toBeNull();
    expect(s.optionAvailable.data?.open).toBe(false);
    expect(apply(s, propose('east', 'flat', 'closed')).ok).toBe(true);
    expect(apply(s, propose('east', 'low', 'open')).ok).toBe(false);
  });

  it('an event never withdraws the last option of an issue: it stays, and the log says so', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'purge',
          title: 'Purge',
          trigger: { round: 2 },
          date: null,
          announcement: 'Everything goes.',
          effects: ['open', 'shared', 'closed'].map((option) => ({ type: 'withdraw-option', issue: 'data', option })),
        },
      ];
    });
    const s = play(start(sc), pass('north'), pass('south'), pass('east'));
    expect(s.fired).toEqual(['purge']);
    expect(s.optionAvailable.data).toEqual({ open: false, shared: false, closed: true });
    expect(viewFor(s, 'public').log.some((e) => e.text.includes('would remove the last option'))).toBe(true);
  });

  it('event effects add up, legitimacy stays within 0..100, and an option already on the table is not announced again', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'storm',
          title: 'Storm',
          trigger: { round: 2 },
          date: null,
          announcement: 'Everything moves.',
          effects: [
            { type: 'change-batna', party: 'east', by: 10 },
            { type: 'change-batna', party: 'east', by: 5 },
            { type: 'change-legitimacy', issue: 'data', option: 'open', by: 500 },
            { type: 'change-legitimacy', issue: 'data', option: 'closed', by: -500 },
            { type: 'add-option', issue: 'data', option: 'open' },
          ],
        },
      ];
    });
    const s = play(start(sc), pass('north'), pass('south'), pass('east'));
    expect(s.fired).toEqual(['storm']);
    expect(s.batnaChanges.east).toBe(15);
    expect(s.legitimacy.data?.open).toBe(100);
    expect(s.legitimacy.data?.closed).toBe(0);
    expect(s.log.some((e) => e.text.includes('A new option is on the table'))).toBe(false);
  });

  it('an event that changes points or a BATNA reopens every stance on the text', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'news',
          title: 'News',
          trigger: { round: 2 },
          date: null,
          announcement: 'Revelations.',
          effects: [{ type: 'change-batna', party: 'east', by: 15 }],
        },
      ];
    });
    // North proposes (and supports), south supports, east passes: round 2 starts and the news breaks.
    let s = play(start(sc), propose('north', 'mid', 'shared'), support('south'), pass('east'));
    expect(s.fired).toEqual(['news']);
    expect(s.table?.stances).toEqual({});
    expect(s.table?.everSupported).toEqual(expect.arrayContaining(['north', 'south']));
    expect(viewFor(s, 'public').log.some((e) => e.kind === 'notice' && e.text.includes('open again'))).toBe(true);
    // An event that moves only legitimacy leaves stances alone.
    const calm = fixture((x) => {
      x.events = [
        {
          id: 'poll',
          title: 'Poll',
          trigger: { round: 2 },
          date: null,
          announcement: 'A poll.',
          effects: [{ type: 'change-legitimacy', issue: 'tax', option: 'mid', by: 5 }],
        },
      ];
    });
    s = play(start(calm), propose('north', 'mid', 'shared'), support('south'), pass('east'));
    expect(s.table?.stances).toEqual({ north: 'support', south: 'support' });
  });

  it('end-negotiation ends without a deal', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'end',
          title: 'End',
          trigger: { round: 2 },
          date: null,
          announcement: 'Over.',
          effects: [{ type: 'end-negotiation', outcome: 'Talks suspended.' }],
        },
      ];
    });
    const s = play(start(sc), pass('north'), pass('south'), pass('east'));
    expect(s.outcome).toMatchObject({ kind: 'no-deal', reason: 'Talks suspended.' });
  });

  it('no event fires after one that ended the negotiation, even one whose condition holds in the same move', () => {
    const when = { when: { issue: 'data', is: 'open' } } as const;
    const sc = fixture((x) => {
      x.events = [
        { id: 'collapse', title: 'Collapse', trigger: when, date: null, announcement: 'Over.', effects: [] },
        { id: 'late', title: 'Late', trigger: when, date: null, announcement: 'Too late.', effects: [] },
      ];
      x.events[0]!.effects = [{ type: 'end-negotiation', outcome: 'Talks collapse.' }];
      x.events[1]!.effects = [{ type: 'change-batna', party: 'south', by: 10 }];
    });
    const s = play(start(sc), propose('north', 'low', 'open'));
    expect(s.outcome).toMatchObject({ kind: 'no-deal', reason: 'Talks collapse.' });
    expect(s.fired).toEqual(['collapse']);
    expect(viewFor(s, 'public').log.some((e) => e.kind === 'event' && e.text.includes('Too late.'))).toBe(false);
  });
});

describe('evidence', () => {
  it('presenting to all moves legitimacy and persuasion, never sheets', () => {
    const s0 = start();
    const s = play(s0, { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'all' });
    expect(s.legitimacy.data?.open).toBeGreaterThan(50);
    expect(s.persuasion.south?.data?.open).toBeGreaterThan(0);
    expect(s.persuasion.east?.data?.open).toBeGreaterThan(0);
    expect(partyView(s, 'south').sheet).toEqual(partyView(s0, 'south').sheet);
    expect(apply(s, { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' }).ok).toBe(false);
  });

  it('presenting to one party moves only its persuasion, and only it and the presenter see it', () => {
    const s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' });
    expect(s.legitimacy.data?.open).toBe(50);
    expect(s.persuasion.south?.data?.open).toBeGreaterThan(0);
    expect(s.persuasion.east).toBeUndefined();
    expect(JSON.stringify(viewFor(s, 'east'))).not.toContain('A survey');
    expect(JSON.stringify(viewFor(s, 'public'))).not.toContain('A survey');
    expect(JSON.stringify(viewFor(s, 'south'))).toContain('A survey');
  });

  it('a presentation moves each listener once, never the presenter, scaled by credibility and trust', () => {
    const s0 = start();
    const s1 = play(s0, { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' });
    // Shown privately: the listener trusts the presenter a little more (not the other way round).
    expect(s1.trust.south?.north).toBe((s0.trust.south?.north ?? 50) + 2);
    expect(s1.trust.north?.south).toBe(s0.trust.north?.south);
    // ...and is persuaded by 10 x rigour x its own trust in the presenter.
    expect(s1.presented.survey?.persuasionFactor.south).toBeCloseTo((10 * 0.7 * (s1.trust.south?.north ?? 0)) / 100, 9);
    const south = s1.persuasion.south?.data?.open;
    const s2 = play(s1, { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'all' });
    expect(s2.persuasion.south?.data?.open).toBe(south); // already moved by this piece
    expect(s2.persuasion.east?.data?.open).toBeGreaterThan(0);
    expect(s2.persuasion.north).toBeUndefined();
    // The public is moved by 3 x rigour (moderate 0.7) x the presenter's credibility.
    const credibility = s1.credibility.north ?? 0;
    expect(credibility).not.toBe(100);
    expect(s2.presented.survey?.legitimacyFactor).toBeCloseTo((3 * 0.7 * credibility) / 100, 9);
  });

  it('weak evidence challenged for a flaw it has costs its presenter and undoes half its effect', () => {
    let s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' });
    const moved = (s.legitimacy.data?.open as number) - 50;
    s = play(s, pass('north'));
    s = play(s, { type: 'challenge-evidence', party: 'south', evidence: 'rumour', flaw: 'anecdotal' });
    expect(s.credibility.north).toBe(45);
    expect(s.credibility.south).toBe(63);
    expect((s.legitimacy.data?.open as number) - 50).toBeCloseTo(moved / 2, 1);
    expect(s.presented.rumour?.challenge?.outcome).toBe('exposed');
    // Exposed evidence counts 0 in the presenter's process score (weak evidence not exposed counts 20).
    expect(score(s).parties.north?.processLines[1]).toMatchObject({ points: 0 });
    const unexposed = play(start(), { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' });
    expect(score(unexposed).parties.north?.processLines[1]).toMatchObject({ points: 6.67 });
  });

  it('evidence shown privately is challenged privately: only the presenter and the challenger read it', () => {
    let s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' });
    s = play(s, pass('north'));
    s = play(s, { type: 'challenge-evidence', party: 'south', evidence: 'survey', flaw: 'self-selected-sample' });
    const challenged = (who: string) =>
      viewFor(s, who).log.some((e) => e.kind === 'challenge-evidence' && e.text.includes('A survey'));
    expect(challenged('north')).toBe(true);
    expect(challenged('south')).toBe(true);
    expect(challenged('east')).toBe(false);
    expect(challenged('public')).toBe(false);
  });

  it('moderate evidence challenged for a flaw it has is contested: a quarter of its effect undone', () => {
    let s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'all' });
    const moved = (s.legitimacy.data?.open as number) - 50;
    s = play(s, pass('north'));
    s = play(s, { type: 'challenge-evidence', party: 'south', evidence: 'survey', flaw: 'self-selected-sample' });
    expect(s.presented.survey?.challenge?.outcome).toBe('contested');
    expect((s.legitimacy.data?.open as number) - 50).toBeCloseTo(moved * 0.75, 1);
  });

  it('strong evidence challenged costs the challenger', () => {
    let s = play(
      start(),
      pass('north'),
      { type: 'present-evidence', party: 'south', evidence: 'study', to: 'all' },
      pass('south'),
    );
    expect(s.credibility.south).toBe(62);
    const before = s.trust;
    s = play(s, { type: 'challenge-evidence', party: 'east', evidence: 'study', flaw: 'small-sample' });
    expect(s.credibility.east).toBe(50);
    expect(s.credibility.south).toBe(62);
    expect(s.presented.study?.challenge?.outcome).toBe('upheld');
    // The presenter, wrongly accused, trusts its accuser less; the accuser's trust in it does not move.
    expect(s.trust.south?.east).toBe((before.south?.east ?? 0) - 5);
    expect(s.trust.east?.south).toBe(before.east?.south);
  });

  it('moderate evidence challenged for a real flaw costs its presenter a little, not the challenger', () => {
    const s = play(
      start(),
      { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'all' },
      pass('north'),
      { type: 'challenge-evidence', party: 'south', evidence: 'survey', flaw: 'self-selected-sample' },
    );
    expect([s.credibility.north, s.credibility.south]).toEqual([57, 60]);
    expect(s.presented.survey?.challenge).toMatchObject({ flaw: 'self-selected-sample', outcome: 'contested' });
  });

  it('a challenge succeeds if and only if the evidence has the flaw it names, whatever its rigour', () => {
    for (const flaw of FLAWS) {
      const s = play(
        start(),
        { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' },
        pass('north'),
        {
          type: 'challenge-evidence',
          party: 'south',
          evidence: 'rumour',
          flaw,
        },
      );
      const real = ['anecdotal', 'no-method-stated'].includes(flaw);
      expect(s.presented.rumour?.challenge?.outcome).toBe(real ? 'exposed' : 'upheld');
      expect(s.credibility.south! > 60).toBe(real);
    }
  });

  it('a challenge must name a flaw of the list', () => {
    const s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' }, pass('north'));
    const r = apply(s, { type: 'challenge-evidence', party: 'south', evidence: 'rumour' } as never);
    expect(r.ok).toBe(false);
    // A log of an older version, whose challenges named no flaw, read "(not undefined)".
    if (!r.ok) expect(r.reason).toBe(`A challenge names the flaw it alleges: one of ${FLAWS.join(', ')}.`);
    const wrong = apply(s, { type: 'challenge-evidence', party: 'south', evidence: 'rumour', flaw: 'boring' } as never);
    if (!wrong.ok) expect(wrong.reason).toMatch(/names the flaw it alleges: one of .* \(not "boring"\)\.$/);
    expect(wrong.ok).toBe(false);
    const legal = legalActions(s, 'south').filter((a) => a.type === 'challenge-evidence');
    expect(legal.map((a) => (a.type === 'challenge-evidence' ? a.flaw : ''))).toEqual([...FLAWS]);
  });
});

describe('trust and coalitions', () => {
  it('objecting to a text one proposed costs trust; leaving a coalition costs the partners’ trust', () => {
    let s = play(start(), propose('north', 'mid', 'shared'), pass('south'), pass('east'), object('north'));
    expect(s.trust.south?.north).toBe(42);
    s = play(
      start(),
      { type: 'offer-coalition', party: 'north', to: 'south' },
      pass('north'),
      { type: 'accept-coalition', party: 'south', from: 'north' },
      pass('south'),
      pass('east'),
      { type: 'leave-coalition', party: 'north' },
    );
    expect(s.coalitions).toEqual([]);
    expect(s.trust.south?.north).toBe(40);
  });

  it('coalition partners see each other’s stance and ideal options, never sheets', () => {
    const s = play(
      start(),
      { type: 'offer-coalition', party: 'north', to: 'south' },
      pass('north'),
      { type: 'accept-coalition', party: 'south', from: 'north' },
      propose('south', 'high', 'closed'),
    );
    const v = partyView(s, 'north');
    expect(v.partners.south).toEqual({ stance: 'support', ideal: { tax: 'high', data: 'closed' } });
    expect(JSON.stringify(v)).not.toContain('BRIEF-MARKER-south');
  });
});

describe('scoring', () => {
  it('an agreement scores each sheet, rules and the social licence, explaining every point', () => {
    const sc = fixture((x) => {
      x.scoringRules = [
        {
          id: 'bonus',
          description: 'Open data bonus',
          parties: ['north'],
          points: 7,
          when: { issue: 'data', is: 'open' },
        },
      ];
    });
    const s = play(start(sc), propose('north', 'high', 'open'), support('south'), support('east'));
    const r = score(s);
    expect(r.provisional).toBe(false);
    const n = r.parties.north;
    // sheet 0 + 60, rule +7, legitimacy (40+50)/2 = 45 < 50 → −10
    expect(n?.points).toBe(57);
    expect(n?.lines.map((l) => l.points)).toEqual([0, 60, 7, -10]);
    for (const p of Object.values(r.parties)) {
      const total = (xs: { points: number }[]) => xs.reduce((t, l) => t + l.points, 0);
      expect(total(p.lines)).toBeCloseTo(p.points, 6);
      expect(total(p.processLines)).toBeCloseTo(p.process, 6);
      expect(total(p.finalLines)).toBeCloseTo(p.final, 6);
      expect(p.outcome).toBeGreaterThanOrEqual(0);
      expect(p.outcome).toBeLessThanOrEqual(100);
      expect(p.surplus).toBeCloseTo(p.points - p.batna, 6);
    }
  });

  it('lines tidied to the hundredth still add up to the points: a rounding line takes the difference', () => {
    // Sheets in thousandths: 40.004 + 60.004 = 100.008, shown as 100.01, while the lines show 40 and 60.
    const sc = fixture((x) => {
      x.parties[0]!.sheet.tax!.low = 40.004;
      x.parties[0]!.sheet.data!.open = 60.004;
    });
    const s = play(start(sc), propose('north', 'low', 'open'), support('south'), support('east'));
    const north = score(s).parties.north!;
    expect(north.points).toBe(100.01);
    expect(north.lines.map((l) => l.points)).toEqual([40, 60, 0.01]);
    expect(north.lines.at(-1)?.label).toMatch(/[Rr]ounding/);
  });

  it('safe bounds, for a space too large to analyse, take each rule, consequence and no-deal by its sign', () => {
    const sc = fixture((x) => {
      x.scoringRules = [
        { id: 'bonus', description: 'Bonus', parties: ['north'], points: 7, when: { issue: 'data', is: 'open' } },
        { id: 'fine', description: 'Fine', parties: ['north'], points: -4, when: { issue: 'tax', is: 'high' } },
      ];
      x.legitimacy.consequence = { description: 'Revolt.', points: { north: -10, south: 5, east: -10 } };
      x.agreement.noDeal = { description: 'Stalemate.', points: { north: -5, east: -15 } };
    });
    const s = start(sc);
    const bounds = (id: string) =>
      pointBounds(
        s,
        sc.parties.find((p) => p.id === id)!,
      );
    // North: sheet 0..100, the fine and the consequence below, the bonus above.
    expect(bounds('north')).toEqual({ worst: -14, best: 107 });
    // South: a consequence in its favour only raises its best.
    expect(bounds('south')).toEqual({ worst: 0, best: 105 });
    // East: its BATNA with the no-deal loss (20 − 15) is its worst.
    expect(bounds('east')).toEqual({ worst: 5, best: 60 });
  });

  it('the process score: credibility, 50 for rigour when no evidence was shown, the trust others hold in the party', () => {
    // North objects to its own text: south's and east's trust in north fall to 42; north's in them stays 50.
    const s = play(start(), propose('north', 'mid', 'shared'), pass('south'), pass('east'), object('north'));
    expect([s.trust.south?.north, s.trust.east?.north]).toEqual([42, 42]);
    const lines = score(s).parties.north!.processLines.map((l) => l.points);
    // Credibility (60), rigour 50 (none presented), trust (42 + 42) / 2 = 42: each a third.
    expect(s.credibility.north).toBe(60);
    expect(lines).toEqual([20, 16.67, 14]);
  });

  it('a party whose every outcome gives the same points sits in the middle of its scale (50)', () => {
    const sc = fixture((x) => {
      const east = x.parties.find((p) => p.id === 'east')!;
      east.sheet = { tax: { low: 10, mid: 10, high: 10 }, data: { closed: 10, shared: 10, open: 10 } };
      east.batna.points = 20;
      x.legitimacy.consequence = { description: 'Revolt.', points: { north: -10, south: -10 } };
    });
    const s = play(start(sc), propose('north', 'mid', 'shared'), support('south'), support('east'));
    const east = score(s).parties.east!;
    expect([east.worst, east.points, east.best]).toEqual([20, 20, 20]);
    expect(east.outcome).toBe(50);
  });

  it('the party view previews its own points for the text on the table', () => {
    const s = play(start(), propose('north', 'low', 'open'));
    expect(partyView(s, 'north').preview?.points).toBe(100);
    expect(partyView(s, 'south').preview?.points).toBe(0);
  });
});

describe('hostile input', () => {
  it('an object whose fields throw when read is refused, not thrown', () => {
    const evil = {
      type: 'pass',
      get party(): string {
        throw new Error('boom');
      },
    };
    const r = apply(start(), evil);
    expect(r.ok).toBe(false);
  });
});

describe('who may table text, and red lines', () => {
  it('a Track II party cannot propose or amend: legal moves omit them and apply refuses them', () => {
    const sc = fixture((x) => (x.parties[1]!.track = 'II'));
    let s = play(start(sc), propose('north', 'mid', 'shared'));
    expect(s.active).toBe('south');
    const kinds = legalActions(s, 'south').map((a) => a.type);
    expect(kinds).not.toContain('propose');
    expect(kinds).not.toContain('amend');
    expect(kinds).toEqual(expect.arrayContaining(['support', 'object', 'present-evidence', 'side-message']));
    for (const bad of [
      propose('south', 'high', 'closed'),
      { type: 'amend', party: 'south', issue: 'tax', option: 'high' },
    ]) {
      const r = apply(s, bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/Track II party and cannot (propose|amend)/);
    }
    s = play(s, support('south'));
    expect(s.table?.stances.south).toBe('support'); // it still takes stances
    expect(viewFor(s, 'public').parties.find((p) => p.id === 'south')?.track).toBe('II');
  });

  it('tells the red-line notice in each game’s own language, however many games ran before', () => {
    // The notice's sentence is kept per scenario (engine/redLines.ts): an English game first, then a French one.
    for (const language of ['en', 'fr', 'en'] as const) {
      const sc = fixture((x) => {
        x.parties[2]!.redLines = [{ issue: 'data', option: 'open' }];
        x.language = language;
      });
      const s = play(start(sc), propose('north', 'low', 'open'));
      expect(s.log.at(-1)?.text).toMatch(
        language === 'fr' ? /s’oppose d’emblée au texte/ : /objects to the text at once/,
      );
    }
  });

  it("a text crossing a party's red line meets its objection at once, and again after an event reopens stances", () => {
    const sc = fixture((x) => {
      x.parties[2]!.redLines = [{ issue: 'data', option: 'open' }];
      x.events = [
        {
          id: 'shock',
          title: 'Shock',
          trigger: { round: 2 },
          date: null,
          announcement: 'Points move.',
          effects: [{ type: 'change-batna', party: 'south', by: 1 }],
        },
      ];
    });
    let s = play(start(sc), propose('north', 'low', 'open'));
    expect(s.table?.stances).toEqual({ north: 'support', east: 'object' });
    expect(s.log.at(-1)?.text).toMatch(/East objects to the text at once: it crosses a red line/);
    expect(viewFor(s, 'east').redLines).toEqual([{ issue: 'data', option: 'open' }]);
    expect('redLines' in viewFor(s, 'north') && viewFor(s, 'north').redLines).toEqual([]);
    s = play(s, support('south'), pass('east')); // round 2: the event reopens every stance but the red line
    expect(s.round).toBe(2);
    expect(s.table?.stances).toEqual({ east: 'object' });
    // Amending the red line away lifts the objection (a new text).
    s = play(s, { type: 'amend', party: 'north', issue: 'data', option: 'shared' });
    expect(s.table?.stances).toEqual({ north: 'support' });
  });

  it('a party that tables a text across its own red line supports it; one that walked out objects to nothing', () => {
    const sc = fixture((x) => {
      x.agreement.rule = 'majority';
      for (const p of [x.parties[0]!, x.parties[1]!]) p.redLines = [{ issue: 'data', option: 'open' }];
    });
    // North's own red line: its proposal is its deliberate support. South's, while south sits: an objection.
    let s = play(start(sc), propose('north', 'low', 'open'));
    expect(s.table?.stances).toEqual({ north: 'support', south: 'object' });
    expect(s.log.at(-1)?.redLineObjectors).toEqual(['south']);
    // Public, as stances are: the shared screen reads it.
    expect(viewFor(s, 'public').log.at(-1)?.text).toMatch(/^South objects to the text at once/);
    // South walks out; east tables the same kind of text: only the parties at the table object.
    s = play(s, { type: 'walk-away', party: 'south' }, propose('east', 'mid', 'open'));
    expect(s.table?.stances).toEqual({ east: 'support', north: 'object' });
  });
});
