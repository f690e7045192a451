import { describe, expect, it } from 'vitest';
import type { ComputerDriver } from '../../src/store/computerPlayers.ts';
import { apply } from '../../src/engine/index.ts';
import type { Controller } from '../../src/store/types.ts';
import {
  choice,
  computersOnly,
  first,
  make,
  oneHuman,
  scenario,
  second,
  startThroughBriefing,
  twoHumans,
} from './storeFixture.ts';

describe('the app store', () => {
  it('starts a one-human game, briefs the human, and lets the computer move', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const s = store.getState();
    expect(s.game?.state.active).toBe(first);
    expect(s.screen).toEqual({ name: 'room' });
    expect(s.game?.revealedTo).toBe(first);
    expect(store.getState().botMove()).toBe(false); // not a computer's turn
    const pkg = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]?.id ?? '']));
    expect(store.getState().dispatch({ type: 'propose', party: first, package: pkg })).toBe(true);
    // Proposing ends the turn (a main move): the computer is next and moves through the store.
    expect(store.getState().game?.state.active).toBe(second);
    expect(store.getState().dispatch({ type: 'pass', party: second })).toBe(false);
    expect(store.getState().botMove()).toBe(true);
    expect(store.getState().game?.actions.length).toBe(2);
  });

  it('refuses an illegal move with the engine’s reason and changes nothing', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const before = store.getState().game?.state;
    expect(store.getState().dispatch({ type: 'support', party: first })).toBe(false);
    expect(store.getState().game?.rejection).toBeTruthy();
    expect(store.getState().game?.state).toBe(before);
  });

  it('hides the screen between two humans: a hand-over before each one’s turn', () => {
    const store = make();
    startThroughBriefing(store, twoHumans);
    // After the last brief the screen goes public, then asks for the first player.
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'handover', party: first, purpose: 'turn' });
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(false); // not unlocked yet
    store.getState().confirmHandover();
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().screen).toEqual({ name: 'handover', party: second, purpose: 'turn' });
  });

  it('plays a whole game of computers to the debrief through the bots’ driver', () => {
    const store = make();
    store.getState().chooseScenario(choice);
    store.getState().startGame(computersOnly, 3);
    store.getState().continueBriefing();
    expect(store.getState().screen).toEqual({ name: 'room' });
    for (let i = 0; i < 500 && store.getState().botMove(); i++);
    expect(store.getState().game?.state.status).toBe('finished');
    expect(store.getState().screen).toEqual({ name: 'room' });
    store.getState().showDebrief();
    expect(store.getState().screen).toEqual({ name: 'debrief' });
  });

  it('hands the driver each computer’s strategy, difficulty, the game’s seed and its persona', () => {
    const seen: unknown[] = [];
    const scripted: ComputerDriver = (state, configs) => {
      seen.push(configs);
      const party = state.active as string;
      const r = apply(state, { type: 'pass', party });
      return r.ok ? { party, action: { type: 'pass', party }, state: r.state } : null;
    };
    const store = make({ computerMove: scripted });
    store.getState().chooseScenario(choice);
    store.getState().startGame(computersOnly, 11);
    store.getState().continueBriefing();
    expect(store.getState().botMove()).toBe(true);
    expect(seen[0]).toEqual({
      [first]: { strategy: 'adaptive', difficulty: 'normal', seed: 11, persona: { toughness: 0.5, trust: 0.5 } },
      [second]: { strategy: 'boulware', difficulty: 'hard', seed: 11, persona: { toughness: 0.5, trust: 0.5 } },
    });
    expect(store.getState().game?.actions).toEqual([{ type: 'pass', party: first }]);
  });

  it('says so, instead of looping, when a computer cannot move at all', () => {
    const stuck: ComputerDriver = () => {
      throw new Error('Computer party city cannot move: the engine refused to pass.');
    };
    const store = make({ computerMove: stuck });
    store.getState().chooseScenario(choice);
    store.getState().startGame(computersOnly, 1);
    store.getState().continueBriefing();
    expect(store.getState().botMove()).toBe(false);
    expect(store.getState().notice).toMatch(/computer players cannot go on/);
  });

  it('refuses to start a game naming a strategy Accord does not know', () => {
    const store = make();
    store.getState().chooseScenario(choice);
    const bad: Record<string, Controller> = {
      ...oneHuman,
      [second]: { kind: 'computer', strategy: 'balanced', difficulty: 'normal' },
    };
    store.getState().startGame(bad, 1);
    expect(store.getState().game).toBeNull();
    expect(store.getState().notice).toMatch(/no computer strategy called “balanced”/);
  });

  it('pauses and resumes the computer players; leaving the game clears the pause', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    expect(store.getState().botsPaused).toBe(false);
    store.getState().setBotsPaused(true);
    expect(store.getState().botsPaused).toBe(true);
    store.getState().toLibrary();
    expect(store.getState().botsPaused).toBe(false);
    expect(store.getState().game).toBeNull();
  });
});

describe('projector mode with one human and computers', () => {
  it('hides the human’s private view while the computers move, and unlocks it only on their turn after “Show my private panel”', () => {
    const store = make();
    store.getState().setSettings({ projector: true });
    startThroughBriefing(store, oneHuman);
    // The human moves first: the room shows the public table until they unlock their panel.
    expect(store.getState().screen).toEqual({ name: 'room' });
    expect(store.getState().game?.revealedTo).toBe(first); // they have just read their brief: still theirs
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    // A computer's turn: nobody's private view is unlocked.
    expect(store.getState().game?.state.active).toBe(second);
    expect(store.getState().game?.revealedTo).toBeNull();
    store.getState().showPrivatePanel(); // not the human's turn: refused
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().botMove()).toBe(true);
    // The human's turn again: still locked, in the room (not a full hand-over), until they confirm.
    expect(store.getState().game?.state.active).toBe(first);
    expect(store.getState().screen).toEqual({ name: 'room' });
    expect(store.getState().game?.revealedTo).toBeNull();
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(false);
    store.getState().showPrivatePanel();
    expect(store.getState().game?.revealedTo).toBe(first);
    expect(store.getState().dispatch({ type: 'pass', party: first })).toBe(true);
    expect(store.getState().game?.revealedTo).toBeNull();
  });

  it('turning the projector on while a computer moves hides the panel at once; off the projector it stays', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    expect(store.getState().game?.revealedTo).toBe(first); // a laptop: the lone human keeps their panel
    store.getState().setSettings({ projector: true });
    expect(store.getState().game?.revealedTo).toBeNull();
  });
});
