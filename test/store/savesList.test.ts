import { describe, expect, it } from 'vitest';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import { hotSeatInProgress, utf8Length } from '../../src/store/savesList.ts';
import { choice, make, oneHuman, startThroughBriefing, twoHumans } from './storeFixture.ts';

describe('the size of a save', () => {
  it('counts bytes as UTF-8 stores them, without copying the text', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€\n', '\uD800 lone surrogate'])
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('a hot-seat game in progress on this device', () => {
  it('is the last session’s game while two or more people play it and it is not over', async () => {
    const storage = memorySaveStorage();
    const store = make();
    const saves = persistGames(store, { storage });
    await saves.hydrate();
    expect(await hotSeatInProgress(storage)).toBeNull();
    startThroughBriefing(store, twoHumans);
    await saves.flush();
    expect(await hotSeatInProgress(storage)).toEqual({ title: choice.scenario.title, players: ['Ana', 'Ben'] });
    // Back in the library, the game is no longer on screen.
    store.getState().toLibrary();
    await saves.flush();
    expect(await hotSeatInProgress(storage)).toBeNull();
    // One person against the computer shares the screen with no one.
    startThroughBriefing(store, oneHuman);
    await saves.flush();
    expect(await hotSeatInProgress(storage)).toBeNull();
    saves.stop();
  });
});
