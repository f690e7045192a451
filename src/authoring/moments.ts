/**
 * The two moments the authoring report analyses: play as it starts, and after every
 * round-triggered event has fired. Events are folded into `DomainOverrides` the way the engine
 * applies them (src/engine/events.ts): points and BATNA changes add up, options come and go (the
 * last option of an issue is never withdrawn), legitimacy moves within 0..100.
 *
 * Round events fire at the start of their round (or, with a calendar, of the first round their date
 * reaches, if later), in file order within a round; round-1 events fire
 * before the first move, so they belong to the start. Events set for a round after the deadline
 * never fire. An event that ends the negotiation means no one negotiates over what its round
 * brought, so the fold stops before that round. `when`-triggered events depend on play and are not
 * folded (the report cannot know whether they fire).
 */
import type { DomainOverrides } from '../analysis/domain.ts';
import { eventRoundOf } from '../scenario/calendar.ts';
import type { Effect, EventId, GameEvent, Scenario, SheetPoints } from '../scenario/types.ts';

export interface AnalysedMoment {
  /** The round the analysis takes as the round of agreement (for scoring rules on rounds). */
  round: number;
  overrides: DomainOverrides;
  /** The round events folded in so far. */
  fired: EventId[];
}

interface Fold {
  sheets: Record<string, SheetPoints>;
  batnas: Record<string, number>;
  availability: Record<string, Record<string, boolean>>;
  legitimacy: Record<string, Record<string, number>>;
}

function startFold(scenario: Scenario): Fold {
  return {
    sheets: Object.fromEntries(scenario.parties.map((p) => [p.id, structuredClone(p.sheet)])),
    batnas: Object.fromEntries(scenario.parties.map((p) => [p.id, p.batna.points])),
    availability: Object.fromEntries(
      scenario.issues.map((i) => [i.id, Object.fromEntries(i.options.map((o) => [o.id, o.available]))]),
    ),
    legitimacy: Object.fromEntries(
      scenario.issues.map((i) => [
        i.id,
        Object.fromEntries(i.options.map((o) => [o.id, scenario.legitimacy.options[i.id]?.[o.id] ?? 50])),
      ]),
    ),
  };
}

function cloneFold(f: Fold): Fold {
  return structuredClone(f);
}

function applyEffect(f: Fold, e: Effect): void {
  switch (e.type) {
    case 'change-points': {
      const row = f.sheets[e.party]?.[e.issue];
      if (row) row[e.option] = (row[e.option] ?? 0) + e.by;
      return;
    }
    case 'change-batna':
      f.batnas[e.party] = (f.batnas[e.party] ?? 0) + e.by;
      return;
    case 'add-option': {
      const row = f.availability[e.issue];
      if (row) row[e.option] = true;
      return;
    }
    case 'withdraw-option': {
      const row = f.availability[e.issue];
      if (!row || row[e.option] !== true) return;
      if (Object.keys(row).some((o) => o !== e.option && row[o] === true)) row[e.option] = false;
      return;
    }
    case 'change-legitimacy': {
      const row = f.legitimacy[e.issue];
      if (row) row[e.option] = Math.min(100, Math.max(0, (row[e.option] ?? 50) + e.by));
      return;
    }
    case 'add-evidence':
    case 'withdraw-evidence':
    case 'end-negotiation':
      return;
  }
}

const endsNegotiation = (ev: GameEvent) => ev.effects.some((e) => e.type === 'end-negotiation');

function moment(f: Fold, round: number, fired: EventId[]): AnalysedMoment {
  return {
    round,
    fired,
    overrides: {
      sheets: f.sheets,
      batnas: f.batnas,
      availability: f.availability,
      legitimacyTable: f.legitimacy,
      round,
    },
  };
}

/** Round events that fire, grouped by round in play order (rounds ascending, file order within). */
function roundsOfEvents(scenario: Scenario): [number, GameEvent[]][] {
  const byRound = new Map<number, GameEvent[]>();
  for (const ev of scenario.events) {
    if (!('round' in ev.trigger)) continue;
    // The calendar may hold an event back until its date (the engine's rule: scenario/calendar.ts).
    const round = eventRoundOf(scenario.calendar, ev.trigger.round, ev.date);
    if (round === null || round > scenario.protocol.rounds) continue;
    byRound.set(round, [...(byRound.get(round) ?? []), ev]);
  }
  return [...byRound.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * The start and, when some round event after round 1 changes anything, the moment after the last
 * one (null otherwise). The after-events moment takes the round of the last event folded in: the
 * earliest round at which that state can be agreed.
 */
export function analysedMoments(scenario: Scenario): { start: AnalysedMoment; afterEvents: AnalysedMoment | null } {
  let fold = startFold(scenario);
  const fired: EventId[] = [];
  let start: AnalysedMoment | null = null;
  let last: AnalysedMoment | null = null;
  for (const [round, events] of roundsOfEvents(scenario)) {
    if (events.some(endsNegotiation)) break;
    const next = cloneFold(fold);
    for (const ev of events) for (const e of ev.effects) applyEffect(next, e);
    fold = next;
    fired.push(...events.map((e) => e.id));
    const m = moment(cloneFold(fold), round, [...fired]);
    if (round === 1) start = m;
    else last = m;
  }
  return { start: start ?? moment(startFold(scenario), 1, []), afterEvents: last };
}

/** Every party's sheet after every event's point changes, round- and condition-triggered alike. */
export function sheetsAfterAllEvents(scenario: Scenario): Record<string, SheetPoints> {
  const f = startFold(scenario);
  for (const ev of scenario.events) for (const e of ev.effects) if (e.type === 'change-points') applyEffect(f, e);
  return f.sheets;
}

export function startingSheets(scenario: Scenario): Record<string, SheetPoints> {
  return startFold(scenario).sheets;
}
