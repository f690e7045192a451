/**
 * What viewFor shows every reader of the table as it stands (src/engine/view.ts): who is still at the
 * table, which options are on it, the stances on the text, how many talk moves are left. The hidden
 * information itself (what a view must never hold) is tested in properties.test.ts and rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const propose = (party: string, tax: string, data: string): Action => ({
  type: 'propose',
  party,
  package: { tax, data },
});
const pass = (party: string): Action => ({ type: 'pass', party });
const readers = ['north', 'south', 'east', 'public'];
const views = (s: GameState) => readers.map((r) => viewFor(s, r));

describe('what every view shows of the table', () => {
  it('a party that walked away is shown away from the table, the others at it', () => {
    const s = play(start(), { type: 'walk-away', party: 'north' });
    for (const v of views(s))
      expect(Object.fromEntries(v.parties.map((p) => [p.id, p.atTable]))).toEqual({
        north: false,
        south: true,
        east: true,
      });
  });

  it('an option not on the table is shown unavailable', () => {
    const sc = fixture((x) => {
      x.issues[0]!.options.push({ id: 'flat', label: 'Flat', description: '', available: false });
      for (const p of x.parties) (p.sheet.tax as Record<string, number>).flat = 5;
      (x.legitimacy.options.tax as Record<string, number>).flat = 50;
    });
    for (const v of views(start(sc))) {
      const tax = v.issues.find((i) => i.id === 'tax')!;
      expect(Object.fromEntries(tax.options.map((o) => [o.id, o.available]))).toEqual({
        low: true,
        mid: true,
        high: true,
        flat: false,
      });
    }
  });

  it('the text on the table carries every stance taken on it', () => {
    const s = play(start(), propose('north', 'mid', 'shared'), { type: 'object', party: 'south' });
    for (const v of views(s)) expect(v.table?.stances).toEqual({ north: 'support', south: 'object' });
  });

  it('talk moves left count down in play and are none once the game is over', () => {
    let s = play(start(), { type: 'side-message', party: 'north', to: 'south', text: 'hi' });
    for (const v of views(s)) expect(v.talkActionsLeft).toBe(1);
    // Every party passes to the deadline: the game ends without a deal.
    for (let i = 0; s.status === 'running' && i < 20; i++) s = play(s, pass(s.active!));
    expect(s.status).toBe('finished');
    for (const v of views(s)) expect(v.talkActionsLeft).toBe(0);
  });
});

describe('what every view shows of the scenario and the game', () => {
  it('the agreement rule names the parties whose support it requires', () => {
    const sc = fixture((x) => {
      x.agreement.rule = 'majority';
      x.agreement.required = ['east'];
    });
    for (const v of views(start(sc))) expect(v.scenario.agreement.required).toEqual(['east']);
  });

  it('the text on the table carries its public legitimacy', () => {
    // Mid tax (60) and shared data (60), weighted equally.
    const s = play(start(), propose('north', 'mid', 'shared'));
    for (const v of views(s)) expect(v.table?.legitimacy).toBe(60);
  });

  it('the events that fired are listed', () => {
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'shock',
          title: 'Shock',
          trigger: { round: 2 },
          date: null,
          announcement: 'Something happened.',
          effects: [{ type: 'change-legitimacy', issue: 'tax', option: 'high', by: 5 }],
        },
      ];
    });
    let s = start(sc);
    for (const v of views(s)) expect(v.events).toEqual([]);
    s = play(s, pass('north'), pass('south'), pass('east'));
    for (const v of views(s)) expect(v.events).toEqual(['shock']);
  });
});

describe('the evidence a party holds', () => {
  it('a piece shown to all is no longer available to present; a piece shown to one party still is', () => {
    const s = play(
      start(),
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' },
      { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' },
    );
    const known = Object.fromEntries(viewFor(s, 'north').knownEvidence.map((e) => [e.id, e.available]));
    expect(known).toEqual({ rumour: false, survey: true });
  });

  it('a party’s view holds how evidence moved it (its own persuasion only)', () => {
    const s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' });
    expect(viewFor(s, 'south').persuasion.data?.open).toBeGreaterThan(0);
    expect(viewFor(s, 'south').persuasion).toEqual(s.persuasion.south);
    expect(viewFor(s, 'east').persuasion).toEqual(s.persuasion.east ?? {});
    expect(viewFor(s, 'east').persuasion.data?.open ?? 0).toBe(0);
  });

  it('a piece shown to one party tells the presenter and that party who showed it to whom', () => {
    const s = play(start(), { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'south' });
    for (const reader of ['north', 'south']) {
      const survey = viewFor(s, reader).knownEvidence.find((e) => e.id === 'survey');
      expect(survey?.presentation).toEqual({ by: 'north', to: ['south'], challenge: null });
    }
    // North's piece not shown yet: no presentation.
    expect(viewFor(s, 'north').knownEvidence.find((e) => e.id === 'rumour')?.presentation).toBeNull();
  });
});

describe('coalitions in a party view', () => {
  it('a party’s coalition lists its partners, never itself, and the others see none of it', () => {
    const s = play(start(), { type: 'offer-coalition', party: 'north', to: 'south' }, pass('north'), {
      type: 'accept-coalition',
      party: 'south',
      from: 'north',
    });
    expect(viewFor(s, 'north').coalition).toEqual(['south']);
    expect(Object.keys(viewFor(s, 'north').partners)).toEqual(['south']);
    expect(viewFor(s, 'south').coalition).toEqual(['north']);
    expect(Object.keys(viewFor(s, 'south').partners)).toEqual(['north']);
    expect(viewFor(s, 'east').coalition).toEqual([]);
    expect(viewFor(s, 'east').partners).toEqual({});
  });

  it('a partner’s ideal names only options on the table', () => {
    // South would most like a flat tax, but it is not on the table: its ideal there is a high one.
    const sc = fixture((x) => {
      x.issues[0]!.options.push({ id: 'flat', label: 'Flat', description: '', available: false });
      for (const p of x.parties) (p.sheet.tax as Record<string, number>).flat = p.id === 'south' ? 90 : 0;
      (x.legitimacy.options.tax as Record<string, number>).flat = 50;
    });
    const s = play(start(sc), { type: 'offer-coalition', party: 'north', to: 'south' }, pass('north'), {
      type: 'accept-coalition',
      party: 'south',
      from: 'north',
    });
    expect(viewFor(s, 'north').partners.south?.ideal).toEqual({ tax: 'high', data: 'closed' });
  });
});

describe('side messages in a party view', () => {
  it('a side message is shown to whoever sent it and whoever received it', () => {
    const s = play(start(), { type: 'side-message', party: 'north', to: 'south', text: 'Shall we talk?' });
    const expected = [{ from: 'north', to: 'south', round: 1, text: 'Shall we talk?' }];
    expect(viewFor(s, 'north').sideMessages).toEqual(expected);
    expect(viewFor(s, 'south').sideMessages).toEqual(expected);
    expect(viewFor(s, 'east').sideMessages).toEqual([]);
  });
});

describe('coalition offers in a party view', () => {
  it('an offer is shown to the two parties it is between, not to a third', () => {
    const s = play(start(), { type: 'offer-coalition', party: 'north', to: 'south' });
    expect(viewFor(s, 'north').offers).toEqual([{ from: 'north', to: 'south' }]);
    expect(viewFor(s, 'south').offers).toEqual([{ from: 'north', to: 'south' }]);
    expect(viewFor(s, 'east').offers).toEqual([]);
  });
});
