/**
 * How the text on the table stands, as a bot foresees it from its view: whether stances would make
 * it an agreement or pass a vote (the agreement rule itself, src/analysis/agreementRule.ts, judges),
 * how close it is to passing, and whose support it must still win in the turns left.
 */
import { agreementTableOf as tableOf, carries, voteTally, type AgreementTable } from '../analysis/agreementRule.ts';
import type { PartyId, PartyView, Stance } from '../engine/index.ts';

type Stances = Record<PartyId, Stance>;

function present(view: PartyView): PartyId[] {
  return view.parties.filter((p) => p.atTable).map((p) => p.id);
}

function influenceOf(view: PartyView): (p: PartyId) => number {
  const m = new Map(view.parties.map((p) => [p.id, p.influence] as const));
  return (p) => m.get(p) ?? 0;
}

/**
 * True when the agreement rule cannot do without `party`: it is required, holds a veto, or every
 * other party at the table backing a text would not carry it (under unanimity, every party).
 */
export function isNeeded(view: PartyView, party: PartyId = view.party): boolean {
  let byParty = needed.get(view);
  if (!byParty) needed.set(view, (byParty = new Map()));
  let known = byParty.get(party);
  if (known === undefined) byParty.set(party, (known = neededNow(view, party)));
  return known;
}

/**
 * `isNeeded`'s answers per view (views are read-only and built afresh for each move): a move asks it of
 * the same parties from many rules, and asking the agreement rule each time was 2% of a tournament.
 */
const needed = new WeakMap<PartyView, Map<PartyId, boolean>>();

function neededNow(view: PartyView, party: PartyId): boolean {
  if (view.scenario.agreement.required.includes(party) || view.parties.some((p) => p.id === party && p.veto))
    return true;
  const others: Stances = {};
  for (const p of present(view)) if (p !== party) others[p] = 'support';
  return !wouldAgree(view, others);
}

/** The agreement rule's public inputs, as the view shows them. */
export function agreementTableOf(view: PartyView): AgreementTable {
  let table = tables.get(view);
  if (!table) tables.set(view, (table = tableOf(view.scenario.agreement, view.parties, view.coalitions)));
  return table;
}

/**
 * `agreementTableOf`'s answers per view (read-only, as is the table): the end game asks `wouldAgree` of
 * thousands of candidate texts in one move, and building the table each time was a fifth of the
 * slowest move on the largest tables (8 parties, 12 issues of 8 options).
 */
const tables = new WeakMap<PartyView, AgreementTable>();

/** True when these stances on the text would make it an agreement. */
export function wouldAgree(view: PartyView, stances: Stances): boolean {
  return carries(agreementTableOf(view), stances);
}

/**
 * True when the text on the table cannot pass as stances stand: even if every party at the table that
 * does not object to it (and not `me`, when `me` will not back it) came to support it, the objectors
 * and `me` would block it. A party the deal does not need can then counter without wrecking anything.
 */
export function textDead(view: PartyView, stances: Stances, me: PartyId | null = null): boolean {
  if (!view.table) return false;
  const hoped: Stances = {};
  for (const p of present(view)) hoped[p] = p === me || stances[p] === 'object' ? 'object' : 'support';
  return !wouldAgree(view, hoped);
}

/** The parties other than the bot that back the text on the table, as stances (empty without a table). */
export function othersBacking(view: PartyView): Stances {
  const out: Stances = {};
  for (const [p, s] of Object.entries(view.table?.stances ?? {})) if (s === 'support' && p !== view.party) out[p] = s;
  return out;
}

/** True when a formal vote with these stances would adopt the text (abstentions do not count). */
export function votePasses(view: PartyView, stances: Stances): boolean {
  return voteTally(agreementTableOf(view), stances).passed;
}

/**
 * How close the text is to passing, 0..1: the support others have rallied to it as a share of what
 * the rule still needs. Neither `me` nor the text's author counts: an author always backs its own
 * text, so counting it would make every text look carried in a two-party table (issue 15: the
 * responder never countered). Unanimity counts parties, majority counts parties against the
 * threshold, weighted majority counts influence (required parties that do not support yet hold it
 * back). 0 when nobody but the author and `me` sits at the table; 1 when `me` sits alone.
 */
export function momentum(view: PartyView, me: PartyId, stances: Stances): number {
  const seated = present(view).filter((p) => p !== me);
  if (seated.length === 0) return 1;
  const author = view.table?.author ?? null;
  const authorSeated = author !== null && author !== me && seated.includes(author);
  const at = seated.filter((p) => p !== author);
  if (at.length === 0) return 0;
  const supporters = at.filter((p) => stances[p] === 'support');
  const { rule, threshold, required } = view.scenario.agreement;
  let share: number;
  if (rule === 'unanimity') share = supporters.length / at.length;
  else if (rule === 'majority')
    share = supporters.length / Math.max(1, threshold * (seated.length + 1) - (authorSeated ? 1 : 0));
  else {
    const inf = influenceOf(view);
    const total = seated.reduce((s, p) => s + inf(p), 0) + inf(me);
    const given = authorSeated && author !== null ? inf(author) : 0;
    share = supporters.reduce((s, p) => s + inf(p), 0) / Math.max(1e-9, threshold * total - given);
  }
  const req = required.filter((r) => at.includes(r));
  const reqSupport = req.filter((r) => stances[r] === 'support').length;
  return (Math.min(1, share) * (1 + reqSupport)) / (1 + req.length);
}

/**
 * The parties that will see a text supported by `me` (and by those already supporting it) before it
 * can pass: in turn order after `me`, until their support (if they all give it) would carry the
 * text. Any of them who dislikes it can replace it, so the text must satisfy them all; parties after
 * the point of passing never get the chance. `reachable` is false when the turns left before the
 * deadline cannot carry it (in the last round the order does not wrap around).
 */
export function sequentialSupporters(
  view: PartyView,
  me: PartyId,
  already: Stances = {},
): { parties: PartyId[]; reachable: boolean } {
  const at = new Set(present(view));
  const order = view.scenario.protocol.turnOrder.filter((p) => at.has(p));
  const k = order.indexOf(me);
  const last = view.round >= view.rounds;
  const after = k < 0 ? order : last ? order.slice(k + 1) : [...order.slice(k + 1), ...order.slice(0, k)];
  const stances: Stances = {};
  for (const [p, s] of Object.entries(already)) if (s === 'support') stances[p] = 'support';
  stances[me] = 'support';
  const out: PartyId[] = [];
  for (const p of after) {
    if (wouldAgree(view, stances)) return { parties: out, reachable: true };
    if (stances[p] === 'support') continue;
    out.push(p);
    stances[p] = 'support';
  }
  return { parties: out, reachable: wouldAgree(view, stances) };
}
