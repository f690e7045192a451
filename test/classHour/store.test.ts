/** Worksheets and reflections in the store: who may write them, and that a save keeps them. */
import { describe, expect, it } from 'vitest';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';
import { SAVE_KEY } from '../../src/store/saves.ts';
import { memoryStorage } from '../../src/store/storage.ts';
import type { WorksheetAnswers } from '../../src/store/classHour.ts';
import { choice, first, make, second, twoHumans } from '../store/storeFixture.ts';

const answers: WorksheetAnswers = {
  batna: 'The city keeps its data.',
  priorities: ['access', 'retention'],
  reservation: 30,
  othersWant: { [second]: 'retention' },
  answers: {},
};

/** A store with persistence, and a game of two humans at its public background. */
async function twoHumansStarted() {
  const storage = memorySaveStorage();
  const store = make();
  const saves = persistGames(store, { storage, prefs: memoryStorage() });
  await saves.hydrate();
  store.getState().chooseScenario(choice);
  store.getState().startGame(twoHumans, 7);
  return { storage, store, saves };
}

describe('the worksheet and the reflection in the store', () => {
  it('takes a worksheet only from the human whose brief is open, and keeps it through a save and reload', async () => {
    const { storage, store, saves } = await twoHumansStarted();
    store.getState().continueBriefing();
    // The hand-over screen is up: nobody's brief is open yet.
    expect(store.getState().saveWorksheet(first, answers)).toBe(false);
    store.getState().confirmHandover();
    expect(store.getState().saveWorksheet(second, answers)).toBe(false);
    expect(store.getState().saveWorksheet(first, answers)).toBe(true);
    expect(store.getState().saveReflection(first, { why: 'x' })).toBe(false); // not over yet
    await saves.flush();
    const stored = (await storage.get(SAVE_KEY(store.getState().game!.id))) as { worksheets?: unknown };
    expect(stored.worksheets).toEqual({ [first]: answers });

    const again = make();
    await persistGames(again, { storage, prefs: memoryStorage() }).hydrate();
    expect(again.getState().game?.worksheets).toEqual({ [first]: answers });
  });

  it('takes reflections from humans once the game is over, and saves them', async () => {
    const { storage, store, saves } = await twoHumansStarted();
    for (let i = 0; i < 2; i++) {
      store.getState().continueBriefing();
      store.getState().confirmHandover();
    }
    store.getState().continueBriefing();
    for (let k = 0; k < 100 && store.getState().game?.state.status === 'running'; k++) {
      const s = store.getState();
      if (s.screen.name === 'handover') s.confirmHandover();
      const active = store.getState().game!.state.active!;
      store.getState().dispatch({ type: 'pass', party: active });
    }
    expect(store.getState().game?.state.status).toBe('finished');
    expect(store.getState().saveReflection(second, { why: 'Because.' })).toBe(true);
    await saves.flush();
    const stored = (await storage.get(SAVE_KEY(store.getState().game!.id))) as { reflections?: unknown };
    expect(stored.reflections).toEqual({ [second]: { why: 'Because.' } });
  });
});
