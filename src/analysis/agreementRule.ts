/**
 * The scenario's agreement rule, written once: when stances on a text make it an agreement, and when a
 * formal vote adopts it. The engine decides with it, the bots foresee with it (from their views) and
 * the zone of agreement asks it which coalitions can carry a deal. It reads only public information:
 * who is at the table, influence, veto, required parties, coalitions and stances.
 *
 * - unanimity: every party at the table supports;
 * - majority: supporters are more than threshold × parties at the table;
 * - weighted-majority: supporting influence is more than threshold × influence at the table, where a
 *   coalition pools its influence: when its supporting members hold more than half of the coalition's
 *   influence at the table, the whole coalition's influence counts as support (a bloc); a member that
 *   objects because the text crosses its red line (public: the engine announces it) is not pooled, so a
 *   bloc never carries a member over its red line;
 * - in every case each required party at the table supports, and an objection by a veto party blocks.
 *   (A required party that walks away ends the game, so only those at the table are asked.)
 *
 * Who counts after a walk-out is the scenario's choice (`agreement.counts`, read by `agreementTableOf`):
 * under 'all' (the default, the stricter reading) a party that walked away still counts among the
 * parties (and influence) the rule measures against, and never supports, so a walk-out never lowers
 * the bar (under unanimity it makes agreement impossible); under 'present' only the parties at the
 * table count, so after one walk-out "5 of 6" becomes "4 of 5". A party that walked away has no voice:
 * its veto no longer blocks.
 *
 * A formal vote counts only votes cast: support is a vote for, an objection a vote against, no stance an
 * abstention. Unanimity then means no vote against; majority rules apply the threshold to the votes cast
 * (a bloc votes with the side holding more of its cast influence, abstaining members included; a split
 * bloc votes member by member). Required parties must still support, and a veto party's objection still
 * blocks.
 */
import type { AgreementRuleKind, PartyId } from '../scenario/types.ts';
import type { Domain } from './domain.ts';

export interface SeatedParty {
  id: PartyId;
  influence: number;
  veto: boolean;
}

/** What the rule looks at, all public. */
export interface AgreementTable {
  rule: AgreementRuleKind;
  threshold: number;
  required: readonly PartyId[];
  /** The parties still at the table. */
  seated: readonly SeatedParty[];
  /** Parties that walked away but still count (never supporting); empty when only those present count. */
  absent: readonly SeatedParty[];
  /** Coalitions (blocs) among them; members not seated are ignored. */
  coalitions: readonly (readonly PartyId[])[];
}

/** Each party's stance on the text; absent: no stance yet. */
export type Stances = Readonly<Record<PartyId, 'support' | 'object' | undefined>>;

export interface VoteTally {
  passed: boolean;
  for: number;
  against: number;
  abstained: number;
}

/** A party as the rule's table needs it: public facts plus whether it is still at the table. */
export interface CountedParty extends SeatedParty {
  atTable: boolean;
}

/**
 * The rule's table from the scenario's agreement settings and every party (in any order): the one
 * place that decides who counts after a walk-out (see the file comment).
 */
export function agreementTableOf(
  agreement: { rule: AgreementRuleKind; threshold: number; required: readonly PartyId[]; counts: 'all' | 'present' },
  parties: readonly CountedParty[],
  coalitions: readonly (readonly PartyId[])[],
  redLineObjectors: readonly PartyId[] = [],
): AgreementTable {
  const seat = (p: CountedParty): SeatedParty => ({ id: p.id, influence: p.influence, veto: p.veto });
  return {
    rule: agreement.rule,
    threshold: agreement.threshold,
    required: agreement.required,
    seated: parties.filter((p) => p.atTable).map(seat),
    absent: agreement.counts === 'all' ? parties.filter((p) => !p.atTable).map(seat) : [],
    // A bloc never carries a member over its own red line: for this text, such a member stands alone.
    coalitions:
      redLineObjectors.length === 0
        ? coalitions
        : coalitions.map((c) => c.filter((p) => !redLineObjectors.includes(p))).filter((c) => c.length > 1),
  };
}

/**
 * Whether an agreement binds a party: always one still at the table; one that walked away only when
 * the scenario's deal binds every party (`agreement.binds`: a law binds those who left the room). A
 * party the deal does not bind keeps its BATNA.
 */
export function bindsParty(binds: 'all' | 'stayers', atTable: boolean): boolean {
  return binds === 'all' || atTable;
}

