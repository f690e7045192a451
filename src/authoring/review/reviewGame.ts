/**
 * The game review: replays a game's action log step by step with the engine and rates every move
 * of the reviewed parties against what was possible at that moment (`rateMove`), then sums each
 * party's game up (`summarise`). Pure: the debrief's worker, the command line and the tests call it.
 */
import { apply, replayLog } from '../../engine/index.ts';
import type { Action, ActionLog, GameState, Package, PartyId, Scenario } from '../../engine/index.ts';
import { Moment } from './moment.ts';
import { rateMove } from './rateMove.ts';
import { summarise, type PartyTrack } from './summary.ts';
import type { GameReview, RatedMove } from './types.ts';
import { partyName, partyRef, say } from './words.ts';

/** A computer party's reason per action index (see `ActionLog.reasons`). */
export type Reasons = Readonly<Record<string, string>>;

export type ReviewResult = { ok: true; review: GameReview } | { ok: false; reason: string };

/**
 * Reviews `parties` (default: every party) of the game the log records. Refuses a log for another
 * scenario or version, an unknown party, or an action the engine refuses (with its index).
 */
export function reviewGame(scenario: Scenario, log: ActionLog, parties?: readonly PartyId[]): ReviewResult {
  const ids = parties ?? scenario.parties.map((p) => p.id);
  const unknown = ids.find((id) => !scenario.parties.some((p) => p.id === id));
  if (unknown !== undefined)
    return {
      ok: false,
      reason: `The scenario has no party "${unknown}": use one of ${scenario.parties.map((p) => p.id).join(', ')}.`,
    };
  const start = replayLog(scenario, { ...log, actions: [] });
  if (!start.ok) return { ok: false, reason: start.reason };
  const reasons: Reasons = log.reasons ?? {};
  const tracks = new Map<PartyId, PartyTrack>(
    ids.map((id) => [id, { moves: [], positions: [], authored: [] }] as const),
  );
  const moments = new Map<GameState, Moment>();
  const momentOf = (s: GameState) => {
    let m = moments.get(s);
    if (!m) moments.set(s, (m = new Moment(s)));
    return m;
  };
  let state = start.state;
  for (let index = 0; index < log.actions.length; index++) {
    const action = log.actions[index]!;
    const r = apply(state, action);
    if (!r.ok) return { ok: false, reason: `Action ${index} (counting from 0) is refused by the rules: ${r.reason}` };
    const after = r.state;
    // Facilitator steps are nobody's move: they change the state but are not rated.
    const track = action.type === 'facilitate' ? undefined : tracks.get(action.party);
    if (track && action.type !== 'facilitate') {
      const before = momentOf(state);
      // A side message's words stay between its two parties: the review names the recipient only.
      const shown: Action = action.type === 'side-message' ? { ...action, text: '' } : action;
      const text =
        action.type === 'side-message'
          ? say(scenario)('review.wroteTo', {
              party: partyRef(scenario, action.party),
              to: partyRef(scenario, action.to),
            })
          : (after.log.slice(state.log.length).find((e) => e.action)?.text ?? action.type);
      const rated: RatedMove = rateMove({ index, before, after, action: shown, text, previous: lastPosition(track) });
      const reason = reasons[String(index)];
      track.moves.push(reason === undefined ? rated : { ...rated, reason });
      // The text as the move left it, from the table before it: the one after may be gone (an event
      // withdrew an option it used, or the deal closed), and the text before an amendment is not the party's.
      const position: Package | null =
        action.type === 'propose'
          ? action.package
          : action.type === 'amend' && state.table
            ? { ...state.table.package, [action.issue]: action.option }
            : action.type === 'support'
              ? (state.table?.package ?? null)
              : null;
      if (position) {
        const m = momentOf(after);
        track.positions.push({
          round: state.round,
          package: position,
          points: m.points(position)[m.indexOf(action.party)]!,
        });
        if (action.type !== 'support') track.authored.push(position);
      }
    }
    state = after;
  }
  const end = momentOf(state);
  return {
    ok: true,
    review: {
      scenario: { id: scenario.id, title: scenario.title, version: scenario.version },
      outcome: outcomeWords(state),
      parties: ids.map((id) => summarise(end, id, partyName(scenario, id), tracks.get(id)!)),
    },
  };
}

function lastPosition(track: PartyTrack): Package | null {
  return track.positions[track.positions.length - 1]?.package ?? null;
}

function outcomeWords(state: GameState): string {
  const o = state.outcome;
  const t = say(state.scenario);
  if (!o) return t('review.running', { round: state.round });
  return o.kind === 'agreement'
    ? t('review.agreement', { round: o.round })
    : t('review.noDeal', { round: o.round, reason: o.reason });
}
