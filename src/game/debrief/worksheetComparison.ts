/**
 * The debrief's comparison of a trainee's preparation worksheet with what they did and with the
 * others' real sheets: where their priorities stand on their own sheet, their reservation point
 * against their BATNA and their result, and where the issue they thought each other party cared
 * most about stands on that party's real sheet ("you picked Harmonisation as the Council's top
 * priority; its real sheet ranks it 1st of 6"). The sheets compared are the scenario's, the ones
 * the trainees prepared against; events that changed them later are named in the score lines.
 */
import { issueRanking } from '../../authoring/classHour.ts';
import type { Action, GameState, PartyId, ScoreReport } from '../../engine/index.ts';
import { apply, initialState, previewPackage } from '../../engine/index.ts';
import type { WorksheetAnswers } from '../../store/classHour.ts';
import { ordinal } from '../widgets/worksheetForm.ts';

export interface WorksheetComparison {
  party: PartyId;
  lines: string[];
}

/**
 * The text worth least to `party` among those it proposed, amended or supported during the game
 * (its points then, as events had changed its sheet), or null when it backed none.
 */
export function lowestBacked(
  state: GameState,
  actions: readonly Action[],
  party: PartyId,
): { points: number; round: number } | null {
  let now = initialState(state.scenario, state.setup, state.seed);
  let lowest: { points: number; round: number } | null = null;
  for (const action of actions) {
    const r = apply(now, action);
    if (!r.ok) break;
    now = r.state;
    const backs = 'party' in action && action.party === party && ['propose', 'amend', 'support'].includes(action.type);
    if (!backs || !now.table || now.table.stances[party] !== 'support') continue;
    const points = previewPackage(now, party, now.table.package).points;
    if (lowest === null || points < lowest.points) lowest = { points, round: now.round };
  }
  return lowest;
}

const points = (n: number) => `${Math.round(n * 10) / 10} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

export function compareWorksheet(
  state: GameState,
  report: ScoreReport,
  party: PartyId,
  sheet: WorksheetAnswers,
  worksheets: Record<PartyId, WorksheetAnswers>,
  actions: readonly Action[] = [],
): WorksheetComparison {
  const sc = state.scenario;
  const issueTitle = (id: string) => sc.issues.find((i) => i.id === id)?.title ?? id;
  const partyName = (id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;
  const rankingOf = (id: PartyId) => {
    const p = sc.parties.find((x) => x.id === id);
    return p ? issueRanking(sc, p.sheet) : [];
  };
  const n = sc.issues.length;
  const own = rankingOf(party);
  const lines: string[] = [];

  const mine = sheet.priorities.filter((i) => own.includes(i));
  const first = mine[0];
  if (first !== undefined) {
    const k = own.indexOf(first) + 1;
    const placed = mine.filter((issue, i) => own[i] === issue).length;
    lines.push(
      `You put ${issueTitle(first)} first; your sheet ranks it ${ordinal(k)} of ${n}${k === 1 ? ': right.' : ` (your sheet's first is ${issueTitle(own[0] ?? first)}).`} You placed ${placed} of ${mine.length} ranked issues where your sheet has them; its order is ${own.map(issueTitle).join(', ')}.`,
    );
  } else lines.push('You did not rank your priorities.');

  const score = report.parties[party];
  const startBatna = sc.parties.find((p) => p.id === party)?.batna.points;
  if (sheet.reservation !== null && startBatna !== undefined) {
    const r = sheet.reservation;
    const against =
      r < startBatna
        ? `below your BATNA of ${points(startBatna)}: you were ready to accept less than no deal gives you`
        : r === startBatna
          ? `exactly your BATNA of ${points(startBatna)}`
          : `${points(r - startBatna)} above your BATNA of ${points(startBatna)}`;
    lines.push(`Your reservation point was ${points(r)}, ${against}.`);
    const backed = lowestBacked(state, actions, party);
    if (backed)
      lines.push(
        `The text worth least to you that you proposed or supported (round ${backed.round}) gave you ${points(backed.points)}: ${backed.points >= r ? `${points(backed.points - r)} above` : `${points(r - backed.points)} below`} your reservation point.`,
      );
    if (score) {
      const outcome = state.outcome;
      const left = state.left.includes(party);
      if (left) lines.push(`You walked away and took your BATNA (${points(score.batna)} as events left it).`);
      else if (outcome?.kind === 'agreement') {
        const supported = outcome.supporters.includes(party) ? 'You supported an agreement' : 'The agreement';
        lines.push(
          `${supported} worth ${points(score.points)} to you: ${score.points >= r ? `${points(score.points - r)} above` : `${points(r - score.points)} below`} your reservation point.`,
        );
      } else lines.push(`There was no agreement: you got your BATNA, ${points(score.batna)} as events left it.`);
    }
  } else lines.push('You did not set a reservation point.');

  for (const [other, issue] of Object.entries(sheet.othersWant)) {
    const ranking = rankingOf(other);
    const k = ranking.indexOf(issue) + 1;
    if (k === 0) continue;
    lines.push(
      `You picked ${issueTitle(issue)} as the top priority of ${partyName(other)}; its real sheet ranks it ${ordinal(k)} of ${n}${k === 1 ? '.' : ` (its top is ${issueTitle(ranking[0] ?? issue)}).`}`,
    );
  }

  for (const [other, theirs] of Object.entries(worksheets)) {
    const guess = other === party ? undefined : theirs.othersWant[party];
    if (guess === undefined) continue;
    const k = own.indexOf(guess) + 1;
    if (k === 0) continue;
    lines.push(
      `The delegate of ${partyName(other)} thought you cared most about ${issueTitle(guess)}; your sheet ranks it ${ordinal(k)} of ${n}.`,
    );
  }
  return { party, lines };
}
