/** What every screen module provides to the app shell. */
import type { AppStore } from '../store/appStore.ts';
import type { LibraryEntry } from '../store/library.ts';
import type { SavedGames } from '../store/persistence.ts';
import type { AppState } from '../store/types.ts';

export interface ScreenContext {
  store: AppStore;
  /** Saved games: continue, delete (persistence beside the store). */
  saves: SavedGames;
  library: LibraryEntry[];
  /** Computer strategies offered in setup (from the bots layer, wired in main.ts). */
  strategies: string[];
}

export interface MountedScreen {
  el: HTMLElement;
  /** Called on every store change while the screen is up. */
  update?(state: AppState): void;
  destroy?(): void;
}
