import { describe, expect, it } from 'vitest';
import { previewForSeat, publicViewOf, tableViewOf, unlockedViewOf } from '../../src/store/selectors.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { first, make, oneHuman, scenario, second, startThroughBriefing } from './storeFixture.ts';

describe('the table view', () => {
  it('shows the public view, the unlocked party’s own view and its legal actions on its turn', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const g = store.getState().game as RunningGame;
    const t = tableViewOf(g, false);
    expect(t.publicView.kind).toBe('public');
    expect(t.seat?.party).toBe(first);
    expect(t.seat?.view.party).toBe(first);
    expect(t.seat?.legal.map((a) => a.type)).toContain('pass');
    expect(t.turn).toEqual({ party: first, by: 'human' });
    expect(t.hasComputers).toBe(true);
    expect(t.mayUnlock).toBe(false);
    // The same game gives the same object: screens may call it on every render.
    expect(tableViewOf(g, false)).toBe(t);
  });

  it('shows no private view at all when nobody is unlocked, and offers the unlock on a projector', () => {
    const store = make();
    store.getState().setSettings({ projector: true });
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    store.getState().botMove();
    const g = store.getState().game as RunningGame;
    const t = tableViewOf(g, true);
    expect(t.seat).toBeNull();
    expect(t.mayUnlock).toBe(true);
    expect(JSON.stringify(t)).not.toContain(scenario.parties[0]?.brief ?? '');
    expect(unlockedViewOf(g, first)).toBeNull();
  });

  it('lists no legal actions while another party moves, and no turn once the game is over', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    store.getState().dispatch({ type: 'pass', party: first });
    const t = tableViewOf(store.getState().game as RunningGame, false);
    expect(t.turn).toEqual({ party: second, by: 'computer' });
    expect(t.seat?.legal).toEqual([]);
  });

  it('previews points only for the unlocked party', () => {
    const store = make();
    startThroughBriefing(store, oneHuman);
    const g = store.getState().game as RunningGame;
    const pkg = { access: 'secure-enclave', retention: 'one-year' };
    expect(previewForSeat(g, pkg)?.points).toBe(70);
    expect(previewForSeat({ ...g, revealedTo: null }, pkg)).toBeNull();
    expect(publicViewOf(g).parties.map((p) => p.id)).toEqual([first, second]);
  });
});
