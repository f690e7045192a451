/**
 * When the text on the table becomes an agreement.
 *
 * - unanimity: every party still at the table supports;
 * - majority: supporters are more than threshold × parties at the table;
 * - weighted-majority: supporting influence is more than threshold × influence at the table, where a
 *   coalition pools its influence: when its supporting members hold more than half of the coalition's
 *   influence at the table, the whole coalition's influence counts as support (a bloc);
 * - in every case each `required` party supports, and an objection by a veto party blocks.
 *
 * A formal vote (call-vote) counts only votes cast: a stance of support is a vote for, an objection a
 * vote against, no stance an abstention. Unanimity then means no vote against; majority rules apply the
 * threshold to the votes cast (blocs vote with the side holding more of their cast influence, abstaining
 * members included). Required parties must still support, and a veto party's objection still blocks.
 */
import { compile } from './compiled.ts';
import { partiesAtTable } from './queries.ts';
import type { GameState } from './types.ts';

function blockedByRequiredOrVeto(state: GameState, present: string[]): boolean {
  const table = state.table;
  if (!table) return true;
  const c = compile(state.scenario);
  for (const r of c.required) if (table.stances[r] !== 'support') return true;
  for (const p of present) if (c.partyById.get(p)?.veto && table.stances[p] === 'object') return true;
  return false;
}

/** True when the text on the table has the support the agreement rule requires. */
export function hasAgreement(state: GameState): boolean {
  const table = state.table;
  if (!table) return false;
  const present = partiesAtTable(state);
  if (blockedByRequiredOrVeto(state, present)) return false;
  const { rule, threshold } = state.scenario.agreement;
  if (rule === 'unanimity') return present.every((p) => table.stances[p] === 'support');
  if (rule === 'majority') {
    const supporters = present.filter((p) => table.stances[p] === 'support').length;
    return supporters > threshold * present.length;
  }
  const c = compile(state.scenario);
  const inf = (p: string) => c.partyById.get(p)?.influence ?? 0;
  let total = 0;
  for (const p of present) total += inf(p);
  const counted = new Set<string>();
  let support = 0;
  for (const coalition of state.coalitions) {
    const members = coalition.filter((p) => present.includes(p));
    let all = 0;
    let yes = 0;
    for (const m of members) {
      all += inf(m);
      if (table.stances[m] === 'support') yes += inf(m);
    }
    if (yes > all / 2) {
      support += all;
      members.forEach((m) => counted.add(m));
    }
  }
  for (const p of present) if (!counted.has(p) && table.stances[p] === 'support') support += inf(p);
  return support > threshold * total;
}

/** The result of a formal vote on the text on the table. */
export function voteResult(state: GameState): { passed: boolean; for: number; against: number; abstained: number } {
  const table = state.table;
  const present = partiesAtTable(state);
  if (!table) return { passed: false, for: 0, against: 0, abstained: present.length };
  const yes = present.filter((p) => table.stances[p] === 'support');
  const no = present.filter((p) => table.stances[p] === 'object');
  const tally = { for: yes.length, against: no.length, abstained: present.length - yes.length - no.length };
  if (blockedByRequiredOrVeto(state, present)) return { passed: false, ...tally };
  const { rule, threshold } = state.scenario.agreement;
  if (rule === 'unanimity') return { passed: no.length === 0 && yes.length > 0, ...tally };
  if (rule === 'majority') return { passed: yes.length > threshold * (yes.length + no.length), ...tally };
  const c = compile(state.scenario);
  const inf = (p: string) => c.partyById.get(p)?.influence ?? 0;
  let forInf = 0;
  let againstInf = 0;
  const counted = new Set<string>();
  for (const coalition of state.coalitions) {
    const members = coalition.filter((p) => present.includes(p));
    let y = 0;
    let n = 0;
    let all = 0;
    for (const m of members) {
      all += inf(m);
      if (table.stances[m] === 'support') y += inf(m);
      else if (table.stances[m] === 'object') n += inf(m);
    }
    if (y === n) continue; // a split bloc votes member by member
    if (y > n) forInf += all;
    else againstInf += all;
    members.forEach((m) => counted.add(m));
  }
  for (const p of present) {
    if (counted.has(p)) continue;
    if (table.stances[p] === 'support') forInf += inf(p);
    else if (table.stances[p] === 'object') againstInf += inf(p);
  }
  return { passed: forInf > 0 && forInf > threshold * (forInf + againstInf), ...tally };
}
