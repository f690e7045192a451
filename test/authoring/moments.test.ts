/** The two moments the authoring report analyses, folded from round events as the engine fires them. */
import { describe, expect, it } from 'vitest';
import { analysedMoments } from '../../src/authoring/index.ts';
import { changed } from './build.ts';

const event = (id: string, round: number, effects: unknown[]) => ({
  id,
  title: id,
  trigger: { round },
  announcement: `${id} happens.`,
  effects,
});

describe('analysed moments', () => {
  it('has only a start when no round event fires after round 1', () => {
    const m = analysedMoments(
      changed((s) => {
        s.events = [
          event('opening', 1, [{ type: 'change-batna', party: 'city', by: 5 }]),
          event('too-late', 30, [{ type: 'change-batna', party: 'city', by: 5 }]),
          {
            id: 'on-demand',
            title: 'On demand',
            trigger: { when: { round: { atLeast: 2 } } },
            announcement: 'x',
            effects: [{ type: 'change-batna', party: 'city', by: 50 }],
          },
        ];
      }),
    );
    // Round-1 events fire before the first move: they belong to the start.
    expect(m.start.overrides.batnas?.city).toBe(35);
    expect(m.start.fired).toEqual(['opening']);
    expect(m.afterEvents).toBeNull();
  });

  it('folds every round event as the engine applies it', () => {
    const m = analysedMoments(
      changed((s) => {
        s.events = [
          event('second', 4, [
            { type: 'withdraw-option', issue: 'retention', option: 'one-year' },
            // The last option of an issue is never withdrawn.
            { type: 'withdraw-option', issue: 'retention', option: 'five-years' },
            { type: 'change-legitimacy', issue: 'access', option: 'enclave', by: 80 },
          ]),
          event('first', 2, [
            { type: 'change-points', party: 'university', issue: 'access', option: 'enclave', by: 7 },
            { type: 'change-batna', party: 'university', by: -5 },
          ]),
        ];
      }),
    );
    const after = m.afterEvents!;
    expect(after.fired).toEqual(['first', 'second']);
    expect(after.round).toBe(4);
    expect(after.overrides.sheets?.university?.access?.enclave).toBe(27);
    expect(after.overrides.batnas?.university).toBe(20);
    expect(after.overrides.availability?.retention).toEqual({ 'one-year': false, 'five-years': true });
    expect(after.overrides.legitimacyTable?.access?.enclave).toBe(100);
    // The start is untouched.
    expect(m.start.overrides.sheets?.university?.access?.enclave).toBe(20);
    expect(m.start.round).toBe(1);
  });

  it('stops before the round in which an event ends the negotiation', () => {
    const m = analysedMoments(
      changed((s) => {
        s.events = [
          event('first', 2, [{ type: 'change-batna', party: 'city', by: 1 }]),
          event('collapse', 5, [{ type: 'change-batna', party: 'city', by: 100 }, { type: 'end-negotiation' }]),
          event('never', 6, [{ type: 'change-batna', party: 'city', by: 100 }]),
        ];
      }),
    );
    expect(m.afterEvents?.fired).toEqual(['first']);
    expect(m.afterEvents?.overrides.batnas?.city).toBe(31);
  });
});
