/**
 * The application store (zustand vanilla + immer): which screen is up, the settings, the running game
 * and the list of saved games. Screens read it (through selectors.ts) and call its actions; the game
 * inside changes only through the engine's `apply`, for a human's move (`dispatch`) or a computer's
 * (`botMove`, through the bots' one driver). The engine and the bots load on first use
 * (gameRules.ts): choosing a scenario starts the load, and a game started before it has finished
 * starts when it has.
 *
 * The store does no input or output: who may see what is decided in seating.ts, saving and resuming
 * happen in persistence.ts, a subscriber beside the store (as zustand's `persist` middleware is).
 */
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Action, PartyAction, GameState, PartyId } from '../engine/index.ts';
import { computerConfigs, unknownComputerSetting } from './computerPlayers.ts';
import type { ComputerDriver } from './computerPlayers.ts';
import { gameRules, loadGameRules, loadedGameRules } from './gameRules.ts';
import type { GameRules } from './gameRules.ts';
import { setupFor } from './saves.ts';
import {
  concealedOnProjector,
  humansOf,
  revealedAfterMove,
  revealedOnResume,
  screenFor,
  unlocksInRoom,
} from './seating.ts';
import type { ReflectionAnswers, WorksheetAnswers } from './classHour.ts';
import type { AppState, Controller, RunningGame, SaveProblem, SaveSummary, ScenarioChoice, Settings } from './types.ts';
import { say } from './storeLocale.ts';
import { newGameId } from './gameId.ts';

export interface StoreDeps {
  /** Chooses and applies computer moves (default: the bots' `computerMove`, loaded with the engine); tests may script one. */
  computerMove?: ComputerDriver;
  newId?: () => string;
}

/** What a reload brings back besides the game: the pause, and the lone human's panel if it was open. */
export interface ResumeSession {
  botsPaused: boolean;
  revealedTo: PartyId | null;
  /** The humans who had read their brief; null: everyone had. */
  briefed: PartyId[] | null;
}

