/** What every screen module provides to the app shell. */
import type { AppStore } from '../store/appStore.ts';
import type { LibraryEntry } from '../store/library.ts';
import type { SavedGames } from '../store/persistence.ts';
import type { AppState } from '../store/types.ts';
import type { StrategyName } from '../bots/types.ts';
import type { Locale } from '../i18n/index.ts';

export interface ScreenContext {
  store: AppStore;
  /** Saved games: continue, delete (persistence beside the store). */
  saves: SavedGames;
  library: LibraryEntry[];
  /** The library read again in another language (the app shell calls it when the language changes). */
  libraryIn?: (locale: Locale) => LibraryEntry[];
  /** Computer strategies offered in setup (from the bots layer, wired in main.ts). */
  strategies: readonly StrategyName[];
}

export interface MountedScreen {
  el: HTMLElement;
  /** Called on every store change while the screen is up. */
  update?(state: AppState): void;
  destroy?(): void;
}
