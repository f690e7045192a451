/**
 * What the others have said they want: the evidence a party presents argues for some options and
 * against others (the scenario's `argues`), and a party presents what argues for its interests. So
 * each piece of evidence another party has presented (to the whole table, or to the bot) is a public
 * statement of its leanings, read as a human negotiator reads a counterpart's arguments. Where a party
 * has never tabled or backed a text, it is the only sign of what it would accept.
 */
import type { PartyId, PartyView } from '../engine/index.ts';
import type { Board, Choice } from './board.ts';

/** Per other party: per issue and option, the net strength argued for it (against: negative), over the party's total. */
export type Leanings = Map<PartyId, number[][]>;

export function statedLeanings(board: Board, view: PartyView): Leanings {
  const presented = new Map<
    string,
    { by: PartyId; argues: readonly { issue: string; option: string; stance: 'for' | 'against'; strength: number }[] }
  >();
  for (const e of view.evidence) presented.set(e.id, { by: e.presentedBy, argues: e.argues });
  for (const e of view.knownEvidence)
    if (e.presentation && !presented.has(e.id)) presented.set(e.id, { by: e.presentation.by, argues: e.argues });
  const raw = new Map<PartyId, number[][]>();
  const total = new Map<PartyId, number>();
  for (const { by, argues } of presented.values()) {
    if (!board.others.includes(by)) continue;
    let rows = raw.get(by);
    if (!rows) raw.set(by, (rows = board.options.map((row) => row.map(() => 0))));
    for (const a of argues) {
      const i = board.issueIds.indexOf(a.issue);
      const o = board.options[i]?.indexOf(a.option) ?? -1;
      const row = rows[i];
      if (!row || o < 0) continue;
      row[o] = (row[o] ?? 0) + (a.stance === 'for' ? a.strength : -a.strength);
      total.set(by, (total.get(by) ?? 0) + a.strength);
    }
  }
  const out: Leanings = new Map();
  for (const [p, rows] of raw) {
    const t = total.get(p) ?? 0;
    if (t > 0)
      out.set(
        p,
        rows.map((row) => row.map((v) => v / t)),
      );
  }
  return out;
}

/** A party's stated leaning toward a package, −1..1 (0: it argued nothing about these options). */
export function statedLeaning(leanings: Leanings, party: PartyId, c: Choice): number {
  const rows = leanings.get(party);
  if (!rows) return 0;
  let s = 0;
  for (let i = 0; i < c.length; i++) s += rows[i]?.[c[i] ?? 0] ?? 0;
  return s;
}
