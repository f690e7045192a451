// @vitest-environment jsdom
/**
 * A game open in two tabs of one browser: each tab is told (once), before moves made in both turn it into two
 * games (persistence.ts keeps both). Tabs showing other games hear nothing; a damaged message is ignored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../src/store/appStore.ts';
import { watchOtherTabs, type TabChannel } from '../../src/game/otherTabs.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { make, oneHuman, startThroughBriefing } from '../store/storeFixture.ts';

/** Channels that deliver to every other channel of the hub, later (as BroadcastChannel does, never to the sender). */
function hub() {
  const listeners = new Map<TabChannel, (m: unknown) => void>();
  const open = (): TabChannel => {
    const channel: TabChannel = {
      post: (m) => {
        for (const [other, heard] of listeners) if (other !== channel) queueMicrotask(() => heard(structuredClone(m)));
      },
      listen: (heard) => void listeners.set(channel, heard),
      close: () => void listeners.delete(channel),
    };
    return channel;
  };
  return { open, post: (m: unknown) => [...listeners.values()].forEach((heard) => heard(m)) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const NOTICE = CATALOGS.en.ui.openElsewhere;

/** A tab showing a game (a copy of `from`'s when given, as a second tab resumes the last game). */
function tab(from?: AppStore): AppStore {
  const store = make();
  if (from) store.getState().resumeGame(from.getState().game!, null);
  else startThroughBriefing(store, oneHuman);
  return store;
}

beforeEach(() => initLocale(['en-GB'], null));

describe('one game in two tabs', () => {
  it('tells both tabs, once each, when the second opens the first’s game', async () => {
    const channels = hub();
    const first = tab();
    watchOtherTabs(first, channels.open());
    const second = tab(first);
    watchOtherTabs(second, channels.open());
    await settle();
    expect(first.getState().notice).toBe(NOTICE);
    expect(second.getState().notice).toBe(NOTICE);
    // Said again (a third tab, a game left and resumed): no second notice once dismissed.
    first.getState().dismissNotice();
    second.getState().dismissNotice();
    watchOtherTabs(tab(first), channels.open());
    await settle();
    expect([first.getState().notice, second.getState().notice]).toEqual([null, null]);
  });

  it('says nothing to tabs showing other games, nor for a damaged message', async () => {
    const channels = hub();
    const first = tab();
    watchOtherTabs(first, channels.open());
    const other = tab();
    watchOtherTabs(other, channels.open());
    await settle();
    const id = first.getState().game!.id;
    for (const damaged of [null, 'x', { kind: 'accord-showing', game: 42, reply: false }, { game: id }])
      channels.post(damaged);
    await settle();
    expect([first.getState().notice, other.getState().notice]).toEqual([null, null]);
  });

  it('does nothing without a channel (a browser without BroadcastChannel)', () => {
    expect(() => watchOtherTabs(tab(), null)()).not.toThrow();
  });
});
