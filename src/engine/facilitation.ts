/**
 * The facilitator's steps at a table (FacilitateAction): the instructor pauses and resumes play,
 * extends the deadline by a round, fires one of the scenario's events now, hands a seat to a
 * computer negotiator, or ends the negotiation. Each is applied here, at any moment of a running
 * game (no turn, no party), logged with a public sentence the trainees read, and kept in the action
 * log, so a replay rebuilds the table exactly as the class saw it.
 *
 * Choices where the brief is silent:
 * - a fired event behaves as when its trigger holds (events.ts): announcement, effects, then the
 *   `when` events and the agreement rule are checked as after any move;
 * - while paused, the facilitator may still extend, fire an event, hand over a seat or end;
 * - handing a seat over changes nothing in the game but the log: who plays a party is the server's.
 */
import { compile } from './compiled.ts';
import { addLog, draftOf } from './draft.ts';
import { endWithoutDeal } from './ending.ts';
import { fire } from './events.ts';
import { partyName, partyRef, say } from './narrate.ts';
import { quoteFor } from './legal.ts';
import { atTable, lastRound } from './queries.ts';
import { afterMove } from './turns.ts';
import type { ApplyResult, FacilitateAction, FacilitatorStep, GameState } from './types.ts';

const STEPS: readonly FacilitatorStep[] = ['pause', 'resume', 'extend', 'fire-event', 'hand-over', 'end'];

/** True for an object that claims to be a facilitator's step (apply sends it here). */
export function isFacilitation(action: unknown): boolean {
  try {
    return typeof action === 'object' && action !== null && (action as { type?: unknown }).type === 'facilitate';
  } catch {
    return false; // An exotic object (a throwing getter): apply's own check refuses it.
  }
}

/** null when the step may be taken now; otherwise a sentence saying why not. Never throws. */
export function reasonWhyNotFacilitation(state: GameState, action: unknown): string | null {
  const t = say(state);
  const quote = quoteFor(t);
  if (typeof action !== 'object' || action === null || Array.isArray(action))
    return t('engineRefusals.stepNotAnObject');
  const a = action as Record<string, unknown>;
  const step = a.step;
  if (typeof step !== 'string' || !STEPS.includes(step as FacilitatorStep))
    return t('engineRefusals.unknownStep', { step: quote(step), steps: STEPS.join(', ') });
  if (state.status !== 'running') return t('engineRefusals.stepOver');
  const c = compile(state.scenario);
  switch (step as FacilitatorStep) {
    case 'pause':
      return state.paused ? t('engineRefusals.alreadyPaused') : null;
    case 'resume':
      return state.paused ? null : t('engineRefusals.notPaused');
    case 'extend':
    case 'end':
      return null;
    case 'fire-event': {
      const ev = state.scenario.events.find((e) => e.id === a.event);
      if (!ev) return t('engineRefusals.unknownEvent', { event: quote(a.event) });
      if (state.fired.includes(ev.id)) return t('engineRefusals.eventHappened', { title: ev.title });
      return null;
    }
    case 'hand-over': {
      const seat = a.seat;
      if (typeof seat !== 'string' || !c.partyById.has(seat))
        return t('engineRefusals.unknownParty', { party: quote(seat) });
      if (!atTable(state, seat)) return t('engineRefusals.noSeat', { name: partyName(state, seat) });
      return null;
    }
  }
}

/** Only the step's own fields, so the log keeps exactly the step. */
function normalise(a: FacilitateAction): FacilitateAction {
  switch (a.step) {
    case 'fire-event':
      return { type: 'facilitate', step: 'fire-event', event: a.event };
    case 'hand-over':
      return { type: 'facilitate', step: 'hand-over', seat: a.seat };
    default:
      return { type: 'facilitate', step: a.step };
  }
}

export function facilitate(state: GameState, action: unknown): ApplyResult {
  let a: FacilitateAction;
  try {
    const reason = reasonWhyNotFacilitation(state, action);
    if (reason !== null) return { ok: false, reason };
    a = normalise(action as FacilitateAction);
  } catch {
    return { ok: false, reason: say(state)('engineRefusals.stepUnreadable') };
  }
  const s = draftOf(state);
  s.moves = state.moves + 1;
  const tell = (text: string) => addLog(s, { kind: 'facilitate', action: a, text, visibility: 'public' });
  switch (a.step) {
    case 'pause':
      s.paused = true;
      tell(say(s)('log.facilitator.paused'));
      break;
    case 'resume':
      delete s.paused;
      tell(say(s)('log.facilitator.resumed'));
      break;
    case 'extend':
      s.extraRounds = (state.extraRounds ?? 0) + 1;
      tell(say(s)('log.facilitator.extended', { round: lastRound(s) }));
      break;
    case 'fire-event': {
      const ev = state.scenario.events.find((e) => e.id === a.event)!;
      tell(say(s)('log.facilitator.firedEvent', { event: ev.title }));
      fire(s, ev);
      afterMove(s);
      break;
    }
    case 'hand-over':
      tell(say(s)('log.facilitator.handedOver', { party: partyRef(s, a.seat) }));
      break;
    case 'end':
      tell(say(s)('log.facilitator.ended'));
      delete s.paused;
      endWithoutDeal(s, say(s)('log.why.facilitatorEnded'));
      break;
  }
  return { ok: true, state: s };
}
