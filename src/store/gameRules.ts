/**
 * The rules engine and the computer players as the store uses them, loaded on first use: the
 * library (the first page) needs neither, so in the browser they, with the analysis the engine
 * brings, are a chunk of their own that loads when a scenario is chosen or a saved game is
 * continued (issue 17). `loadGameRules()` starts (or joins) that load; `loadedGameRules()` is what
 * the store's synchronous actions read, null until the load has finished.
 *
 * Every language's sentences load with them: a game narrates in its scenario's language, which need not
 * be the screens' (the first page has only those: src/i18n/load.ts), and every game begins here.
 */
import { LOCALES } from '../i18n/index.ts';
import { loadCatalogs } from '../i18n/load.ts';
import type { GameRules } from './gameRulesModule.ts';
import { onFirstUse } from './onFirstUse.ts';

export type { GameRules };

let loaded: GameRules | null = null;

/** Loads the engine and the bots once; every later call returns the same promise (a failed load is tried again). */
export const loadGameRules: () => Promise<GameRules> = onFirstUse(() =>
  Promise.all([import('./gameRulesModule.ts'), loadCatalogs(LOCALES)]).then(([m]) => (loaded = m.GAME_RULES)),
);

/** The engine and the bots if they are loaded, else null. */
export function loadedGameRules(): GameRules | null {
  return loaded;
}

/** The engine and the bots, for code that runs only once a game exists (which required loading them). */
export function gameRules(): GameRules {
  if (!loaded) throw new Error('the rules engine is not loaded yet (loadGameRules() loads it)');
  return loaded;
}
