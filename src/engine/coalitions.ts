/**
 * Coalitions: a party offers, the other accepts (forming a coalition, joining one, or merging two);
 * anyone may leave. Members pool influence in weighted votes (agreement.ts) and see each other's
 * stances and ideal options (view.ts), never each other's sheets. Leaving, or walking away while in
 * a coalition, costs the trust of the remaining members; accepting builds trust both ways.
 */
import { addLog, changeTrust, type Draft } from './draft.ts';
import { partyList, partyRef, say } from './narrate.ts';
import { coalitionOf } from './queries.ts';
import type { AcceptCoalitionAction, LeaveCoalitionAction, OfferCoalitionAction } from './types.ts';

export const TRUST_LEFT_COALITION = -15;
export const TRUST_JOINED_COALITION = 5;

export function offerCoalition(s: Draft, a: OfferCoalitionAction): void {
  s.offers = [...s.offers, { from: a.party, to: a.to }];
  addLog(s, {
    kind: 'offer-coalition',
    party: a.party,
    action: a,
    text: say(s)('log.coalitionOffered', { party: partyRef(s, a.party), to: partyRef(s, a.to) }),
    visibility: 'public',
  });
}

export function acceptCoalition(s: Draft, a: AcceptCoalitionAction): void {
  const mine = coalitionOf(s, a.party) ?? [a.party];
  const theirs = coalitionOf(s, a.from) ?? [a.from];
  const merged = [...theirs, ...mine.filter((p) => !theirs.includes(p))];
  s.coalitions = [...s.coalitions.filter((c) => !c.includes(a.party) && !c.includes(a.from)), merged];
  // Offers inside the new coalition have no purpose any more.
  s.offers = s.offers.filter((o) => !(merged.includes(o.from) && merged.includes(o.to)));
  changeTrust(s, a.party, a.from, TRUST_JOINED_COALITION);
  changeTrust(s, a.from, a.party, TRUST_JOINED_COALITION);
  addLog(s, {
    kind: 'accept-coalition',
    party: a.party,
    action: a,
    text: say(s)('log.coalitionAccepted', {
      party: partyRef(s, a.party),
      from: partyRef(s, a.from),
      ...partyList(s, merged),
    }),
    visibility: 'public',
  });
}

/** Takes `party` out of its coalition (if any); the others trust it less. */
export function removeFromCoalition(s: Draft, party: string): string[] | null {
  const mine = coalitionOf(s, party);
  if (!mine) return null;
  const rest = mine.filter((p) => p !== party);
  for (const p of rest) changeTrust(s, p, party, TRUST_LEFT_COALITION);
  s.coalitions = s.coalitions.flatMap((c) => (c === mine ? (rest.length >= 2 ? [rest] : []) : [c]));
  return rest;
}

export function leaveCoalition(s: Draft, a: LeaveCoalitionAction): void {
  const rest = removeFromCoalition(s, a.party) ?? [];
  addLog(s, {
    kind: 'leave-coalition',
    party: a.party,
    action: a,
    text: say(s)('log.coalitionLeft', { party: partyRef(s, a.party), ...partyList(s, rest) }),
    visibility: 'public',
  });
}
