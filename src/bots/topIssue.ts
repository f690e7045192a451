/**
 * Believable moves (issue 15): no bot tables or supports a text holding the option it rates lowest on
 * an issue it cares most about (the Council proposing its own worst option). The issues it cares most
 * about are those where its own sheet points spread widest among the options available now (ties in
 * that spread: each of them); its lowest options there are those with the fewest points (ties: each
 * of them). Where every option of every issue scores the same, no issue stands out and nothing is
 * barred. Where the public log suggests that every other option of such an issue crosses the red line
 * of a party the deal cannot do without (othersRedLines.ts), its lowest options are the only ones a
 * deal can likely hold there, and they are not barred: holding out would only make every deal
 * impossible (in GDPR the Commission's lowest option on harmonisation, national law, is the only one
 * the Council, required, can accept: barring it took all-adaptive tables from 100% deals to 0%, and
 * Boulware, conceder and tit-for-tat tables too, where only suspected, not certain, red lines lift it).
 * It is both the bench's judge (bench/botsBelievable.ts counts every move that breaks it) and, through
 * `withoutLowestOnTopIssue`, a filter on every bot's legal moves (believable.ts, hooked in decide.ts)
 * with exceptions the judge does not make: never under unanimity, never in the end game (but for a needed
 * party's support, before the last round, of its lowest option put in by a party the deal does not need),
 * and a party the deal needs may amend another issue of a text already holding its lowest option. So the judge still
 * counts the end-game moves (mostly supports of the text that passes). Those amendments it counts apart
 * (`putsInLowestOnTopIssue`): an amendment tables the option it puts in, not the ones others put in
 * before it. Where the amendment limit (amendmentLimit.ts) bars a party from amending its top issue
 * again, improving the text elsewhere (Safe Harbor's Commission adding a suspension clause to a text
 * with no commitment on surveillance, in round 6 of every mixed game) is a hedge, not an endorsement.
 * Barring them where the party could instead amend its top issue back cost the lab 50 -> 44 deals of 50.
 */
import type { Action, IssueId, LegalAction, OptionId, Package, PartyView } from '../engine/index.ts';
import type { Board } from './board.ts';
import type { TextRecord } from './history.ts';
import { redLineClues } from './othersRedLines.ts';
import { textBacked } from './redLines.ts';
import { isNeeded } from './tableOutlook.ts';

/** Points closer than this are the same (sheets hold whole numbers or simple fractions). */
const SAME = 1e-9;

type Sheet = Pick<Board, 'issueIds' | 'options' | 'points'>;

/** Options no deal can hold (`issue`, `option`): true for an option known to cross a needed party's red line. */
export type Closed = (issue: IssueId, option: OptionId) => boolean;

/**
 * Per issue the party cares most about, the options it rates lowest there (its sheet as events changed
 * it, among the options available now) and may not back. Empty when its sheet rates every option of
 * every issue alike; an issue is left out where every option but its lowest is `closed`.
 */
export function lowestOnTopIssues(board: Sheet, closed: Closed = () => false): Map<IssueId, Set<OptionId>> {
  const spreads = board.points.map((row) => (row.length === 0 ? 0 : Math.max(...row) - Math.min(...row)));
  const top = Math.max(0, ...spreads);
  const out = new Map<IssueId, Set<OptionId>>();
  if (top <= SAME) return out;
  board.points.forEach((row, i) => {
    if (top - (spreads[i] ?? 0) > SAME) return;
    const issue = board.issueIds[i] ?? '';
    const lo = Math.min(...row);
    const ids = board.options[i] ?? [];
    const lowest = ids.filter((_, o) => (row[o] ?? 0) - lo <= SAME);
    if (ids.some((o) => !lowest.includes(o) && !closed(issue, o))) out.set(issue, new Set(lowest));
  });
  return out;
}

