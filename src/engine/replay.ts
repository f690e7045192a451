/**
 * A game is its scenario, setup, seed and actions: replaying them rebuilds the state exactly.
 * The action log (ActionLog) is the JSON form that `npm run scenario -- replay` reads.
 */
import { DEFAULT_LOCALE, translator, type Locale, type Translate } from '../i18n/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { apply } from './apply.ts';
import { initialState } from './initialState.ts';
import type { Action, ActionLog, ActionType, GameState, ReplayResult, Setup } from './types.ts';

export function replay(scenario: Scenario, setup: Setup, seed: number, actions: readonly unknown[]): ReplayResult {
  let state = initialState(scenario, setup, seed);
  for (let i = 0; i < actions.length; i++) {
    const r = apply(state, actions[i]);
    if (!r.ok) return { ok: false, index: i, reason: r.reason };
    state = r.state;
  }
  return { ok: true, state };
}

/** The action log of a game so far, with the computer parties' reasons when given (and any). */
export function makeActionLog(state: GameState, reasons?: Readonly<Record<string, string>>): ActionLog {
  const actions: Action[] = [];
  for (const e of state.log) if (e.action) actions.push(e.action);
  const log: ActionLog = {
    format: 'accord-log/1',
    scenario: { id: state.scenario.id, version: state.scenario.version },
    setup: state.setup,
    seed: state.seed,
    actions,
  };
  if (reasons && Object.keys(reasons).length > 0) log.reasons = { ...reasons };
  return log;
}

/** The fields each kind of action has besides "type" and "party"; a log with others is refused. */
const ACTION_FIELDS: Record<ActionType, readonly string[]> = {
  propose: ['package'],
  amend: ['issue', 'option'],
  support: [],
  object: [],
  'call-vote': [],
  'walk-away': [],
  pass: [],
  'present-evidence': ['evidence', 'to'],
  'challenge-evidence': ['evidence', 'flaw'],
  'offer-coalition': ['to'],
  'accept-coalition': ['from'],
  'leave-coalition': [],
  'side-message': ['to', 'text'],
  'live-with': ['versions'],
  facilitate: ['step', 'event', 'seat'],
};
const LOG_FIELDS = ['format', 'scenario', 'setup', 'seed', 'actions', 'reasons'];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const extraField = (v: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(v).find((k) => !allowed.includes(k));
const clip = (key: string) => (key.length > 40 ? `${key.slice(0, 39)}…` : key);

/** Why action `index` is not an action as the engine writes them, or null. */
function actionProblem(action: unknown, index: number, t: Translate): string | null {
  if (!isPlainObject(action)) return t('protocolRefusals.replay.actionNotObject', { index });
  const type = action['type'];
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_FIELDS, type))
    return t('protocolRefusals.replay.actionNoType', { index, types: Object.keys(ACTION_FIELDS).join(', ') });
  const own = ACTION_FIELDS[type as ActionType] ?? [];
  const extra = extraField(action, type === 'facilitate' ? ['type', ...own] : ['type', 'party', ...own]);
  if (extra !== undefined) return t('protocolRefusals.replay.actionExtraField', { index, field: clip(extra), type });
  if (action['type'] === 'propose' && isPlainObject(action['package']) && Object.hasOwn(action['package'], '__proto__'))
    return t('protocolRefusals.replay.actionProto', { index });
  return null;
}

/**
 * Checks the shape of a parsed action log: exactly the fields makeActionLog writes, a seed the
 * engine can use as it is, and actions with exactly their own fields (whether each is legal is
 * checked when replayed). The log is read before any game exists: its refusals are in the caller's
 * `locale`.
 */
