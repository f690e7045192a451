/**
 * The comparison of a trainee's preparation worksheet with what they did and with the others' real
 * sheets, one rule for every place that shows it: the single-device debrief, a trainee's own device
 * once a class's table is over, and the instructor's console. It reads the whole game (the others'
 * real sheets, every move), so a classroom server sends it only once the table is over, and only to
 * the trainee whose worksheet it is: where their priorities stand on their own sheet, their reservation point
 * against their BATNA and their result, and where the issue they thought each other party cared
 * most about stands on that party's real sheet ("you picked Harmonisation as the Council's top
 * priority; its real sheet ranks it 1st of 6"). The sheets compared are the scenario's, the ones
 * the trainees prepared against; events that changed them later are named in the score lines.
 */
import { bindsParty } from '../analysis/agreementRule.ts';
import { issueRanking } from '../authoring/classHour.ts';
import type { Action, GameState, PartyId, ScoreReport } from '../engine/index.ts';
import { apply, initialState, previewPackage } from '../engine/index.ts';
import { matchLocale, ordinal as ordinalIn, translator, type Locale } from '../i18n/index.ts';
import type { WorksheetAnswers } from './classHour.ts';

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

/**
 * The sentences comparing `sheet`, the worksheet of a trainee playing `party`, with the finished
 * game (`state`, its `report` and its `actions`), in `locale` (default: the scenario's language).
 * `worksheets` are the ones whose guesses about `party` the comparison may quote ("the delegate of
 * the Council thought you cared most about …"): pass only those the reader may see.
 */
export function compareWorksheet(
  state: GameState,
  report: ScoreReport,
  party: PartyId,
  sheet: WorksheetAnswers,
  worksheets: Record<PartyId, WorksheetAnswers>,
  actions: readonly Action[] = [],
  locale: Locale = matchLocale([state.scenario.language]),
): WorksheetComparison {
  const t = translator(locale);
  const ordinal = (n: number) => ordinalIn(locale, n);
  const points = (n: number) => t('worksheet.points', { count: Math.round(n * 10) / 10 });
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
      t(k === 1 ? 'worksheet.firstRight' : 'worksheet.firstWrong', {
        first: issueTitle(first),
        rank: ordinal(k),
        n,
        top: issueTitle(own[0] ?? first),
        placed,
        ranked: mine.length,
        order: own.map(issueTitle).join(', '),
      }),
    );
  } else lines.push(t('worksheet.noPriorities'));

  const score = report.parties[party];
  const startBatna = sc.parties.find((p) => p.id === party)?.batna.points;
  if (sheet.reservation !== null && startBatna !== undefined) {
    const r = sheet.reservation;
    lines.push(
      t(
        r < startBatna
          ? 'worksheet.reservationBelow'
          : r === startBatna
            ? 'worksheet.reservationExact'
            : 'worksheet.reservationAbove',
        { r: points(r), batna: points(startBatna), diff: points(r - startBatna) },
      ),
    );
    const backed = lowestBacked(state, actions, party);
    if (backed)
      lines.push(
        t(backed.points >= r ? 'worksheet.backedAbove' : 'worksheet.backedBelow', {
          round: backed.round,
          points: points(backed.points),
          diff: points(Math.abs(backed.points - r)),
        }),
      );
    if (score) {
      const outcome = state.outcome;
      const left = state.left.includes(party);
      // A deal that binds every party binds those who walked away too: they got its points, not their BATNA.
      const bound = outcome?.kind === 'agreement' && bindsParty(sc.agreement.binds, !left);
      if (left && !bound) lines.push(t('worksheet.walked', { batna: points(score.batna) }));
      else if (outcome?.kind === 'agreement') {
        if (left) lines.push(t('worksheet.walkedBound'));
        const supported = outcome.supporters.includes(party);
        const above = score.points >= r;
        lines.push(
          t(
            supported
              ? above
                ? 'worksheet.supportedAbove'
                : 'worksheet.supportedBelow'
              : above
                ? 'worksheet.agreementAbove'
                : 'worksheet.agreementBelow',
            { points: points(score.points), diff: points(Math.abs(score.points - r)) },
          ),
        );
      } else lines.push(t('worksheet.noAgreement', { batna: points(score.batna) }));
    }
  } else lines.push(t('worksheet.noReservation'));

  for (const [other, issue] of Object.entries(sheet.othersWant)) {
    const ranking = rankingOf(other);
    const k = ranking.indexOf(issue) + 1;
    if (k === 0) continue;
    lines.push(
      t(k === 1 ? 'worksheet.otherRight' : 'worksheet.otherWrong', {
        issue: issueTitle(issue),
        party: partyName(other),
        rank: ordinal(k),
        n,
        top: issueTitle(ranking[0] ?? issue),
      }),
    );
  }

  for (const [other, theirs] of Object.entries(worksheets)) {
    const guess = other === party ? undefined : theirs.othersWant[party];
    if (guess === undefined) continue;
    const k = own.indexOf(guess) + 1;
    if (k === 0) continue;
    lines.push(t('worksheet.guessed', { party: partyName(other), issue: issueTitle(guess), rank: ordinal(k), n }));
  }
  return { party, lines };
}
