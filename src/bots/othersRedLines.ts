/**
 * What the public log tells a bot of the other parties' red lines. A party's own red lines are its
 * own (`view.redLines`), but the engine announces, when a text is tabled, whose red lines it crosses
 * (those parties object at once, and only their own deliberate support lifts it: a bot never gives
 * it). So from the texts so far:
 * - a text tabled while a party sat at the table without that notice naming it crosses none of its red
 *   lines (an author is never made to object, but tabling a text is backing it, and no bot tables
 *   one across its own red line): its options are cleared;
 * - a text whose notice named it holds at least one of its red lines, among the options not cleared.
 * A text that holds every uncleared option of such a text surely crosses that party's red line: it
 * will object to it for good. The bots never table such a text where another would do (decide.ts),
 * nor converge on one in the end game (endgame.ts): a required party's fixed objection kills the
 * text (the traced all-adaptive GDPR tables amended the Council's red line back in every round).
 */
import type { LegalAction, Package, PartyId, PartyView } from '../engine/index.ts';
import type { TextRecord } from './history.ts';

/** Per other party at the table: sets of options (`issue=option`), each holding at least one of its red lines. */
export type RedLineClues = ReadonlyMap<PartyId, readonly (readonly string[])[]>;

const key = (issue: string, option: string) => `${issue}=${option}`;

/**
 * Every other seated party's clues, kept per text history and view: within one move the adaptive bot reads
 * them twice (decide.ts, and the top-issue rule's needed parties, topIssue.ts), each a pass over every
 * text per party, together about 10% of a Safe Harbor tournament's profile. Both the history and the view
 * are built afresh for each move, so a hit is always the same move's.
 */
const memo = new WeakMap<readonly TextRecord[], { view: PartyView; clues: RedLineClues }>();
const everyParty = () => true;

export function redLineClues(
  view: PartyView,
  texts: readonly TextRecord[],
  among: (party: PartyId) => boolean = everyParty,
): RedLineClues {
  let hit = memo.get(texts);
  if (hit?.view !== view) {
    hit = { view, clues: cluesOf(view, texts) };
    memo.set(texts, hit);
  }
  if (among === everyParty) return hit.clues;
  // `among` (e.g. whether the deal needs a party) is asked only of the parties with clues.
  const out = new Map<PartyId, readonly (readonly string[])[]>();
  for (const [p, sets] of hit.clues) if (among(p)) out.set(p, sets);
  return out;
}

function cluesOf(view: PartyView, texts: readonly TextRecord[]): RedLineClues {
  const others = view.parties.filter((p) => p.atTable && p.id !== view.party).map((p) => p.id);
  const out = new Map<PartyId, string[][]>();
  for (const p of others) {
    const objected = texts.filter((t) => t.fixedObjectors.includes(p));
    // Most parties never objected at once to any text: no clue.
    if (objected.length === 0) continue;
    // Plain loops: the same clues as mapping the entries with flatMap and asking `texts.some`, without
    // their arrays and closures (6% of a Safe Harbor tournament's profile, then 5% of its allocations).
    const clues: string[][] = [];
    for (const t of objected) {
      const set: string[] = [];
      for (const issue in t.package) {
        const option = t.package[issue];
        let cleared = false;
        for (const u of texts)
          if (u.package[issue] === option && !u.fixedObjectors.includes(p)) {
            cleared = true;
            break;
          }
        if (!cleared) set.push(key(issue, option!));
      }
      if (set.length > 0) clues.push(set);
    }
    if (clues.length > 0) out.set(p, clues);
  }
  return out;
}

/** The parties whose red line `pkg` surely crosses, by the clues. */
export function surelyCrossed(clues: RedLineClues, pkg: Readonly<Package>): PartyId[] {
  const out: PartyId[] = [];
  for (const [p, sets] of clues)
    if (sets.some((set) => set.every((k) => pkg[k.slice(0, k.indexOf('='))] === k.slice(k.indexOf('=') + 1))))
      out.push(p);
  return out;
}

/**
 * `legal` without the moves that would table a text surely crossing another party's red line where the
 * text on the table did not: a proposal loses the options known for certain (a clue of one option),
 * as long as every issue keeps one; an amendment is dropped when it adds a party to those crossed.
 */
export function withinOthersRedLines(
  view: PartyView,
  clues: RedLineClues,
  legal: readonly LegalAction[],
): LegalAction[] {
  if (clues.size === 0) return [...legal];
  const certain = new Set<string>();
  for (const sets of clues.values()) for (const set of sets) if (set.length === 1) certain.add(set[0]!);
  const text = view.table?.package ?? null;
  const crossedNow = new Set(text ? surelyCrossed(clues, text) : []);
  const out: LegalAction[] = [];
  for (const a of legal) {
    if (a.type === 'propose') {
      const choices: Record<string, string[]> = {};
      for (const [issue, options] of Object.entries(a.choices))
        choices[issue] = options.filter((o) => !certain.has(key(issue, o)));
      out.push(Object.values(choices).every((options) => options.length > 0) ? { ...a, choices } : a);
    } else if (a.type === 'amend' && text) {
      const crossed = surelyCrossed(clues, { ...text, [a.issue]: a.option });
      if (crossed.every((p) => crossedNow.has(p))) out.push(a);
    } else out.push(a);
  }
  return out;
}