/**
 * The options the public log suggests cross the red line of a party the deal cannot do without: those
 * of a text that party objected to at once when it was tabled, but for the options a text it did not
 * object to held (its clues: othersRedLines.ts). A deal is unlikely to hold one while that party sits
 * at the table.
 */
export function closedByNeededRedLines(view: PartyView, texts: readonly TextRecord[]): Closed {
  const suspect = new Set<string>();
  for (const sets of redLineClues(view, texts, (p) => isNeeded(view, p)).values())
    for (const set of sets) for (const k of set) suspect.add(k);
  return (issue, option) => suspect.has(`${issue}=${option}`);
}

/** True when `pkg` holds one of the party's lowest options on an issue it cares most about. */
export function holdsLowestOnTopIssue(lowest: ReadonlyMap<IssueId, ReadonlySet<OptionId>>, pkg: Package): boolean {
  for (const [issue, options] of lowest) if (options.has(pkg[issue] ?? '')) return true;
  return false;
}

/**
 * `legal` without the moves that would table or support a text holding the party's lowest option on
 * an issue it cares most about: proposals lose those options (and are dropped if an issue would be
 * left with none), amendments and support (or a call for a vote) of such a text go. With `keepsOnly`, only
 * the amendments that put such an option in go: those of another issue, leaving one already there, stay.
 * Passing, objecting, talk and walking away are never barred, so it is never empty when `legal` is not.
 */
export function withoutLowestOnTopIssue(
  board: Sheet,
  view: PartyView,
  texts: readonly TextRecord[],
  legal: readonly LegalAction[],
  keepsOnly = false,
): LegalAction[] {
  const lowest = lowestOnTopIssues(board, closedByNeededRedLines(view, texts));
  if (lowest.size === 0) return [...legal];
  const text = view.table?.package ?? null;
  const out: LegalAction[] = [];
  for (const a of legal) {
    if (a.type === 'propose') {
      const choices: Record<IssueId, OptionId[]> = {};
      for (const [issue, options] of Object.entries(a.choices)) {
        const barred = lowest.get(issue);
        choices[issue] = barred ? options.filter((o) => !barred.has(o)) : options;
      }
      if (Object.values(choices).every((options) => options.length > 0)) out.push({ ...a, choices });
    } else if (a.type === 'amend') {
      if (
        keepsOnly
          ? !lowest.get(a.issue)?.has(a.option)
          : text && !holdsLowestOnTopIssue(lowest, { ...text, [a.issue]: a.option })
      )
        out.push(a);
    } else if (a.type === 'support' || a.type === 'call-vote') {
      if (text && !holdsLowestOnTopIssue(lowest, text)) out.push(a);
    } else out.push(a);
  }
  return out.length > 0 ? out : [...legal];
}

/** True when the move would table or support a text holding the party's lowest option on an issue it cares most about. */
export function backsLowestOnTopIssue(
  board: Sheet,
  view: PartyView,
  texts: readonly TextRecord[],
  action: Action,
): boolean {
  const backed = textBacked(view, action);
  return backed !== null && holdsOwnLowestOnTopIssue(board, view, texts, backed);
}

/** True when the amendment puts the party's lowest option on an issue it cares most about into the text. */
export function putsInLowestOnTopIssue(
  board: Sheet,
  view: PartyView,
  texts: readonly TextRecord[],
  action: Extract<Action, { type: 'amend' }>,
): boolean {
  return lowestOnTopIssues(board, closedByNeededRedLines(view, texts)).get(action.issue)?.has(action.option) === true;
}

/** True when `pkg` holds the party's lowest option on an issue it cares most about (needed parties' red lines read from `texts`). */
export function holdsOwnLowestOnTopIssue(
  board: Sheet,
  view: PartyView,
  texts: readonly TextRecord[],
  pkg: Package,
): boolean {
  return holdsLowestOnTopIssue(lowestOnTopIssues(board, closedByNeededRedLines(view, texts)), pkg);
}
