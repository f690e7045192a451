/**
 * The scenario's agreement rule as a bot can apply it: from public information only (who is at the
 * table, influence, veto, required parties, coalitions, stances on the text). Mirrors the engine's
 * agreement.ts, which stays the authority; the bot uses this to judge whether its support closes a
 * deal, whether a vote would pass, and whose support a proposal must win.
 */
import type { PartyId, PartyView, Stance } from '../engine/index.ts';

type Stances = Record<PartyId, Stance>;

function present(view: PartyView): PartyId[] {
  return view.parties.filter((p) => p.atTable).map((p) => p.id);
}

function influenceOf(view: PartyView): (p: PartyId) => number {
  const m = new Map(view.parties.map((p) => [p.id, p.influence] as const));
  return (p) => m.get(p) ?? 0;
}

function blocked(view: PartyView, stances: Stances, at: PartyId[]): boolean {
  for (const r of view.scenario.agreement.required) if (stances[r] !== 'support') return true;
  for (const p of view.parties) if (p.veto && at.includes(p.id) && stances[p.id] === 'object') return true;
  return false;
}

/** True when these stances on the text would make it an agreement. */
export function wouldAgree(view: PartyView, stances: Stances): boolean {
  const at = present(view);
  if (blocked(view, stances, at)) return false;
  const { rule, threshold } = view.scenario.agreement;
  if (rule === 'unanimity') return at.every((p) => stances[p] === 'support');
  if (rule === 'majority') return at.filter((p) => stances[p] === 'support').length > threshold * at.length;
  const inf = influenceOf(view);
  let total = 0;
  for (const p of at) total += inf(p);
  const counted = new Set<PartyId>();
  let support = 0;
  for (const coalition of view.coalitions) {
    const members = coalition.filter((p) => at.includes(p));
    let all = 0;
    let yes = 0;
    for (const m of members) {
      all += inf(m);
      if (stances[m] === 'support') yes += inf(m);
    }
    if (yes > all / 2) {
      support += all;
      members.forEach((m) => counted.add(m));
    }
  }
  for (const p of at) if (!counted.has(p) && stances[p] === 'support') support += inf(p);
  return support > threshold * total;
}

/** True when a formal vote with these stances would adopt the text (abstentions do not count). */
export function votePasses(view: PartyView, stances: Stances): boolean {
  const at = present(view);
  if (blocked(view, stances, at)) return false;
  const yes = at.filter((p) => stances[p] === 'support');
  const no = at.filter((p) => stances[p] === 'object');
  const { rule, threshold } = view.scenario.agreement;
  if (rule === 'unanimity') return no.length === 0 && yes.length > 0;
  if (rule === 'majority') return yes.length > threshold * (yes.length + no.length);
  const inf = influenceOf(view);
  let forInf = 0;
  let againstInf = 0;
  const counted = new Set<PartyId>();
  for (const coalition of view.coalitions) {
    const members = coalition.filter((p) => at.includes(p));
    let y = 0;
    let n = 0;
    let all = 0;
    for (const m of members) {
      all += inf(m);
      if (stances[m] === 'support') y += inf(m);
      else if (stances[m] === 'object') n += inf(m);
    }
    if (y === n) continue;
    if (y > n) forInf += all;
    else againstInf += all;
    members.forEach((m) => counted.add(m));
  }
  for (const p of at) {
    if (counted.has(p)) continue;
    if (stances[p] === 'support') forInf += inf(p);
    else if (stances[p] === 'object') againstInf += inf(p);
  }
  return forInf > 0 && forInf > threshold * (forInf + againstInf);
}

/**
 * How close the text is to passing, 0..1: the support it has (without `me`) as a share of what the
 * rule needs. Unanimity counts parties, majority counts parties against the threshold, weighted
 * majority counts influence (required parties that do not support yet hold it back).
 */
export function momentum(view: PartyView, me: PartyId, stances: Stances): number {
  const at = present(view).filter((p) => p !== me);
  const supporters = at.filter((p) => stances[p] === 'support');
  const { rule, threshold, required } = view.scenario.agreement;
  if (at.length === 0) return 1;
  let share: number;
  if (rule === 'unanimity') share = supporters.length / at.length;
  else if (rule === 'majority') share = supporters.length / Math.max(1, threshold * (at.length + 1));
  else {
    const inf = influenceOf(view);
    const total = at.reduce((s, p) => s + inf(p), 0) + inf(me);
    share = supporters.reduce((s, p) => s + inf(p), 0) / Math.max(1e-9, threshold * total);
  }
  const req = required.filter((r) => r !== me && at.includes(r));
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
