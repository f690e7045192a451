/**
 * Tells a tab when the game it shows is open in another tab or window of this browser too (the bookmark
 * opened again resumes the last game). Both tabs play it from the same save; moves made in both are kept as
 * two games (persistence.ts `copies`), but the trainee should know before that happens. Each tab says which
 * game it shows, on a BroadcastChannel, whenever that changes; a tab that hears its own game named shows a
 * notice (once per game) and answers, so the other tab learns it as well.
 */
import type { AppStore } from '../store/appStore.ts';
import { t } from './uiLocale.ts';

/** The part of BroadcastChannel used here (a pair of fakes in the tests). */
export interface TabChannel {
  post(message: unknown): void;
  /** Hands every message another tab posts to `heard` (one listener). */
  listen(heard: (message: unknown) => void): void;
  close(): void;
}

interface Showing {
  kind: 'accord-showing';
  game: string;
  /** An answer to another tab's word (not answered again). */
  reply: boolean;
}

const isShowing = (v: unknown): v is Showing =>
  typeof v === 'object' &&
  v !== null &&
  (v as Showing).kind === 'accord-showing' &&
  typeof (v as Showing).game === 'string' &&
  typeof (v as Showing).reply === 'boolean';

/** Starts listening; returns the function that stops it. A null channel (no BroadcastChannel): nothing. */
export function watchOtherTabs(store: AppStore, channel: TabChannel | null): () => void {
  if (!channel) return () => undefined;
  const warned = new Set<string>();
  const say = (game: string, reply: boolean) => channel.post({ kind: 'accord-showing', game, reply } satisfies Showing);
  channel.listen((data) => {
    if (!isShowing(data)) return;
    const mine = store.getState().game?.id;
    if (mine !== data.game) return;
    if (!warned.has(mine)) {
      warned.add(mine);
      store.getState().showNotice(t('ui.openElsewhere'));
    }
    if (!data.reply) say(mine, true);
  });
  let shown = store.getState().game?.id ?? null;
  if (shown) say(shown, false);
  const unsubscribe = store.subscribe((state) => {
    const id = state.game?.id ?? null;
    if (id === shown) return;
    shown = id;
    if (id) say(id, false);
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}

/** This browser's channel between Accord's tabs, or null where there is none. */
export function browserTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel('accord-games');
  return {
    post: (message) => channel.postMessage(message),
    listen: (heard) => void (channel.onmessage = (event) => heard(event.data)),
    close: () => channel.close(),
  };
}
