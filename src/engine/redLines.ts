/**
 * The engine's side of red lines (src/scenario/redLines.ts): a party's stance on any text that
 * crosses one of its red lines is an objection from the moment the text is tabled, without the party
 * having to move, and it comes back whenever stances are reopened (an event). Nothing else changes
 * it: only the party's own deliberate support (which the room asks a human to confirm, and no bot
 * gives) lifts it.
 */
import { partiesWithRedLineIn } from '../scenario/redLines.ts';
import type { Package, PartyId, Scenario } from '../scenario/types.ts';
import { addLog, type Draft } from './draft.ts';
import { partyList, say } from './narrate.ts';
import type { GameState, Stance } from './types.ts';

/** The fixed objections to `pkg`: every party at the table, but `author`, whose red line it crosses. */
export function redLineObjections(state: GameState, pkg: Package, author: PartyId | null): Record<PartyId, Stance> {
  const out: Record<PartyId, Stance> = {};
  for (const p of partiesWithRedLineIn(state.scenario.parties, pkg))
    if (p !== author && !state.left.includes(p)) out[p] = 'object';
  return out;
}

/**
 * The notice's sentence per scenario and list of parties: tables across red lines come back all game,
 * and formatting the sentence (plural, list, names) each time was 2% of a Safe Harbor tournament.
 */
const notices = new WeakMap<Scenario, Map<string, string>>();

function redLineNotice(s: Draft, who: readonly PartyId[]): string {
  let byParties = notices.get(s.scenario);
  if (!byParties) notices.set(s.scenario, (byParties = new Map()));
  const key = who.join('\n');
  let text = byParties.get(key);
  if (text === undefined) byParties.set(key, (text = say(s)('log.redLine', partyList(s, who))));
  return text;
}

/** Logs the fixed objections just recorded (public: stances are). */
export function logRedLineObjections(s: Draft, objections: Record<PartyId, Stance>): void {
  const who = Object.keys(objections);
  if (who.length === 0) return;
  addLog(s, {
    kind: 'notice',
    text: redLineNotice(s, who),
    visibility: 'public',
    redLineObjectors: who,
  });
}
