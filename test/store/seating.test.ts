import { describe, expect, it } from 'vitest';
import {
  concealedOnProjector,
  loneHuman,
  revealedAfterMove,
  revealedOnResume,
  screenFor,
} from '../../src/store/seating.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { first, make, oneHuman, second, startThroughBriefing, twoHumans } from './storeFixture.ts';
import type { Controller } from '../../src/store/types.ts';

function gameWith(controllers: Record<string, Controller>): RunningGame {
  const store = make();
  startThroughBriefing(store, controllers);
  return store.getState().game as RunningGame;
}

describe('seating and privacy rules', () => {
  it('finds the lone human, and nobody when there are several', () => {
    expect(loneHuman(oneHuman)).toBe(first);
    expect(loneHuman(twoHumans)).toBeNull();
  });

  it('asks for a hand-over before a human’s turn unless their screen is unlocked', () => {
    const g = gameWith(twoHumans);
    expect(screenFor(g)).toEqual({ name: 'handover', party: first, purpose: 'turn' });
    expect(screenFor({ ...g, revealedTo: first })).toEqual({ name: 'room' });
    // A projector with one human unlocks in the room instead.
    const solo = { ...gameWith(oneHuman), revealedTo: null };
    expect(screenFor(solo, true)).toEqual({ name: 'room' });
  });

  it('on a projector keeps a panel open only on its owner’s turn', () => {
    const g = gameWith(oneHuman);
    expect(concealedOnProjector(g, true)).toBe(first);
    const theirs = { ...g, state: { ...g.state, active: second } };
    expect(concealedOnProjector(theirs, true)).toBeNull();
    expect(concealedOnProjector(theirs, false)).toBe(first);
  });

  it('locks the screen when the turn passes between two humans', () => {
    const g = { ...gameWith(twoHumans), revealedTo: first };
    const after = { ...g, state: { ...g.state, active: second } };
    expect(revealedAfterMove(g, after, false)).toBeNull();
    const solo = gameWith(oneHuman);
    expect(revealedAfterMove(solo, { ...solo, state: { ...solo.state, active: second } }, false)).toBe(first);
  });

  it('on resume reopens only a lone human’s panel that was open', () => {
    const solo = { ...gameWith(oneHuman), revealedTo: null };
    expect(revealedOnResume(solo, first, false)).toBe(first);
    expect(revealedOnResume(solo, null, false)).toBeNull();
    expect(revealedOnResume(solo, second, false)).toBeNull(); // a computer's party: never
    const pair = { ...gameWith(twoHumans), revealedTo: null };
    expect(revealedOnResume(pair, first, false)).toBeNull();
  });
});