export function parseActionLog(
  data: unknown,
  locale: Locale = DEFAULT_LOCALE,
): { ok: true; log: ActionLog } | { ok: false; reason: string } {
  const t = translator(locale);
  if (!isPlainObject(data)) return { ok: false, reason: t('protocolRefusals.replay.notObject') };
  const d = data;
  if (d['format'] !== 'accord-log/1') return { ok: false, reason: t('protocolRefusals.replay.notLog') };
  const extra = extraField(d, LOG_FIELDS);
  if (extra !== undefined)
    return {
      ok: false,
      reason: t('protocolRefusals.replay.extraField', {
        field: clip(extra),
        fields: LOG_FIELDS.map((f) => `"${f}"`).join(', '),
      }),
    };
  const sc = d['scenario'];
  if (!isPlainObject(sc) || typeof sc['id'] !== 'string' || typeof sc['version'] !== 'string')
    return { ok: false, reason: t('protocolRefusals.replay.noScenario') };
  const seed = d['seed'];
  // initialState reduces a seed to 32 bits: any other number would replay as a different game.
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return {
      ok: false,
      reason: t('protocolRefusals.replay.badSeed', {
        value: JSON.stringify(seed) ?? t('protocolRefusals.replay.missing'),
      }),
    };
  if (!Array.isArray(d['actions'])) return { ok: false, reason: t('protocolRefusals.replay.noActions') };
  const actions: unknown[] = d['actions'];
  for (let i = 0; i < actions.length; i++) {
    const problem = actionProblem(actions[i], i, t);
    if (problem !== null) return { ok: false, reason: problem };
  }
  const setup: Setup = {};
  const rawSetup = d['setup'];
  if (rawSetup !== undefined) {
    if (!isPlainObject(rawSetup)) return { ok: false, reason: t('protocolRefusals.replay.setupNotObject') };
    const extraSetup = extraField(rawSetup, ['players']);
    if (extraSetup !== undefined)
      return { ok: false, reason: t('protocolRefusals.replay.setupExtraField', { field: clip(extraSetup) }) };
    const players = rawSetup['players'];
    if (players !== undefined) {
      if (!isPlainObject(players) || Object.hasOwn(players, '__proto__'))
        return { ok: false, reason: t('protocolRefusals.replay.playersNotMap') };
      const named: Record<string, string> = {};
      for (const [k, v] of Object.entries(players)) {
        if (typeof v !== 'string')
          return { ok: false, reason: t('protocolRefusals.replay.playerNotText', { party: clip(k) }) };
        named[k] = v;
      }
      setup.players = named;
    }
  }
  const reasons = reasonsOf(d['reasons'], actions.length, t);
  if (typeof reasons === 'string') return { ok: false, reason: reasons };
  const log: ActionLog = {
    format: 'accord-log/1',
    scenario: { id: sc['id'], version: sc['version'] },
    setup,
    seed,
    actions: actions as Action[],
  };
  if (reasons) log.reasons = reasons;
  return { ok: true, log };
}

/** The optional "reasons" of a log (action index → text), or why they are not valid. */
function reasonsOf(raw: unknown, actions: number, t: Translate): Record<string, string> | undefined | string {
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw) || Object.hasOwn(raw, '__proto__')) return t('protocolRefusals.replay.reasonsNotMap');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const i = Number(k);
    if (!/^(0|[1-9][0-9]*)$/.test(k) || i >= actions)
      return t('protocolRefusals.replay.reasonsBadKey', { key: clip(k), last: actions - 1 });
    if (typeof v !== 'string') return t('protocolRefusals.replay.reasonNotText', { key: k });
    out[k] = v;
  }
  return out;
}

/**
 * Replays a log on its scenario, refusing (in the caller's `locale`) a log written for another
 * scenario or version; an action the engine refuses is explained in the game's language.
 */
export function replayLog(scenario: Scenario, log: ActionLog, locale: Locale = DEFAULT_LOCALE): ReplayResult {
  const t = translator(locale);
  if (log.scenario.id !== scenario.id)
    return {
      ok: false,
      index: -1,
      reason: t('protocolRefusals.replay.otherScenario', { logged: log.scenario.id, scenario: scenario.id }),
    };
  if (log.scenario.version !== scenario.version)
    return {
      ok: false,
      index: -1,
      reason: t('protocolRefusals.replay.otherVersion', {
        logged: log.scenario.version,
        scenario: scenario.id,
        version: scenario.version,
      }),
    };
  return replay(scenario, log.setup, log.seed, log.actions);
}
