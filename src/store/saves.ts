/**
 * The saved-game format and its checks. A save is the game's recipe (which scenario, the setup, who
 * plays whom, the seed, the actions), never a snapshot of the state: restoring re-parses the scenario
 * and replays the actions through the engine, so whatever a save holds is checked by the same rules
 * as live play. The scenario's text is stored once per scenario (see contentKey.ts), not in each save.
 *
 * Everything read back is checked: a save that is damaged, tampered with, foreign or from another
 * version yields a sentence saying why, never an exception and never a half-working game.
 */
import type { Action, GameState, PartyId, Setup } from '../engine/index.ts';
import type { replay } from '../engine/index.ts';
import { parseScenario } from '../scenario/index.ts';
import { isDifficulty, isStrategyName } from '../bots/types.ts';
import type { Controller, RunningGame, SaveSummary } from './types.ts';
import type { ReflectionAnswers, WorksheetAnswers } from './classHour.ts';
import { readByParty, readReflection, readWorksheet } from './classHour.ts';
import { asClause, matchLocale, strategyLabel, translator } from '../i18n/index.ts';
import { say } from './storeLocale.ts';

export const SAVE_FORMAT = 'accord-save/2';
export const SCENARIO_FORMAT = 'accord-scenario/1';

/** Keys in the save storage. */
export const SAVE_KEY = (id: string): string => `save:${id}`;
export const SCENARIO_KEY = (contentKey: string): string => `scenario:${contentKey}`;
export const SESSION_KEY = 'session';

export interface SaveRecord {
  format: typeof SAVE_FORMAT;
  id: string;
  /** ISO 8601. */
  savedAt: string;
  title: string;
  file: string;
  /** The storage key of the scenario's text (a `ScenarioRecord`). */
  scenario: string;
  setup: Setup;
  seed: number;
  controllers: Record<PartyId, Controller>;
  actions: Action[];
  /** Computer players' reasons by action index (RunningGame.reasons); absent in older saves. */
  reasons?: Record<string, string>;
  summary: { round: number; finished: boolean };
  /** The trainees' preparation worksheets and exit reflections (absent in saves without any). */
  worksheets?: Record<PartyId, WorksheetAnswers>;
  reflections?: Record<PartyId, ReflectionAnswers>;
  /** The language its scenario was read in (a game keeps it; absent in older saves: the file's own). */
  language?: string;
  /**
   * The format an older Accord wrote it in, for a save moved over from it (legacySaves.ts): its moves were
   * played under that version's rules, and a move today's rules refuse is said to come from it.
   */
  writtenAs?: string;
}

export interface ScenarioRecord {
  format: typeof SCENARIO_FORMAT;
  text: string;
}

/** What a reload resumes: the game on screen, whether its computers were paused, whose panel was open. */
export interface SessionRecord {
  gameId: string;
  botsPaused: boolean;
  revealedTo: PartyId | null;
  /** The humans who had read their brief (null: not recorded, as in sessions moved from localStorage). */
  briefed: PartyId[] | null;
}

export type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

export function toSaveRecord(game: RunningGame, savedAt: string, scenario: string): SaveRecord {
  return {
    format: SAVE_FORMAT,
    id: game.id,
    savedAt,
    title: game.state.scenario.title,
    file: game.file,
    scenario,
    setup: game.state.setup,
    seed: game.seed,
    controllers: game.controllers,
    actions: game.actions,
    ...(game.reasons ? { reasons: game.reasons } : {}),
    summary: { round: game.state.round, finished: game.state.status === 'finished' },
    ...(game.worksheets ? { worksheets: game.worksheets } : {}),
    ...(game.reflections ? { reflections: game.reflections } : {}),
    language: game.state.scenario.language,
  };
}

/** What a save must be rewritten for: a new move, worksheet or reflection. */
export function saveRevision(game: RunningGame): string {
  return `${game.actions.length}:${Object.keys(game.worksheets ?? {}).length}:${Object.keys(game.reflections ?? {}).length}`;
}

/**
 * Whether the stored save of `game` holds what `game` does not: moves it lacks or different ones, or a
 * worksheet or reflection it lacks. Then another tab or window has played on from the same save, and
 * writing `game` over it would lose those moves (a game's moves only ever grow, so a save this page wrote
 * is always a beginning of its game). A missing or unreadable save holds nothing to lose.
 */
