/**
 * The application state held by the store: which screen is up, the settings, the running game and
 * the saved games. The game inside is changed only by engine actions (see appStore.ts).
 */
import type { Action, GameState, PartyId, Scenario } from '../engine/index.ts';
import type { Problem } from '../scenario/types.ts';
import type { Difficulty, StrategyName } from '../bots/types.ts';
import type { ReflectionAnswers, WorksheetAnswers } from './classHour.ts';

export type { Difficulty };

/** Who plays a party: a person at the shared device, or a computer negotiator. */
export type Controller =
  { kind: 'human'; name: string } | { kind: 'computer'; strategy: StrategyName; difficulty: Difficulty };

/** How fast computer players move: one table with the classroom server (bots/pace.ts). */
export { PACE_MS, paceBefore, type Pace } from '../bots/pace.ts';
import type { Pace } from '../bots/pace.ts';

export interface Settings {
  projector: boolean;
  pace: Pace;
  /**
   * The room's single-key shortcuts (P: pause the computers, S: skip ahead). A speech-input user's words, or a
   * stray key, can press them: WCAG 2.1.4 asks that they can be turned off.
   */
  keyShortcuts: boolean;
}

/** A scenario picked in the library, with the text it was parsed from (saved games keep it). */
export interface ScenarioChoice {
  scenario: Scenario;
  /** The file's text: a saved game re-parses it, so a save stays playable if the library changes. */
  source: string;
  file: string;
  /** The loader's warnings about its file (an unknown field, ignored); absent: none. */
  warnings?: Problem[];
}

export interface RunningGame {
  id: string;
  file: string;
  source: string;
  controllers: Record<PartyId, Controller>;
  seed: number;
  /** Every action applied, in order: the game's recipe (replaying it rebuilds `state`). */
  actions: Action[];
  state: GameState;
  /**
   * The human whose private view is unlocked on the shared screen (they confirmed the hand-over),
   * or null: then the screen shows only what `viewFor(state, 'public')` gives.
   */
  revealedTo: PartyId | null;
  /** Humans who have read their confidential brief. */
  briefed: PartyId[];
  /** The last move the engine refused, with its reason, for the action panel to show. */
  rejection: string | null;
  /**
   * Each computer move's one-line reason, by action index (bots/reason.ts). Never shown while the
   * game runs (it holds the bot's estimates); the debrief's timeline and review show it.
   */
  reasons?: Record<string, string>;
  /** Each human's preparation worksheet, filled before their first turn (absent: none yet). */
  worksheets?: Record<PartyId, WorksheetAnswers>;
  /** Each human's exit reflection, answered after the game (absent: none yet). */
  reflections?: Record<PartyId, ReflectionAnswers>;
}

export type Screen =
  | { name: 'library' }
  | { name: 'setup' }
  /** The public background everyone reads together. */
  | { name: 'briefing' }
  /** "Pass the device to …": shows nothing confidential. */
  | { name: 'handover'; party: PartyId; purpose: 'brief' | 'turn' }
  /** One human's confidential brief (only after their hand-over). */
  | { name: 'brief'; party: PartyId }
  | { name: 'room' }
  | { name: 'debrief' }
  /** The instructor view (every sheet, the analysis): reached only from the library, never in a game. */
  | { name: 'instructor'; choice: ScenarioChoice | null };

/** A saved game as listed: enough to choose it, without replaying it. */
export interface SaveSummary {
  id: string;
  title: string;
  savedAt: string;
  round: number;
  finished: boolean;
  humans: string[];
  /** About how many bytes deleting it frees (its scenario's text counts when no other save shares it). */
  bytes: number;
}

/** A save that cannot be read: a sentence, and its id so the user can delete it (null: storage itself failed). */
export interface SaveProblem {
  id: string | null;
  message: string;
}

export interface AppState {
  screen: Screen;
  settings: Settings;
  /** The scenario chosen in the library (for the setup screen). */
  choice: ScenarioChoice | null;
  game: RunningGame | null;
  saves: SaveSummary[];
  /** Saves that could not be read (they never stop the others loading). */
  saveProblems: SaveProblem[];
  /** A message for the user (e.g. a save that could not be resumed). */
  notice: string | null;
  /** The computer players wait (the room's Pause button); a reload keeps it. */
  botsPaused: boolean;
  /**
   * The last save failed because the browser's storage is full: the game goes on in memory and the
   * user is asked which saved games to delete (nothing is ever deleted without them).
   */
  storageFull: boolean;
  /**
   * A save failed (for want of room or otherwise) and none has succeeded since: the storage lacks moves
   * that a reload would lose. The header says so for as long as it lasts, the notice being dismissable.
   */
  unsaved: boolean;
}
