/**
 * The application store (zustand vanilla + immer). Screens read it and call its actions; the game
 * inside changes only through `dispatch`, which hands the move to the engine's `apply`. Every move
 * is saved at once, so a reload resumes the game exactly (see saves.ts).
 *
 * Confidentiality lives here too: `revealedTo` says which human's private view the shared screen
 * may show, and it is cleared whenever the device passes between two people. In projector mode it
 * is also cleared whenever a human's turn ends (the room then watches the computers on the public
 * view), and the human unlocks their private panel again with `showPrivatePanel` on their turn.
 */
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Action, LegalAction, Package, PartyId, PartyView, ScoreLine } from '../engine/index.ts';
import { apply, initialState, legalActions, previewPackage, viewFor } from '../engine/index.ts';
import type { KeyValueStorage } from './storage.ts';
import {
  CURRENT_KEY,
  SAVE_PREFIX,
  SETTINGS_KEY,
  listSaves,
  readSaveFile,
  restore,
  setupFor,
  toSaveFile,
} from './saves.ts';
import type { AppState, Controller, RunningGame, ScenarioChoice, Screen, Settings } from './types.ts';

export type ComputerController = Extract<Controller, { kind: 'computer' }>;

/** Chooses a computer party's next move from what that party may know: its own view. */
export type BotPlayer = (input: {
  view: PartyView;
  legal: LegalAction[];
  controller: ComputerController;
  seed: number;
  move: number;
  /** The party's persona from the scenario (its own setting: how tough, how trusting). */
  persona: { toughness: number; trust: number };
}) => Action;

export interface StoreDeps {
  storage: KeyValueStorage;
  bot?: BotPlayer;
  now?: () => string;
  newId?: () => string;
}