export function playedElsewhere(
  stored: unknown,
  game: Pick<RunningGame, 'actions' | 'worksheets' | 'reflections'>,
): boolean {
  if (!isObject(stored) || !Array.isArray(stored.actions)) return false;
  const moves = stored.actions as unknown[];
  if (moves.length > game.actions.length) return true;
  if (JSON.stringify(moves) !== JSON.stringify(game.actions.slice(0, moves.length))) return true;
  const lacks = (theirs: unknown, ours: Record<string, unknown> | undefined) =>
    isObject(theirs) && Object.keys(theirs).some((party) => !(ours && party in ours));
  return lacks(stored.worksheets, game.worksheets) || lacks(stored.reflections, game.reflections);
}

/**
 * The engine's Setup derived from who plays whom: players' display names, a computer's in the game's
 * language (`language`, the scenario's; English when absent).
 */
export function setupFor(controllers: Record<PartyId, Controller>, language = 'en'): Setup {
  const locale = matchLocale([language]);
  const t = translator(locale);
  const players: Record<PartyId, string> = {};
  for (const [party, c] of Object.entries(controllers))
    players[party] =
      c.kind === 'human'
        ? c.name
        : t('ui.computerPlayer', {
            strategy: strategyLabel(locale, c.strategy),
            difficulty: t(`uiSetup.difficulties.${c.difficulty}`),
          });
  return { players };
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A quoted excerpt of a bad value for a sentence (short, and never markup: screens show it as text). */
const quote = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
};

/** A full ISO 8601 date and time that names a real moment ("2025-13-45" and "yesterday" are not). */
export function isSaveDate(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
    Number.isFinite(Date.parse(v))
  );
}

function checkController(party: string, v: unknown): string | null {
  if (!isObject(v)) return say('store.saves.whoPlays', { party: quote(party) });
  if (v.kind === 'human') return typeof v.name === 'string' ? null : say('store.saves.noName', { party: quote(party) });
  if (v.kind !== 'computer') return say('store.saves.whoPlays', { party: quote(party) });
  if (typeof v.strategy !== 'string' || !isStrategyName(v.strategy))
    return say('store.saves.unknownStrategy', { strategy: quote(v.strategy), party: quote(party) });
  if (typeof v.difficulty !== 'string' || !isDifficulty(v.difficulty))
    return say('store.saves.unknownDifficulty', { difficulty: quote(v.difficulty), party: quote(party) });
  return null;
}

function checkSetup(v: unknown): v is Setup {
  if (!isObject(v)) return false;
  if (v.players === undefined) return true;
  return isObject(v.players) && Object.values(v.players).every((n) => typeof n === 'string');
}

/** Checks a save read back from storage (its content is checked when it is restored: see restore). */
export function readSaveRecord(data: unknown): Check<SaveRecord> {
  if (!isObject(data)) return { ok: false, reason: say('store.saves.damaged') };
  if (data.format !== SAVE_FORMAT) {
    return {
      ok: false,
      reason:
        typeof data.format === 'string' && data.format.startsWith('accord-save/')
          ? say('store.saves.otherVersion', { format: data.format })
          : say('store.saves.notSave'),
    };
  }
  if (typeof data.id !== 'string' || typeof data.title !== 'string' || typeof data.file !== 'string')
    return { ok: false, reason: say('store.saves.noTitle') };
  if (typeof data.scenario !== 'string' || !data.scenario.startsWith(SCENARIO_KEY('')))
    return { ok: false, reason: say('store.saves.noScenario') };
  if (!isSaveDate(data.savedAt))
    return { ok: false, reason: say('store.saves.badDate', { date: quote(data.savedAt) }) };
  if (typeof data.seed !== 'number' || !Number.isSafeInteger(data.seed) || data.seed < 0)
    return { ok: false, reason: say('store.saves.badSeed', { seed: quote(data.seed) }) };
  if (!checkSetup(data.setup)) return { ok: false, reason: say('store.saves.badSetup') };
  if (!isObject(data.controllers)) return { ok: false, reason: say('store.saves.noControllers') };
  for (const [party, c] of Object.entries(data.controllers)) {
    const problem = checkController(party, c);
    if (problem) return { ok: false, reason: problem };
  }
  if (
    !Array.isArray(data.actions) ||
    !data.actions.every((a) => isObject(a) && typeof a.type === 'string' && typeof a.party === 'string')
  )
    return { ok: false, reason: say('store.saves.badMoves') };
  if (
    data.reasons !== undefined &&
    (!isObject(data.reasons) || !Object.values(data.reasons).every((r) => typeof r === 'string'))
  )
    return { ok: false, reason: say('store.saves.badReasons') };
  const summary = data.summary;
  if (
    !isObject(summary) ||
    typeof summary.round !== 'number' ||
    !Number.isSafeInteger(summary.round) ||
    summary.round < 0 ||
    typeof summary.finished !== 'boolean'
  )
    return { ok: false, reason: say('store.saves.badSummary') };
  // A damaged worksheet or reflection is dropped, never trusted; the game itself still resumes.
  const { worksheets, reflections, ...rest } = data;
  return {
    ok: true,
    value: {
      ...(rest as unknown as SaveRecord),
      ...(worksheets === undefined ? {} : { worksheets: readByParty(worksheets, readWorksheet) }),
      ...(reflections === undefined ? {} : { reflections: readByParty(reflections, readReflection) }),
    },
  };
}