/** The parties (by index) that walked away and whom the deal does not bind: each keeps its BATNA whatever passes. */
export function unboundLeavers(domain: Pick<Domain, 'parties' | 'agreement' | 'context'>): number[] {
  if (bindsParty(domain.agreement.binds, false)) return [];
  const left = domain.context.partyLeft;
  return domain.parties.flatMap((p, i) => (left.includes(p.id) ? [i] : []));
}

/** The seated party with this id, or undefined (a plain scan: a table seats a handful of parties). */
function seatOf(seated: readonly SeatedParty[], id: PartyId): SeatedParty | undefined {
  for (const p of seated) if (p.id === id) return p;
  return undefined;
}

// `blocked` and `carries` are asked for many stances per move (the bots foresee with them, the zone of
// agreement asks them per coalition): plain scans over the few seated parties, without building a set
// or a map per call (they were 3% of a Safe Harbor tournament's profile). Sums are taken in the same order.
function blocked(table: AgreementTable, stances: Stances): boolean {
  for (const r of table.required) if (stances[r] !== 'support' && seatOf(table.seated, r)) return true;
  for (const p of table.seated) if (p.veto && stances[p.id] === 'object') return true;
  return false;
}

/** True when these stances make the text an agreement. */
export function carries(table: AgreementTable, stances: Stances): boolean {
  if (blocked(table, stances)) return false;
  const { rule, threshold, seated, absent } = table;
  if (rule === 'unanimity') return absent.length === 0 && seated.every((p) => stances[p.id] === 'support');
  if (rule === 'majority')
    return seated.filter((p) => stances[p.id] === 'support').length > threshold * (seated.length + absent.length);
  let total = 0;
  for (const p of seated) total += p.influence;
  for (const p of absent) total += p.influence;
  let counted: PartyId[] | null = null;
  let support = 0;
  for (const coalition of table.coalitions) {
    let all = 0;
    let yes = 0;
    for (const m of coalition) {
      const seat = seatOf(seated, m);
      if (!seat) continue;
      all += seat.influence;
      if (stances[m] === 'support') yes += seat.influence;
    }
    if (yes > all / 2) {
      support += all;
      for (const m of coalition) if (seatOf(seated, m)) (counted ??= []).push(m);
    }
  }
  for (const p of seated)
    if (stances[p.id] === 'support' && !(counted !== null && counted.includes(p.id))) support += p.influence;
  return support > threshold * total;
}

/** The result of a formal vote with these stances. */
export function voteTally(table: AgreementTable, stances: Stances): VoteTally {
  const { rule, threshold, seated, absent } = table;
  const yes = seated.filter((p) => stances[p.id] === 'support');
  const no = seated.filter((p) => stances[p.id] === 'object');
  const tally = { for: yes.length, against: no.length, abstained: seated.length - yes.length - no.length };
  if (blocked(table, stances)) return { passed: false, ...tally };
  // Parties that walked away but still count weigh as votes not cast for the text.
  if (rule === 'unanimity') return { passed: no.length === 0 && absent.length === 0 && yes.length > 0, ...tally };
  if (rule === 'majority')
    return { passed: yes.length > threshold * (yes.length + no.length + absent.length), ...tally };
  const influence = new Map(seated.map((p) => [p.id, p.influence] as const));
  let forInf = 0;
  let againstInf = 0;
  const counted = new Set<PartyId>();
  for (const coalition of table.coalitions) {
    const members = coalition.filter((p) => influence.has(p));
    let y = 0;
    let n = 0;
    let all = 0;
    for (const m of members) {
      all += influence.get(m) ?? 0;
      if (stances[m] === 'support') y += influence.get(m) ?? 0;
      else if (stances[m] === 'object') n += influence.get(m) ?? 0;
    }
    if (y === n) continue;
    if (y > n) forInf += all;
    else againstInf += all;
    members.forEach((m) => counted.add(m));
  }
  for (const p of seated) {
    if (counted.has(p.id)) continue;
    if (stances[p.id] === 'support') forInf += p.influence;
    else if (stances[p.id] === 'object') againstInf += p.influence;
  }
  const absentInf = absent.reduce((t, p) => t + p.influence, 0);
  return { passed: forInf > 0 && forInf > threshold * (forInf + againstInf + absentInf), ...tally };
}

/**
 * True when `members` can carry a deal on their own: every one of them supports and every other party
 * at the table objects (the worst case a coalition must survive), with no blocs.
 */
export function isWinning(table: Omit<AgreementTable, 'coalitions'>, members: readonly PartyId[]): boolean {
  const stances: Record<PartyId, 'support' | 'object'> = {};
  for (const p of table.seated) stances[p.id] = members.includes(p.id) ? 'support' : 'object';
  return carries({ ...table, coalitions: [] }, stances);
}
