/**
 * A game is its scenario, setup, seed and actions: replaying them rebuilds the state exactly.
 * The action log (ActionLog) is the JSON form that `npm run scenario -- replay` reads.
 */
import type { Scenario } from '../scenario/types.ts';
import { apply } from './apply.ts';
import { initialState } from './initialState.ts';
import type { Action, ActionLog, GameState, ReplayResult, Setup } from './types.ts';

export function replay(scenario: Scenario, setup: Setup, seed: number, actions: readonly unknown[]): ReplayResult {
  let state = initialState(scenario, setup, seed);
  for (let i = 0; i < actions.length; i++) {
    const r = apply(state, actions[i]);
    if (!r.ok) return { ok: false, index: i, reason: r.reason };
    state = r.state;
  }
  return { ok: true, state };
}

/** The action log of a game so far. */
export function makeActionLog(state: GameState): ActionLog {
  const actions: Action[] = [];
  for (const e of state.log) if (e.action) actions.push(e.action);
  return {
    format: 'accord-log/1',
    scenario: { id: state.scenario.id, version: state.scenario.version },
    setup: state.setup,
    seed: state.seed,
    actions,
  };
}

/** Checks the shape of a parsed action log (the actions themselves are checked when replayed). */
export function parseActionLog(data: unknown): { ok: true; log: ActionLog } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'An action log must be a JSON object.' };
  const d = data as Record<string, unknown>;
  if (d.format !== 'accord-log/1')
    return { ok: false, reason: 'This is not an Accord action log ("format" should be "accord-log/1").' };
  const sc = d.scenario as Record<string, unknown> | null;
  if (typeof sc !== 'object' || sc === null || typeof sc.id !== 'string' || typeof sc.version !== 'string')
    return { ok: false, reason: 'The action log must name its scenario: "scenario": { "id": …, "version": … }.' };
  if (typeof d.seed !== 'number' || !Number.isFinite(d.seed))
    return { ok: false, reason: 'The action log needs a numeric "seed".' };
  if (!Array.isArray(d.actions)) return { ok: false, reason: 'The action log needs an "actions" list.' };
  const setup: Setup = {};
  const rawSetup = d.setup as Record<string, unknown> | undefined;
  if (rawSetup !== undefined && (typeof rawSetup !== 'object' || rawSetup === null))
    return { ok: false, reason: '"setup" must be an object.' };
  const players = rawSetup?.players;
  if (players !== undefined) {
    if (typeof players !== 'object' || players === null || Array.isArray(players))
      return { ok: false, reason: '"setup.players" must map party ids to names.' };
    const named: Record<string, string> = {};
    for (const [k, v] of Object.entries(players)) if (typeof v === 'string' && k !== '__proto__') named[k] = v;
    setup.players = named;
  }
  return {
    ok: true,
    log: {
      format: 'accord-log/1',
      scenario: { id: sc.id, version: sc.version },
      setup,
      seed: d.seed,
      actions: d.actions as Action[],
    },
  };
}

/** Replays a log on its scenario, refusing a log written for another scenario or version. */
export function replayLog(scenario: Scenario, log: ActionLog): ReplayResult {
  if (log.scenario.id !== scenario.id)
    return {
      ok: false,
      index: -1,
      reason: `The log was recorded on scenario "${log.scenario.id}", not "${scenario.id}".`,
    };
  if (log.scenario.version !== scenario.version)
    return {
      ok: false,
      index: -1,
      reason: `The log was recorded on version ${log.scenario.version} of "${scenario.id}", but the file is version ${scenario.version}.`,
    };
  return replay(scenario, log.setup, log.seed, log.actions);
}
