import { describe, expect, it } from 'vitest';
import {
  apply,
  legalActions,
  makeActionLog,
  parseActionLog,
  replayLog,
  score,
  viewFor,
} from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const withEvent = () =>
  fixture((s) => {
    s.events = [
      {
        id: 'leak',
        title: 'A leak',
        trigger: { round: 3 },
        date: null,
        announcement: 'The press publishes the draft.',
        effects: [{ type: 'change-legitimacy', issue: 'data', option: 'open', by: -20 }],
      },
    ];
  });

const step = (a: Record<string, unknown>): Action => ({ type: 'facilitate', ...a }) as Action;
const pass = (party: string): Action => ({ type: 'pass', party });
const publicLog = (s: GameState) => viewFor(s, 'public').log.map((e) => e.text);

describe('facilitator steps', () => {
  it('pause stops every party until resume; both are public sentences', () => {
    let s = play(start(), step({ step: 'pause' }));
    // Every view says so, a party's as the shared screen's.
    for (const reader of ['public', 'north', 'south', 'east']) expect(viewFor(s, reader).paused).toBe(true);
    expect(legalActions(s, 'north')).toEqual([]);
    const r = apply(s, pass('north'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/paused/);
    expect(apply(s, step({ step: 'pause' })).ok).toBe(false);
    s = play(s, step({ step: 'resume' }), pass('north'));
    for (const reader of ['public', 'north']) expect(viewFor(s, reader).paused).toBeUndefined();
    expect(publicLog(s)).toContain('The facilitator paused the table: no moves until play resumes.');
    expect(publicLog(s)).toContain('The facilitator resumed play.');
    expect(apply(s, step({ step: 'resume' })).ok).toBe(false);
  });

  it('extend moves the deadline one round later', () => {
    let s = play(start(), step({ step: 'extend' }));
    expect(viewFor(s, 'public').rounds).toBe(4);
    for (let round = 1; round <= 4; round++) s = play(s, pass('north'), pass('south'), pass('east'));
    expect(s.status).toBe('finished');
    expect(s.outcome).toMatchObject({ kind: 'no-deal', round: 4 });
  });

  it('fire-event applies a scenario event now, once, as if its trigger held', () => {
    const sc = withEvent();
    let s = play(start(sc), step({ step: 'fire-event', event: 'leak' }));
    expect(s.fired).toEqual(['leak']);
    expect(s.legitimacy.data?.open).toBe(30);
    expect(publicLog(s).some((t) => t.startsWith('A leak: The press publishes'))).toBe(true);
    // Its own trigger later does not fire it again.
    for (let round = 1; round <= 3 && s.status === 'running'; round++)
      s = play(s, pass('north'), pass('south'), pass('east'));
    expect(s.fired).toEqual(['leak']);
    const again = apply(start(sc), step({ step: 'fire-event', event: 'nope' }));
    expect(again.ok).toBe(false);
  });

  it('hand-over and end are logged; end finishes without a deal; nothing after', () => {
    const s = play(start(), step({ step: 'hand-over', seat: 'south' }), step({ step: 'end' }));
    expect(publicLog(s)).toContain('The facilitator handed the seat of South to a computer negotiator.');
    expect(s.outcome).toMatchObject({ kind: 'no-deal', reason: 'the facilitator ended the negotiation.' });
    expect(score(s).provisional).toBe(false);
    const r = apply(s, step({ step: 'extend' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/over/);
  });

  it('refuses malformed steps with a sentence, never throwing', () => {
    const s = start();
    for (const bad of [
      { type: 'facilitate' },
      { type: 'facilitate', step: 'dance' },
      { type: 'facilitate', step: 'hand-over', seat: 'nobody' },
      { type: 'facilitate', step: 'fire-event' },
    ]) {
      const r = apply(s, bad);
      expect(r.ok).toBe(false);
    }
  });

  it('a game with every step replays identically from its action log', () => {
    const sc = withEvent();
    const s = play(
      start(sc),
      pass('north'),
      step({ step: 'pause' }),
      step({ step: 'extend' }),
      step({ step: 'resume' }),
      { type: 'propose', party: 'south', package: { tax: 'mid', data: 'shared' } },
      step({ step: 'fire-event', event: 'leak' }),
      step({ step: 'hand-over', seat: 'east' }),
      pass('east'),
      step({ step: 'end' }),
    );
    const parsed = parseActionLog(JSON.parse(JSON.stringify(makeActionLog(s))));
    if (!parsed.ok) throw new Error(parsed.reason);
    const log = parsed.log;
    expect(log.actions.filter((a) => a.type === 'facilitate')).toHaveLength(6);
    const r = replayLog(sc, log);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state).toEqual(s);
      expect(score(r.state)).toEqual(score(s));
    }
  });
});
