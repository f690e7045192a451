/**
 * Lookups computed once per scenario object and cached in a WeakMap (never stored in the state,
 * so the state stays plain JSON; after a JSON round trip the cache is simply rebuilt once).
 */
import { eventRoundOf, firstRoundOf } from '../scenario/calendar.ts';
import type { Evidence, GameEvent, Party, Scenario } from '../scenario/types.ts';
import type { ActionType } from './types.ts';

export interface Compiled {
  partyById: Map<string, Party>;
  partyIds: string[];
  issueIds: string[];
  /** optionIds[issueIndex] = all option ids of that issue (available or not). */
  optionIds: string[][];
  optionSet: Map<string, Set<string>>;
  evidenceById: Map<string, Evidence>;
  /** Evidence ids held by each party. */
  evidenceByHolder: Map<string, string[]>;
  /** The first round each piece of evidence exists in (the calendar); Infinity: never. */
  evidenceFrom: Map<string, number>;
  eventById: Map<string, GameEvent>;
  /** Round events by the round they fire in: their trigger, or later when their date comes later. */
  roundEvents: Map<number, GameEvent[]>;
  whenEvents: GameEvent[];
  /** The first round each event may fire in (the calendar); Infinity: never. */
  eventFrom: Map<string, number>;
  allowed: Set<ActionType>;
  required: Set<string>;
  totalInfluence: number;
}

const cache = new WeakMap<Scenario, Compiled>();

export function compile(scenario: Scenario): Compiled {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const evidenceByHolder = new Map<string, string[]>();
  for (const e of scenario.evidence) {
    const list = evidenceByHolder.get(e.holder) ?? [];
    list.push(e.id);
    evidenceByHolder.set(e.holder, list);
  }
  const roundEvents = new Map<number, GameEvent[]>();
  const whenEvents: GameEvent[] = [];
  const eventFrom = new Map<string, number>();
  for (const ev of scenario.events) {
    eventFrom.set(ev.id, firstRoundOf(scenario.calendar, ev.date) ?? Infinity);
    if ('round' in ev.trigger) {
      const round = eventRoundOf(scenario.calendar, ev.trigger.round, ev.date);
      if (round === null) continue;
      const list = roundEvents.get(round) ?? [];
      list.push(ev);
      roundEvents.set(round, list);
    } else whenEvents.push(ev);
  }
  // Normalisation (scenario/normalise.ts) already allows 'pass' and 'walk-away' in every scenario.
  const allowed = new Set<ActionType>(scenario.protocol.actions);
  const compiled: Compiled = {
    partyById: new Map(scenario.parties.map((p) => [p.id, p])),
    partyIds: scenario.parties.map((p) => p.id),
    issueIds: scenario.issues.map((i) => i.id),
    optionIds: scenario.issues.map((i) => i.options.map((o) => o.id)),
    optionSet: new Map(scenario.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))])),
    evidenceById: new Map(scenario.evidence.map((e) => [e.id, e])),
    evidenceByHolder,
    evidenceFrom: new Map(scenario.evidence.map((e) => [e.id, firstRoundOf(scenario.calendar, e.date) ?? Infinity])),
    eventById: new Map(scenario.events.map((e) => [e.id, e])),
    roundEvents,
    whenEvents,
    eventFrom,
    allowed,
    required: new Set(scenario.agreement.required),
    totalInfluence: scenario.parties.reduce((s, p) => s + p.influence, 0),
  };
  cache.set(scenario, compiled);
  return compiled;
}