export function readScenarioRecord(data: unknown): Check<ScenarioRecord> {
  if (!isObject(data) || data.format !== SCENARIO_FORMAT || typeof data.text !== 'string')
    return { ok: false, reason: say('store.saves.noCopy') };
  return { ok: true, value: data as unknown as ScenarioRecord };
}

export function readSessionRecord(data: unknown): SessionRecord | null {
  if (!isObject(data) || typeof data.gameId !== 'string') return null;
  return {
    gameId: data.gameId,
    botsPaused: data.botsPaused === true,
    revealedTo: typeof data.revealedTo === 'string' ? data.revealedTo : null,
    briefed: Array.isArray(data.briefed) && data.briefed.every((p) => typeof p === 'string') ? data.briefed : null,
  };
}

/**
 * Rebuilds a running game from a save and its scenario's text: re-parse the scenario (in the language
 * the game was started in), replay every move (with the engine's `replay`, which the caller loads:
 * see gameRules.ts).
 */
export function restore(save: SaveRecord, scenarioText: string, replayGame: typeof replay): Check<RunningGame> {
  const loaded = parseScenario(
    scenarioText,
    save.file,
    typeof save.language === 'string' ? { language: save.language } : {},
  );
  if (!loaded.ok) {
    const first = loaded.problems.find((p) => p.severity === 'error');
    return {
      ok: false,
      reason: first
        ? say('store.saves.scenarioGoneBecause', { problem: asClause(first.message) })
        : say('store.saves.scenarioGone'),
    };
  }
  const parties = new Set(loaded.scenario.parties.map((p) => p.id));
  for (const p of loaded.scenario.parties) {
    if (!Object.hasOwn(save.controllers, p.id))
      return { ok: false, reason: say('store.saves.noPlayer', { party: p.name }) };
  }
  for (const party of Object.keys(save.controllers)) {
    if (!parties.has(party)) return { ok: false, reason: say('store.saves.unknownParty', { party: quote(party) }) };
  }
  let result: { ok: true; state: GameState } | { ok: false; index: number; reason: string };
  try {
    result = replayGame(loaded.scenario, save.setup, save.seed, save.actions);
  } catch (e) {
    result = {
      ok: false,
      index: -1,
      reason: say('store.saves.engineFailed', { message: e instanceof Error ? e.message : String(e) }),
    };
  }
  if (!result.ok)
    return {
      ok: false,
      reason:
        result.index < 0
          ? say('store.saves.movesNotReplayed', { reason: asClause(result.reason) })
          : typeof save.writtenAs === 'string'
            ? say(
                save.summary.finished ? 'store.saves.olderFinishedMoveNotReplayed' : 'store.saves.olderMoveNotReplayed',
                {
                  format: save.writtenAs,
                  move: result.index + 1,
                  reason: asClause(result.reason),
                },
              )
            : say('store.saves.moveNotReplayed', { move: result.index + 1, reason: asClause(result.reason) }),
    };
  return {
    ok: true,
    value: {
      id: save.id,
      file: save.file,
      source: scenarioText,
      controllers: save.controllers,
      seed: save.seed,
      actions: save.actions,
      ...(save.reasons ? { reasons: save.reasons } : {}),
      state: result.state,
      revealedTo: null,
      // Resuming a game: everyone has read their brief already.
      briefed: Object.entries(save.controllers)
        .filter(([, c]) => c.kind === 'human')
        .map(([p]) => p),
      rejection: null,
      ...(save.worksheets ? { worksheets: save.worksheets } : {}),
      ...(save.reflections ? { reflections: save.reflections } : {}),
    },
  };
}

/** A save as the library lists it; `bytes` is what deleting it would free. */
export function summaryOf(save: SaveRecord, bytes: number): SaveSummary {
  return {
    id: save.id,
    title: save.title,
    savedAt: save.savedAt,
    round: save.summary.round,
    finished: save.summary.finished,
    humans: Object.values(save.controllers).flatMap((c) => (c.kind === 'human' ? [c.name] : [])),
    bytes,
  };
}