export interface AppActions {
  setSettings(patch: Partial<Settings>): void;
  chooseScenario(choice: ScenarioChoice): void;
  toLibrary(): void;
  /** Opens the instructor view of a scenario (null: the instructor picks their own file there). */
  openInstructorView(choice: ScenarioChoice | null): void;
  /**
   * Starts a game of the chosen scenario, at once if the rules engine is loaded (choosing a
   * scenario loads it), else as soon as it is.
   */
  startGame(controllers: Record<PartyId, Controller>, seed: number): void;
  /** Moves on from the public background or from a brief to the next hand-over, or to the room. */
  continueBriefing(): void;
  /**
   * Keeps a human's preparation worksheet with the game: only on their own unlocked brief, before
   * the game ends (the debrief compares it with what they did).
   */
  saveWorksheet(party: PartyId, answers: WorksheetAnswers): boolean;
  /** Keeps a human's exit reflection with the game: only once the game is over. */
  saveReflection(party: PartyId, answers: ReflectionAnswers): boolean;
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
  dispatch(action: PartyAction): boolean;
  /** Lets the computer player whose turn it is make one move; false when it is not a computer's turn. */
  botMove(): boolean;
  showDebrief(): void;
  /**
   * Puts a restored game on screen. With a session (a reload) the pause and a lone human's open panel
   * come back; without one (Continue in the library) the game starts unpaused, behind a hand-over.
   */
  resumeGame(game: RunningGame, session: ResumeSession | null): void;
  /** The saved games as persistence read them. */
  showSaves(saves: SaveSummary[], problems: SaveProblem[]): void;
  /** A save failed ('storageFull': for want of room; 'other'), or null: the last save succeeded. */
  setSaveFailure(failure: 'storageFull' | 'other' | null): void;
  showNotice(text: string): void;
  dismissNotice(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export const defaultSettings: Settings = { projector: false, pace: 'normal', keyShortcuts: true };

export function createAppStore(deps: StoreDeps = {}) {
  const driver: ComputerDriver =
    deps.computerMove ?? ((state, computers) => gameRules().computerMove(state, computers));
  const newId = deps.newId ?? newGameId;

  return createStore<AppState & AppActions>()(
    immer((set, get) => {
      /** Puts a move the engine accepted on the record and routes the screen. */
      const commit = (game: RunningGame, action: Action, state: GameState, reason?: string) => {
        const moved: RunningGame = { ...game, actions: [...game.actions, action], state, rejection: null };
        if (reason !== undefined) moved.reasons = { ...game.reasons, [String(game.actions.length)]: reason };
        const next: RunningGame = { ...moved, revealedTo: revealedAfterMove(game, moved, get().settings.projector) };
        set((s) => {
          s.game = next;
          // When the game ends the room stays up to show how (its "Go to the debrief" leads on).
          s.screen = next.state.status === 'finished' ? { name: 'room' } : screenFor(next, s.settings.projector);
        });
      };
      const startWith = (
        rules: GameRules,
        choice: ScenarioChoice,
        controllers: Record<PartyId, Controller>,
        seed: number,
      ) => {
        const game: RunningGame = {
          id: newId(),
          file: choice.file,
          source: choice.source,
          controllers,
          seed,
          actions: [],
          state: rules.initialState(choice.scenario, setupFor(controllers, choice.scenario.language), seed),
          revealedTo: null,
          briefed: [],
          rejection: null,
        };
        set((s) => {
          s.game = game;
          s.botsPaused = false;
          s.screen = { name: 'briefing' };
        });
      };
      const refuse = (reason: string) =>
        set((s) => {
          if (s.game) s.game.rejection = reason;
        });

      return {
        screen: { name: 'library' },
        settings: { ...defaultSettings },
        choice: null,
        game: null,
        saves: [],
        saveProblems: [],
        notice: null,
        botsPaused: false,
        storageFull: false,
        unsaved: false,

        setSettings(patch) {
          set((s) => {
            Object.assign(s.settings, patch);
            // Turning the projector on mid-game hides a private panel at once (unless it is that human's turn).
            if (s.game && (s.screen.name === 'room' || (s.screen.name === 'handover' && s.screen.purpose === 'turn'))) {
              s.game.revealedTo = concealedOnProjector(s.game as RunningGame, s.settings.projector);
              if (s.game.state.status === 'running') s.screen = screenFor(s.game as RunningGame, s.settings.projector);
            }
          });
        },

        chooseScenario(choice) {
          set((s) => {
            s.choice = choice;
            s.screen = { name: 'setup' };
          });
          // The setup screen is read and filled in meanwhile; a failure is reported when the game starts.
          loadGameRules().catch(() => undefined);
        },

        toLibrary() {
          set((s) => {
            s.game = null;
            s.botsPaused = false;
            s.screen = { name: 'library' };
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
          const unknown = unknownComputerSetting(controllers);
          if (unknown) {
            set((s) => void (s.notice = say('store.cannotStart', { reason: unknown })));
            return;
          }
          const rules = loadedGameRules();
          if (!rules) {
            loadGameRules().then(
              // Still on the setup of the same scenario (not back in the library, not started twice).
              () => {
                const now = get();
                if (now.choice === choice && now.screen.name === 'setup' && !now.game) now.startGame(controllers, seed);
              },
              (e: unknown) =>
                set(
                  (s) =>
                    void (s.notice = say('store.engineNotLoaded', {
                      message: e instanceof Error ? e.message : String(e),
                    })),
                ),
            );
            return;
          }
          startWith(rules, choice, controllers, seed);
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

        saveWorksheet(party, answers) {
          const { game, screen } = get();
          if (!game || screen.name !== 'brief' || screen.party !== party || game.revealedTo !== party) return false;
          if (game.controllers[party]?.kind !== 'human' || game.state.status === 'finished') return false;
          set((s) => {
            if (s.game) s.game.worksheets = { ...s.game.worksheets, [party]: structuredClone(answers) };
          });
          return true;
        },

        saveReflection(party, answers) {
          const game = get().game;
          if (!game || game.state.status !== 'finished' || game.controllers[party]?.kind !== 'human') return false;
          set((s) => {
            if (s.game) s.game.reflections = { ...s.game.reflections, [party]: { ...answers } };
          });
          return true;
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
            refuse(say('store.notYourTurn'));
            return false;
          }
          let result: ReturnType<GameRules['apply']>;
          try {
            result = gameRules().apply(game.state, action);
          } catch (e) {
            result = {
              ok: false,
              reason: say('store.engineFailed', { message: e instanceof Error ? e.message : String(e) }),
            };
          }
          if (!result.ok) {
            refuse(result.reason);
            return false;
          }
          commit(game, action, result.state);
          return true;
        },

        botMove() {
          const game = get().game;
          if (!game) return false;
          let move: ReturnType<ComputerDriver>;
          try {
            move = driver(game.state, computerConfigs(game));
          } catch (e) {
            // Even passing was refused: the table is stuck, and saying so beats looping.
            const reason = e instanceof Error ? e.message : String(e);
            set((s) => void (s.notice = say('store.computersStuck', { reason })));
            return false;
          }
          if (!move) return false;
          commit(game, move.action, move.state, move.explain?.());
          return true;
        },

        showDebrief() {
          if (get().game?.state.status === 'finished') set((s) => void (s.screen = { name: 'debrief' }));
        },

        resumeGame(game, session) {
          const projector = get().settings.projector;
          const humans = humansOf(game.controllers);
          const briefed = session?.briefed ? humans.filter((p) => session.briefed?.includes(p)) : humans;
          // A reload during the briefing goes back to it: whoever had not read their brief still does.
          const briefing = briefed.length < humans.length;
          const resumed: RunningGame = {
            ...game,
            briefed,
            revealedTo: briefing ? null : revealedOnResume(game, session ? session.revealedTo : undefined, projector),
          };
          set((s) => {
            s.game = resumed;
            s.notice = null;
            s.botsPaused = session?.botsPaused ?? false;
            s.screen = briefing ? { name: 'briefing' } : screenFor(resumed, projector);
          });
        },

        showSaves(saves, problems) {
          set((s) => {
            s.saves = saves;
            s.saveProblems = problems;
          });
        },

        setSaveFailure(failure) {
          set((s) => {
            s.storageFull = failure === 'storageFull';
            s.unsaved = failure !== null;
          });
        },

        showNotice(text) {
          set((s) => void (s.notice = text));
        },

        dismissNotice() {
          set((s) => void (s.notice = null));
        },
      };
    }),
  );
}