export interface AppActions {
  setSettings(patch: Partial<Settings>): void;
  chooseScenario(choice: ScenarioChoice): void;
  toLibrary(): void;
  /** Opens the instructor view of a scenario (null: the instructor picks their own file there). */
  openInstructorView(choice: ScenarioChoice | null): void;
  startGame(controllers: Record<PartyId, Controller>, seed: number): void;
  /** Moves on from the public background or from a brief to the next hand-over, or to the room. */
  continueBriefing(): void;
  /** The person named on the hand-over screen confirms that only they can see the screen. */
  confirmHandover(): void;
  /**
   * Projector mode with one human: on their turn, that human unlocks their private panel in the
   * room (the room saw only the public table while the computers moved).
   */
  showPrivatePanel(): void;
  /** Pauses or resumes the computer players' timed moves (Skip ahead still plays them at once). */
  setBotsPaused(paused: boolean): void;
  /** A human's move; refused (with the engine's reason) unless it is their turn on an unlocked screen. */
  dispatch(action: Action): boolean;
  /** Lets the computer player whose turn it is make one move; false when it is not a computer's turn. */
  botMove(): boolean;
  showDebrief(): void;
  continueSave(id: string): void;
  deleteSave(id: string): void;
  refreshSaves(): void;
  dismissNotice(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** A default computer player until real bots are wired in: support a text, otherwise pass. */
export const passiveBot: BotPlayer = ({ view, legal }) => {
  const support = legal.find((a) => a.type === 'support');
  if (support) return { type: 'support', party: view.party };
  return { type: 'pass', party: view.party };
};

const defaultSettings: Settings = { projector: false, pace: 'normal' };

export function humansOf(controllers: Record<PartyId, Controller>): PartyId[] {
  return Object.entries(controllers)
    .filter(([, c]) => c.kind === 'human')
    .map(([p]) => p);
}

/**
 * Projector mode with a single human: their turn opens in the room (public view) with a "Show my
 * private panel" prompt instead of a full hand-over screen, so the room keeps seeing the table.
 */
export function unlocksInRoom(game: RunningGame, projector: boolean): boolean {
  return projector && humansOf(game.controllers).length === 1;
}

/** The screen a running game calls for, given whose turn it is and whose view is unlocked. */
export function screenFor(game: RunningGame, projector = false): Screen {
  const { state } = game;
  if (state.status === 'finished') return { name: 'debrief' };
  const active = state.active;
  if (
    active !== null &&
    game.controllers[active]?.kind === 'human' &&
    game.revealedTo !== active &&
    !unlocksInRoom(game, projector)
  ) {
    return { name: 'handover', party: active, purpose: 'turn' };
  }
  return { name: 'room' };
}

/**
 * Who may stay unlocked on a projector: nobody unless it is that human's own turn. (Off the
 * projector, a lone human keeps their panel while the computers move: the screen is theirs.)
 */
export function concealedOnProjector(game: RunningGame, projector: boolean): PartyId | null {
  if (!projector || game.revealedTo === null) return game.revealedTo;
  return game.state.status === 'running' && game.state.active === game.revealedTo ? game.revealedTo : null;
}

export function createAppStore(deps: StoreDeps) {
  const { storage } = deps;
  const bot = deps.bot ?? passiveBot;
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`);

  const initial = listSaves(storage);
  const store = createStore<AppState & AppActions>()(
    immer((set, get) => {
      const persistGame = (game: RunningGame): string | null => {
        const text = JSON.stringify(toSaveFile(game, now()));
        // When storage is full, make room by deleting the oldest finished games (then the oldest others).
        for (let attempt = 0; attempt < 10; attempt++) {
          try {
            storage.setItem(SAVE_PREFIX + game.id, text);
            storage.setItem(CURRENT_KEY, game.id);
            return null;
          } catch {
            const { saves } = listSaves(storage);
            const others = saves.filter((x) => x.id !== game.id);
            const victim = [...others.filter((x) => x.finished), ...others.filter((x) => !x.finished)].pop();
            if (!victim) break;
            try {
              storage.removeItem(SAVE_PREFIX + victim.id);
            } catch {
              break;
            }
          }
        }
        return 'This game could not be saved (the browser’s storage is full or blocked). Play on, but a reload will lose it.';
      };
      const refresh = (s: AppState) => {
        const listed = listSaves(storage);
        s.saves = listed.saves;
        s.saveProblems = listed.problems;
      };

      /** Applies one move for `party` (human or computer) and routes the screen. */
      const applyMove = (action: Action): boolean => {
        const game = get().game;
        if (!game) return false;
        let result: ReturnType<typeof apply>;
        try {
          result = apply(game.state, action);
        } catch (e) {
          result = {
            ok: false,
            reason: `The rules engine failed on this move (${e instanceof Error ? e.message : String(e)}).`,
          };
        }
        if (!result.ok) {
          const reason = result.reason;
          set((s) => {
            if (s.game) s.game.rejection = reason;
          });
          return false;
        }
        const before = game.state.active;
        const next: RunningGame = {
          ...game,
          actions: [...game.actions, action],
          state: result.state,
          rejection: null,
        };
        // The device passes on when a human's turn ends in a game with several humans.
        if (before !== next.state.active && humansOf(game.controllers).length > 1) next.revealedTo = null;
        if (next.state.status === 'finished') next.revealedTo = null;
        next.revealedTo = concealedOnProjector(next, get().settings.projector);
        const problem = persistGame(next);
        set((s) => {
          s.game = next;
          // When the game ends the room stays up to show how (its "Go to the debrief" leads on).
          s.screen = next.state.status === 'finished' ? { name: 'room' } : screenFor(next, s.settings.projector);
          if (problem) s.notice = problem;
        });
        return true;
      };

      return {
        screen: { name: 'library' },
        settings: { ...defaultSettings },
        choice: null,
        game: null,
        saves: initial.saves,
        saveProblems: initial.problems,
        notice: null,
        botsPaused: false,

        setSettings(patch) {
          set((s) => {
            Object.assign(s.settings, patch);
            // Turning the projector on mid-game hides a private panel at once (unless it is that human's turn).
            if (s.game && (s.screen.name === 'room' || (s.screen.name === 'handover' && s.screen.purpose === 'turn'))) {
              s.game.revealedTo = concealedOnProjector(s.game as RunningGame, s.settings.projector);
              if (s.game.state.status === 'running') s.screen = screenFor(s.game as RunningGame, s.settings.projector);
            }
          });
          try {
            storage.setItem(SETTINGS_KEY, JSON.stringify(get().settings));
          } catch {
            /* settings are a convenience: not saving them is harmless */
          }
        },

        chooseScenario(choice) {
          set((s) => {
            s.choice = choice;
            s.screen = { name: 'setup' };
          });
        },

        toLibrary() {
          try {
            storage.removeItem(CURRENT_KEY);
          } catch {
            /* nothing to forget */
          }
          set((s) => {
            s.game = null;
            s.botsPaused = false;
            s.screen = { name: 'library' };
            refresh(s);
          });
        },

        openInstructorView(choice) {
          // Only from the library: a running game's screen never leads here.
          if (get().game) return;
          set((s) => {
            s.screen = { name: 'instructor', choice };
          });
        },

        startGame(controllers, seed) {
          const choice = get().choice;
          if (!choice) return;
          const state = initialState(choice.scenario, setupFor(controllers), seed);
          const game: RunningGame = {
            id: newId(),
            file: choice.file,
            source: choice.source,
            controllers,
            seed,
            actions: [],
            state,
            revealedTo: null,
            briefed: [],
            rejection: null,
          };
          const problem = persistGame(game);
          set((s) => {
            s.game = game;
            s.screen = { name: 'briefing' };
            if (problem) s.notice = problem;
          });
        },

        continueBriefing() {
          const { game, screen } = get();
          if (!game) return;
          const briefed =
            screen.name === 'brief' && !game.briefed.includes(screen.party)
              ? [...game.briefed, screen.party]
              : game.briefed;
          const humans = humansOf(game.controllers);
          const nextHuman = humans.find((p) => !briefed.includes(p));
          set((s) => {
            if (!s.game) return;
            s.game.briefed = briefed;
            if (nextHuman !== undefined) {
              // Hide the brief just read before the device passes on.
              s.game.revealedTo = null;
              s.screen = { name: 'handover', party: nextHuman, purpose: 'brief' };
              return;
            }
            // Everyone is briefed. With several humans the screen goes public before play starts.
            if (humans.length !== 1) s.game.revealedTo = null;
            s.game.revealedTo = concealedOnProjector(s.game as RunningGame, s.settings.projector);
            s.screen = screenFor(s.game as RunningGame, s.settings.projector);
          });
        },

        confirmHandover() {
          const screen = get().screen;
          if (screen.name !== 'handover') return;
          set((s) => {
            if (!s.game) return;
            s.game.revealedTo = screen.party;
            s.screen = screen.purpose === 'brief' ? { name: 'brief', party: screen.party } : { name: 'room' };
          });
        },

        showPrivatePanel() {
          const { game, screen, settings } = get();
          if (
            !game ||
            screen.name !== 'room' ||
            game.state.status !== 'running' ||
            !unlocksInRoom(game, settings.projector)
          )
            return;
          const active = game.state.active;
          if (active === null || game.controllers[active]?.kind !== 'human') return;
          set((s) => {
            if (s.game) s.game.revealedTo = active;
          });
        },

        setBotsPaused(paused) {
          set((s) => void (s.botsPaused = paused));
        },

        dispatch(action) {
          const game = get().game;
          if (!game || get().screen.name !== 'room') return false;
          const controller = game.controllers[action.party];
          if (controller?.kind !== 'human' || game.revealedTo !== action.party || game.state.active !== action.party) {
            set((s) => {
              if (s.game) s.game.rejection = 'It is not your turn.';
            });
            return false;
          }
          return applyMove(action);
        },

        botMove() {
          const game = get().game;
          if (!game || game.state.status !== 'running') return false;
          const active = game.state.active;
          if (active === null) return false;
          const controller = game.controllers[active];
          if (controller?.kind !== 'computer') return false;
          const view = viewFor(game.state, active);
          const legal = legalActions(game.state, active);
          let action: Action;
          try {
            const persona = game.state.scenario.parties.find((p) => p.id === active)?.persona ?? {
              toughness: 0.5,
              trust: 0.5,
            };
            action = bot({
              view: view as PartyView,
              legal,
              controller,
              seed: game.seed,
              move: game.state.moves,
              persona,
            });
          } catch {
            action = { type: 'pass', party: active };
          }
          if (applyMove(action)) return true;
          // A bot's illegal choice must never stall the game: it passes instead.
          return applyMove({ type: 'pass', party: active });
        },

        showDebrief() {
          if (get().game?.state.status === 'finished') set((s) => void (s.screen = { name: 'debrief' }));
        },

        continueSave(id) {
          let text: string | null = null;
          try {
            text = storage.getItem(SAVE_PREFIX + id);
          } catch {
            /* reported as missing */
          }
          const read = readSaveFile(text);
          const restored = read.ok ? restore(read.value) : read;
          if (!restored.ok) {
            const reason = restored.reason;
            set((s) => {
              s.notice = `This saved game cannot be continued: ${reason}.`;
            });
            return;
          }
          const game = restored.value;
          try {
            storage.setItem(CURRENT_KEY, game.id);
          } catch {
            /* resume-on-reload is a convenience */
          }
          set((s) => {
            s.game = game;
            s.notice = null;
            s.botsPaused = false;
            s.screen = screenFor(game, s.settings.projector);
          });
        },

        deleteSave(id) {
          try {
            storage.removeItem(SAVE_PREFIX + id);
            if (storage.getItem(CURRENT_KEY) === id) storage.removeItem(CURRENT_KEY);
          } catch {
            /* refresh shows what is left */
          }
          set((s) => refresh(s));
        },

        refreshSaves() {
          set((s) => refresh(s));
        },

        dismissNotice() {
          set((s) => void (s.notice = null));
        },
      };
    }),
  );
  return store;
}

/** Restores the settings and resumes the game that was running when the page was closed. */
export function resumeOnLoad(
  store: AppStore,
  storage: KeyValueStorage,
  readSettings: (s: KeyValueStorage) => Settings | null,
): void {
  const settings = readSettings(storage);
  if (settings) store.getState().setSettings(settings);
  let current: string | null = null;
  try {
    current = storage.getItem(CURRENT_KEY);
  } catch {
    return;
  }
  if (current !== null) store.getState().continueSave(current);
}

/**
 * The points a draft package would give the human whose screen is unlocked (sheet, scoring rules,
 * social licence), for the package builder's live preview. Null for anyone else: the shared
 * screen never previews another party's points.
 */
export function previewForRevealed(
  game: RunningGame | null,
  pkg: Package,
): { points: number; lines: ScoreLine[] } | null {
  if (!game || game.revealedTo === null) return null;
  const preview = previewPackage(game.state, game.revealedTo, pkg);
  return { points: Math.round(preview.points * 100) / 100, lines: preview.lines };
}
